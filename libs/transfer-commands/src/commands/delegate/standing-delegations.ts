import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { CodedError } from '@mutasi/errors';
import { PG_POOL } from '@mutasi/platform';
import type { DelegationParty, Principal } from '@mutasi/transfers';
import { currentUnitOfWork } from '../../common/unit-of-work';

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

/** Standing delegations (`delegations`): who acts for whom, for which positions, over which dates. */
@Injectable()
export class StandingDelegations {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async create(delegation: Delegation): Promise<void> {
    const sql = currentUnitOfWork()?.sql ?? {
      query: async (text: string, params?: unknown[]) => (await this.pool.query(text, params)).rows,
    };
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
  async end(id: string, endedBy: string, at: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE delegations SET ended_at = $2, ended_by = $3 WHERE id = $1 AND ended_at IS NULL',
      [id, at, endedBy],
    );
    return rowCount === 1;
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
