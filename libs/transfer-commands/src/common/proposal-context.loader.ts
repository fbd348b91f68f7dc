import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import {
  DEFAULT_CHECKLIST_V1,
  DEFAULT_POLICY_V1,
  type AgencyKind,
  type DocumentEntryInput,
  type DirectoryEntry,
  type EmployeeSnapshot,
  type EmployeeStatus,
  type PerformanceRating,
  type PlacementSnapshot,
  type PositionType,
  type MinisterialApproval,
  type PositionWorkload,
  type ProposalInput,
  type RegionCalendar,
  type UnitWorkload,
  type WorkloadSnapshot,
} from '@mutasi/transfers';
import {
  DEFAULT_WORKLOAD_SETTINGS,
  REGION_CALENDAR_JSON,
  requiredStaff,
  summarizeWorkload,
  type StaffedPosition,
  type WorkloadSettings,
} from '@mutasi/workforce';

/** The proposal's own fields, as the client sent them. */
export interface ProposalFields {
  reason: string;
  requestedEffectiveDate: string;
  attachments: DocumentEntryInput[];
  followsSpouse: boolean;
  temporary?: { endDate: string };
  ministerialApproval: MinisterialApproval | null;
}

interface EmployeeRow {
  nip: string;
  name: string;
  status: string;
  rank: string;
  birth_date: string;
  position_id: string;
  position_since: string;
  civil_servant_since: string;
  education_level: string;
  education_field: string | null;
  performance_ratings: string[];
  disciplinary_until: string | null;
  on_study_leave: boolean;
}

interface PlacementRow {
  id: string;
  unit_id: string;
  top_unit_id: string;
  title: string;
  type: string;
  min_rank: string | null;
  education_fields: string[];
  agency_id: string;
  agency_kind: string;
  region_code: string;
}

interface StaffedRow {
  id: string;
  unit_id: string;
  annual_workload_minutes: number | null;
  existing: number;
}

const EMPLOYEE_COLUMNS = `nip, name, status, rank, birth_date::text, position_id, position_since::text,
  civil_servant_since::text, education_level, education_field, performance_ratings, disciplinary_until::text,
  on_study_leave`;

const PLACEMENT_COLUMNS = `p.id, p.unit_id, u.top_unit_id, p.title, p.type, p.min_rank, p.education_fields,
  a.id AS agency_id, a.kind AS agency_kind, coalesce(a.region_code, '') AS region_code`;

/**
 * Everything a proposal needs in one round trip: the employee, both placements, the chain-role
 * holders that can matter (the two agencies' own, and the provincial and national ones), and the
 * staffing of both units' positions.
 */
const PROPOSAL_SQL = `
  WITH e AS (SELECT ${EMPLOYEE_COLUMNS} FROM employees WHERE nip = $1),
  pl AS (SELECT ${PLACEMENT_COLUMNS}
           FROM positions p JOIN units u ON u.id = p.unit_id JOIN agencies a ON a.id = p.agency_id
          WHERE p.id = $2 OR p.id = (SELECT position_id FROM e)),
  dir AS (SELECT p.id, p.unit_id, u.top_unit_id, p.agency_id, coalesce(a.region_code, '') AS region_code, p.chain_roles
            FROM positions p JOIN units u ON u.id = p.unit_id JOIN agencies a ON a.id = p.agency_id
           WHERE cardinality(p.chain_roles) > 0
             AND (p.agency_id IN (SELECT agency_id FROM pl)
                  OR p.chain_roles && ARRAY['governor', 'bkn_head', 'mendagri']
                  OR EXISTS (SELECT 1 FROM unnest(p.chain_roles) r WHERE r LIKE 'bkn\\_regional%'))),
  st AS (SELECT p.id, p.unit_id, p.annual_workload_minutes,
                (SELECT count(*) FROM employees x WHERE x.position_id = p.id)::int AS existing
           FROM positions p WHERE p.unit_id IN (SELECT unit_id FROM pl))
  SELECT (SELECT row_to_json(e) FROM e) AS employee,
         (SELECT coalesce(json_agg(pl), '[]') FROM pl) AS placements,
         (SELECT coalesce(json_agg(dir), '[]') FROM dir) AS directory,
         (SELECT coalesce(json_agg(st), '[]') FROM st) AS staffed,
         (SELECT coalesce(json_agg(${REGION_CALENDAR_JSON}), '[]') FROM region_calendars c
           WHERE c.region_code IN (SELECT region_code FROM pl)) AS calendars`;

