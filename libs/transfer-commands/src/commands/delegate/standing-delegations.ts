import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type JsonObject, type PostgresEventStore, type SqlExecutor } from '@mutasi/event-store';
import { CodedError } from '@mutasi/errors';
import { PG_POOL } from '@mutasi/platform';
import type { DelegationParty, Principal } from '@mutasi/transfers';
import type { CommandMeta } from '../../common/command-meta';
import { currentUnitOfWork } from '../../common/unit-of-work';

/** The stream of a standing delegation's events (`DelegationGiven`, `DelegationEnded`). */
export function delegationStreamId(delegationId: string): string {
  return `delegation-${delegationId}`;
}

export interface Delegation {
  id: string;
  delegatorUserId: string;
  delegateUserId: string;
  positionIds: string[];
  from: string;
  to: string;
  createdAt: string;
}

/** A delegation not yet over, as its official or its delegate sees it. */
export interface StandingDelegation {
  id: string;
  delegatorUserId: string;
  delegateUserId: string;
  positionIds: string[];
  from: string;
  to: string;
}

interface DelegationRow {
  id: string;
  delegator_user_id: string;
  delegate_user_id: string;
  position_ids: string[];
  valid_from: string;
  valid_to: string;
  ended_at: Date | null;
}

/**
 * Standing delegations (`delegations`): who acts for whom, for which positions, over which dates.
 * Giving and ending one are events too (`DelegationGiven`, `DelegationEnded` in the stream
 * `delegation-<id>`), appended in the transaction that writes the row, so the log and the table
 * never disagree.
 */
