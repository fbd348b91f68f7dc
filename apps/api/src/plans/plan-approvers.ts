import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { hasRole, type AuthUser } from '@mutasi/identity';
import type { PlanDecider, PlanScope } from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { PG_POOL } from '@mutasi/platform';
import { holdersOf, type DirectoryEntry } from '@mutasi/transfers';
import type { ChainRole } from '@mutasi/workforce/domain';

const DIRECTORY_SQL = `
  SELECT p.id, p.unit_id, u.top_unit_id, p.agency_id, coalesce(a.region_code, '') AS region_code, p.chain_roles,
         a.kind AS agency_kind
    FROM positions p JOIN units u ON u.id = p.unit_id JOIN agencies a ON a.id = p.agency_id
   WHERE p.chain_roles && ARRAY['personnel_head', 'ppk', 'governor']`;

/**
 * Who decides on a plan (DOMAIN.md §9 chain roles): the head of BKPSDM (`personnel_head`) or the PPK
 * of the scope's agency; for a province, of the provincial government, or its governor.
 */
@Injectable()
export class PlanApprovers {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async decider(scope: PlanScope, user: AuthUser): Promise<PlanDecider> {
    const { rows } = await this.pool.query<{
      id: string;
      unit_id: string;
      top_unit_id: string | null;
      agency_id: string;
      region_code: string;
      chain_roles: string[];
      agency_kind: string;
    }>(DIRECTORY_SQL);
    const directory: DirectoryEntry[] = rows.map((r) => ({
      positionId: r.id,
      unitId: r.unit_id,
      topUnitId: r.top_unit_id ?? r.unit_id,
      agencyId: r.agency_id,
      regionCode: r.region_code,
      chainRoles: r.chain_roles,
    }));
    const kindOf = new Map(rows.map((r) => [r.agency_id, r.agency_kind]));
    const regionOf = new Map(rows.map((r) => [r.agency_id, r.region_code]));
    const lead =
      scope.kind === 'province' ? scope.agencyIds.filter((id) => kindOf.get(id) === 'provincial') : scope.agencyIds;
    const candidates: { role: ChainRole; positionId: string }[] = [];
    for (const agencyId of lead) {
      const side = { agencyId, topUnitId: '', regionCode: regionOf.get(agencyId) ?? '' };
      for (const role of ['personnel_head', 'ppk'] as const) {
        for (const positionId of holdersOf(role, side, directory)) candidates.push({ role, positionId });
      }
    }
    if (scope.kind === 'province') {
      const side = { agencyId: '', topUnitId: '', regionCode: scope.id };
      for (const positionId of holdersOf('governor', side, directory))
        candidates.push({ role: 'governor', positionId });
    }
    const held = hasRole(user, 'approver')
      ? candidates.find((c) => user.positionIds.includes(c.positionId))
      : undefined;
    if (!held) {
      throw new CodedError(
        'PLAN_APPROVER_REQUIRED',
        "Hanya kepala BKPSDM atau PPK lingkup rencana yang dapat memutuskannya / Only the head of BKPSDM or the PPK of the plan's scope may decide on it",
        { positionIds: candidates.map((c) => c.positionId) },
      );
    }
    return { userId: user.username, chainRole: held.role, positionId: held.positionId };
  }
}