interface DirectoryRow {
  id: string;
  unit_id: string;
  top_unit_id: string;
  agency_id: string;
  region_code: string;
  chain_roles: string[];
}

interface ProposalRow {
  employee: EmployeeRow | null;
  placements: PlacementRow[];
  directory: DirectoryRow[];
  staffed: StaffedRow[];
  calendars: RegionCalendar[];
}

const STAFFED_SQL = `
  SELECT p.id, p.unit_id, p.annual_workload_minutes,
         (SELECT count(*) FROM employees e WHERE e.position_id = p.id)::int AS existing
    FROM positions p WHERE p.unit_id = ANY ($1::text[])`;

/**
 * Reads what a transfer command carries from the master-data read models: the employee, both
 * placements, the chain-role directory, both units' workload and the target position's staffing,
 * and the policies in force (DEFAULT_POLICY_V1, DEFAULT_CHECKLIST_V1).
 */
@Injectable()
export class ProposalContextLoader {
  private readonly settings: WorkloadSettings;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = { ...DEFAULT_WORKLOAD_SETTINGS, effectiveMinutesPerYear: config.effectiveMinutesPerYear };
  }

  /** The proposal's input but its open proposals, which PendingProposalsReader reads. */
  async proposalInput(
    employeeNip: string,
    targetPositionId: string,
    fields: ProposalFields,
  ): Promise<Omit<ProposalInput, 'pending'>> {
    const { rows } = await this.pool.query<ProposalRow>(PROPOSAL_SQL, [employeeNip, targetPositionId]);
    const { employee: employeeRow, placements, directory, staffed, calendars } = rows[0];
    if (!employeeRow) {
      throw new CodedError('EMPLOYEE_NOT_FOUND', `No employee with NIP ${employeeNip}`, {
        nip: employeeNip,
      });
    }
    const employee = employeeSnapshot(employeeRow);
    const target = placements.find((row) => row.id === targetPositionId);
    if (!target) {
      throw new CodedError('POSITION_NOT_FOUND', `No position ${targetPositionId}`, {
        positionId: targetPositionId,
      });
    }
    const origin = placementSnapshot(placements.find((row) => row.id === employee.positionId) ?? target);
    const targetPlacement = placementSnapshot(target);
    return {
      employee,
      origin,
      target: targetPlacement,
      reason: fields.reason,
      requestedEffectiveDate: fields.requestedEffectiveDate,
      attachments: fields.attachments,
      followsSpouse: fields.followsSpouse,
      ...(fields.temporary ? { temporary: { endDate: fields.temporary.endDate } } : {}),
      ministerialApproval: fields.ministerialApproval,
      originRegionCalendar: calendars.find((c) => c.regionCode === origin.agency.regionCode) ?? null,
      workload: this.snapshot(staffed, origin.position.unitId, targetPlacement.position.unitId),
      workloadForecast: this.snapshot(
        afterMove(staffed, origin.position.id, targetPositionId),
        origin.position.unitId,
        targetPlacement.position.unitId,
      ),
      targetPositionWorkload: this.positionWorkload(staffed, targetPositionId),
      policy: DEFAULT_POLICY_V1,
      checklist: DEFAULT_CHECKLIST_V1,
      directory: directory.map(directoryEntry),
    };
  }

  /** The chain-role holders around a proposal now; an escalation finds the superior roles in it. */
  async directory(employeeNip: string, targetPositionId: string): Promise<DirectoryEntry[]> {
    const { rows } = await this.pool.query<ProposalRow>(PROPOSAL_SQL, [employeeNip, targetPositionId]);
    return rows[0].directory.map(directoryEntry);
  }

  /** Both units' workload now, as a decider or an evaluator sees it. */
  async workload(originUnitId: string, targetUnitId: string): Promise<WorkloadSnapshot> {
    return this.snapshot(await this.staffed([originUnitId, targetUnitId]), originUnitId, targetUnitId);
  }

  /** What execution re-checks on the effective date. */
  async executionCheck(employeeNip: string, targetPositionId: string, targetUnitId: string) {
    const { rows } = await this.pool.query<{ position_id: string }>(
      'SELECT position_id FROM employees WHERE nip = $1',
      [employeeNip],
    );
    const staffed = await this.staffed([targetUnitId]);
    return {
      employee: { active: rows.length > 0, positionId: rows[0]?.position_id ?? '' },
      targetPositionWorkload: this.positionWorkload(staffed, targetPositionId),
    };
  }

  private async staffed(unitIds: string[]): Promise<StaffedRow[]> {
    return (await this.pool.query<StaffedRow>(STAFFED_SQL, [[...new Set(unitIds)]])).rows;
  }

  private snapshot(rows: StaffedRow[], originUnitId: string, targetUnitId: string): WorkloadSnapshot {
    return { origin: this.unitWorkload(rows, originUnitId), target: this.unitWorkload(rows, targetUnitId) };
  }

  private unitWorkload(rows: StaffedRow[], unitId: string): UnitWorkload | null {
    const positions: StaffedPosition[] = rows
      .filter((row) => row.unit_id === unitId)
      .map((row) => ({
        positionId: row.id,
        unitId: row.unit_id,
        annualWorkloadMinutes: row.annual_workload_minutes,
        existing: row.existing,
      }));
    const summary = summarizeWorkload(unitId, positions, this.settings);
    if (summary.measuredPositions === 0) return null;
    return {
      unitId,
      required: summary.required,
      actual: summary.measuredHeadcount,
      efficiency: summary.efficiency,
      band: summary.band,
    };
  }

  private positionWorkload(rows: StaffedRow[], positionId: string): PositionWorkload | null {
    const row = rows.find((r) => r.id === positionId);
    if (!row || row.annual_workload_minutes === null) return null;
    return { positionId, required: requiredStaff(row.annual_workload_minutes, this.settings), actual: row.existing };
  }
}