@Injectable()
export class StandingDelegations {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
  ) {}

  async create(delegation: Delegation, meta: CommandMeta): Promise<void> {
    await this.transaction(async (sql) => {
      await this.insert(sql, delegation);
      const { id, delegatorUserId, delegateUserId, positionIds, from, to, createdAt } = delegation;
      const given = { id, delegatorUserId, delegateUserId, positionIds, from, to, givenAt: createdAt };
      await this.record(sql, id, 'DelegationGiven', given, meta);
    });
  }

  private async insert(sql: SqlExecutor, delegation: Delegation): Promise<void> {
    await sql.query(
      `INSERT INTO delegations (id, delegator_user_id, delegate_user_id, position_ids, valid_from, valid_to, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        delegation.id,
        delegation.delegatorUserId,
        delegation.delegateUserId,
        delegation.positionIds,
        delegation.from,
        delegation.to,
        delegation.createdAt,
      ],
    );
  }

  /** A user as a delegation party, or null when there is none. */
  async user(username: string): Promise<DelegationParty | null> {
    const { rows } = await this.pool.query<{ roles: string[]; agency_ids: string[] }>(
      'SELECT roles, agency_ids FROM users WHERE username = $1',
      [username],
    );
    return rows.length === 0 ? null : { userId: username, roles: rows[0].roles, agencyIds: rows[0].agency_ids };
  }

  /** The agencies the given positions belong to. */
  async agenciesOfPositions(positionIds: readonly string[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ agency_id: string }>(
      'SELECT DISTINCT agency_id FROM positions WHERE id = ANY ($1::text[]) ORDER BY agency_id',
      [positionIds],
    );
    return rows.map((row) => row.agency_id);
  }

  /** The official a delegate acts for today; 403 DELEGATION_NOT_FOUND if no delegation is in force. */
  async principalFor(delegateUserId: string, officialUserId: string, today: string): Promise<Principal> {
    const { rows } = await this.pool.query<{ position_ids: string[]; employee_nip: string | null }>(
      `SELECT d.position_ids, u.employee_nip FROM delegations d JOIN users u ON u.username = d.delegator_user_id
        WHERE d.delegate_user_id = $1 AND d.delegator_user_id = $2 AND $3::date BETWEEN d.valid_from AND d.valid_to
          AND d.ended_at IS NULL`,
      [delegateUserId, officialUserId, today],
    );
    if (rows.length === 0) {
      throw new CodedError('DELEGATION_NOT_FOUND', `No delegation from ${officialUserId} to you is in force today`, {
        onBehalfOf: officialUserId,
      });
    }
    return {
      userId: officialUserId,
      positionIds: [...new Set(rows.flatMap((row) => row.position_ids))],
      employeeNip: rows[0].employee_nip,
    };
  }

  /** Delegations to a user in force today: whose positions they act for. */
  async inForceFor(
    delegateUserId: string,
    today: string,
  ): Promise<{ delegatorUserId: string; positionIds: string[] }[]> {
    const { rows } = await this.pool.query<{ delegator_user_id: string; position_ids: string[] }>(
      `SELECT delegator_user_id, position_ids FROM delegations
        WHERE delegate_user_id = $1 AND $2::date BETWEEN valid_from AND valid_to AND ended_at IS NULL`,
      [delegateUserId, today],
    );
    return rows.map((row) => ({ delegatorUserId: row.delegator_user_id, positionIds: row.position_ids }));
  }

  /** Delegations the user gave or received that are in force today or start later, soonest first. */
  async standingFor(username: string, today: string): Promise<StandingDelegation[]> {
    const { rows } = await this.pool.query<DelegationRow>(
      `SELECT id, delegator_user_id, delegate_user_id, position_ids, valid_from::text, valid_to::text, ended_at
         FROM delegations
        WHERE (delegator_user_id = $1 OR delegate_user_id = $1) AND valid_to >= $2::date AND ended_at IS NULL
        ORDER BY valid_from, created_at`,
      [username, today],
    );
    return rows.map(standing);
  }

  /** The delegation, or null when there is none with that id. */
  async find(id: string): Promise<(StandingDelegation & { endedAt: string | null }) | null> {
    const { rows } = await this.pool.query<DelegationRow>(
      `SELECT id, delegator_user_id, delegate_user_id, position_ids, valid_from::text, valid_to::text, ended_at
         FROM delegations WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...standing(row), endedAt: row.ended_at?.toISOString() ?? null } : null;
  }

  /** Ends the delegation now unless it has ended already; whether this call ended it. */
  async end(id: string, at: Date, meta: CommandMeta): Promise<boolean> {
    return this.transaction(async (sql) => {
      const ended = await sql.query<{ id: string }>(
        'UPDATE delegations SET ended_at = $2, ended_by = $3 WHERE id = $1 AND ended_at IS NULL RETURNING id',
        [id, at, meta.user.username],
      );
      if (ended.length === 0) return false;
      await this.record(
        sql,
        id,
        'DelegationEnded',
        { id, endedBy: meta.user.username, endedAt: at.toISOString() },
        meta,
      );
      return true;
    });
  }

  private async record(sql: SqlExecutor, id: string, type: string, data: JsonObject, meta: CommandMeta): Promise<void> {
    await this.store.appendInTransaction(sql, delegationStreamId(id), [
      {
        eventId: randomUUID(),
        type,
        data,
        metadata: {
          actorId: meta.user.username,
          actorRole: meta.user.roles[0] ?? 'approver',
          onBehalfOf: null,
          correlationId: meta.correlationId,
          causationId: meta.causationId,
        },
      },
    ]);
  }

  /** In the request's unit of work when there is one, else in a transaction of its own. */
  private async transaction<T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T> {
    const unit = currentUnitOfWork();
    if (unit) {
      const result = await work(unit.sql);
      unit.afterCommit(() => this.store.announceAppend());
      return result;
    }
    const client = await this.pool.connect();
    let result: T;
    try {
      await client.query('BEGIN');
      result = await work({
        query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
      });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    this.store.announceAppend();
    return result;
  }
}

function standing(row: DelegationRow): StandingDelegation {
  return {
    id: row.id,
    delegatorUserId: row.delegator_user_id,
    delegateUserId: row.delegate_user_id,
    positionIds: row.position_ids,
    from: row.valid_from,
    to: row.valid_to,
  };
}
