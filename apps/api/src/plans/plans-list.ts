import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { agencyScope, type AuthUser } from '@mutasi/identity';
import { PG_POOL } from '@mutasi/platform';
import { interruptedApprovals, listPlans } from '@mutasi/projections';
import { decodeCursor, encodeCursor } from '../common/keyset-cursor';

export interface PlanListFilter {
  status?: string;
}

/** GET /plans: the plans whose scope meets the caller's agencies (every plan for a national role), newest first. */
@Injectable()
export class PlansList {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async list(user: AuthUser, filter: PlanListFilter, page: { limit: number; cursor?: string }) {
    const params: unknown[] = [];
    const where: string[] = ['true'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const agencies = agencyScope(user);
    if (agencies !== null) where.push(`p.agency_ids && ${add(agencies)}::text[]`);
    if (filter.status) where.push(`p.status = ${add(filter.status)}`);
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor);
      where.push(`(p.drafted_at, p.plan_id) < (${add(at)}::timestamptz, ${add(id)}::uuid)`);
    }
    const rows = await listPlans(this.pool, where, params, page.limit + 1);
    const more = rows.length > page.limit;
    const shown = more ? rows.slice(0, page.limit) : rows;
    const last = shown[shown.length - 1];
    return {
      items: shown.map((r) => ({
        id: r.plan_id,
        scope: { kind: r.scope_kind, id: r.scope_id, agencyIds: r.agency_ids },
        status: r.status,
        moveCount: r.move_count,
        draftedBy: r.drafted_by,
        draftedAt: r.drafted_at.toISOString(),
        decision: r.decided_by === null ? null : { by: r.decided_by, at: r.decided_at?.toISOString() ?? null },
        proposals:
          r.proposals_created_at === null
            ? null
            : {
                created: r.proposals_created,
                notProposed: r.proposals_not_proposed,
                createdAt: r.proposals_created_at.toISOString(),
              },
      })),
      nextCursor: more && last ? encodeCursor(last.drafted_at.toISOString(), last.plan_id) : null,
    };
  }

  /** Approved plans whose proposals were never recorded: an approval interrupted midway. */
  interruptedApprovals(): Promise<string[]> {
    return interruptedApprovals(this.pool);
  }
}
