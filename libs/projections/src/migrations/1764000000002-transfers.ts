import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of transfer proposals (list and detail, open tasks, placement history). It also
 * created the command side's delegations and idempotency_keys until those moved to their own
 * migrations in libs/transfer-commands (which create them only where they do not exist yet).
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
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE placement_history, transfer_open_tasks, transfer_summaries');
  }
}
