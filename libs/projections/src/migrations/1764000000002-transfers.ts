import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of transfer proposals (list and detail, open tasks, placement history), and two
 * command-side tables the API writes: standing delegations and idempotency keys.
 */
export class Transfers1764000000002 implements MigrationInterface {
  name = 'Transfers1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer_summaries (
        id uuid PRIMARY KEY,
        version integer NOT NULL,
        last_position bigint NOT NULL,
        status text NOT NULL,
        kind text NOT NULL,
        employee_nip text NOT NULL,
        employee_name text NOT NULL,
        origin_position_id text NOT NULL,
        target_position_id text NOT NULL,
        origin_agency_id text NOT NULL,
        target_agency_id text NOT NULL,
        participant_position_ids text[] NOT NULL DEFAULT '{}',
        proposer_user_id text NOT NULL,
        requested_effective_date date NOT NULL,
        proposed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        detail jsonb NOT NULL
      );
      CREATE INDEX transfer_summaries_order ON transfer_summaries (proposed_at DESC, id DESC);
      CREATE INDEX transfer_summaries_status ON transfer_summaries (status);
      CREATE INDEX transfer_summaries_origin_agency ON transfer_summaries (origin_agency_id);
      CREATE INDEX transfer_summaries_target_agency ON transfer_summaries (target_agency_id);
      CREATE INDEX transfer_summaries_employee ON transfer_summaries (employee_nip);
      CREATE INDEX transfer_summaries_participants ON transfer_summaries USING gin (participant_position_ids);

      CREATE TABLE transfer_open_tasks (
        transfer_id uuid NOT NULL,
        task_id text NOT NULL,
        type text NOT NULL,
        chain_role text NOT NULL,
        stage_index integer NOT NULL,
        position_ids text[] NOT NULL,
        delegate_user_ids text[] NOT NULL DEFAULT '{}',
        excluded_user_ids text[] NOT NULL DEFAULT '{}',
        employee_nip text NOT NULL,
        employee_name text NOT NULL,
        due_at timestamptz,
        PRIMARY KEY (transfer_id, task_id)
      );
      CREATE INDEX transfer_open_tasks_positions ON transfer_open_tasks USING gin (position_ids);
      CREATE INDEX transfer_open_tasks_delegates ON transfer_open_tasks USING gin (delegate_user_ids);
      CREATE INDEX transfer_open_tasks_hearing ON transfer_open_tasks (employee_nip) WHERE type = 'hearing';

      CREATE TABLE placement_history (
        transfer_id uuid PRIMARY KEY,
        employee_nip text NOT NULL,
        from_position_id text NOT NULL,
        from_agency_id text,
        from_position_since date,
        to_position_id text NOT NULL,
        to_agency_id text,
        effective_date date NOT NULL,
        executed_at timestamptz NOT NULL,
        event_position bigint NOT NULL
      );
      CREATE INDEX placement_history_employee ON placement_history (employee_nip, effective_date);

      CREATE TABLE delegations (
        id uuid PRIMARY KEY,
        delegator_user_id text NOT NULL,
        delegate_user_id text NOT NULL,
        position_ids text[] NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (valid_from <= valid_to)
      );
      CREATE INDEX delegations_delegate ON delegations (delegate_user_id, valid_to);
      CREATE INDEX delegations_delegator ON delegations (delegator_user_id, valid_to);

      CREATE TABLE idempotency_keys (
        user_id text NOT NULL,
        key text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE idempotency_keys, delegations, placement_history, transfer_open_tasks, transfer_summaries',
    );
  }
}