/** The staffing once the employee has moved from one position to the other. */
function afterMove(rows: StaffedRow[], fromPositionId: string, toPositionId: string): StaffedRow[] {
  if (fromPositionId === toPositionId) return rows;
  return rows.map((row) =>
    row.id === fromPositionId
      ? { ...row, existing: Math.max(0, row.existing - 1) }
      : row.id === toPositionId
        ? { ...row, existing: row.existing + 1 }
        : row,
  );
}

function employeeSnapshot(row: EmployeeRow): EmployeeSnapshot {
  return {
    nip: row.nip,
    name: row.name,
    status: row.status as EmployeeStatus,
    rank: row.rank,
    birthDate: row.birth_date,
    positionId: row.position_id,
    positionSince: row.position_since,
    civilServantSince: row.civil_servant_since,
    educationLevel: row.education_level,
    educationField: row.education_field ?? '',
    performanceRatings: row.performance_ratings as PerformanceRating[],
    disciplinaryUntil: row.disciplinary_until,
    onStudyLeave: row.on_study_leave,
  };
}

function placementSnapshot(row: PlacementRow): PlacementSnapshot {
  return {
    position: {
      id: row.id,
      unitId: row.unit_id,
      title: row.title,
      type: row.type as PositionType,
      minRank: row.min_rank,
      educationFields: row.education_fields,
    },
    topUnitId: row.top_unit_id,
    agency: { id: row.agency_id, kind: row.agency_kind as AgencyKind, regionCode: row.region_code },
  };
}

function directoryEntry(row: DirectoryRow): DirectoryEntry {
  return {
    positionId: row.id,
    unitId: row.unit_id,
    topUnitId: row.top_unit_id,
    agencyId: row.agency_id,
    regionCode: row.region_code,
    chainRoles: row.chain_roles,
  };
}
