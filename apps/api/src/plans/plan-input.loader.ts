import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { canAccessAgency, type AuthUser } from '@mutasi/identity';
import type { PlannerInput, PlanScope, PlanScopeKind } from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import type { AgencyKind, EmployeeStatus, PerformanceRating, PositionType, RegionCalendar } from '@mutasi/transfers';
import { DEFAULT_WORKLOAD_SETTINGS, REGION_CALENDAR_JSON, type WorkloadSettings } from '@mutasi/workforce';

const SCOPE_SQL: Record<PlanScopeKind, string> = {
  agency: 'SELECT id FROM agencies WHERE id = $1 ORDER BY id',
  region: 'SELECT id FROM agencies WHERE region_code = $1 ORDER BY id',
  province: `SELECT id FROM agencies WHERE region_code = $1 OR region_code LIKE $1 || '.%' ORDER BY id`,
};

interface InputRow {
  agencies: { id: string; name: string; kind: string; region_code: string | null }[];
  units: { id: string; name: string; agency_id: string; top_unit_id: string | null }[];
  positions: {
    id: string;
    unit_id: string;
    title: string;
    type: string;
    min_rank: string | null;
    education_fields: string[];
    annual_workload_minutes: number | null;
  }[];
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

const INPUT_SQL = `
  SELECT
    (SELECT coalesce(json_agg(a ORDER BY a.id), '[]') FROM (
       SELECT id, name, kind, region_code FROM agencies WHERE id = ANY ($1::text[])) a) AS agencies,
    (SELECT coalesce(json_agg(u ORDER BY u.id), '[]') FROM (
       SELECT id, name, agency_id, top_unit_id FROM units WHERE agency_id = ANY ($1::text[])) u) AS units,
    (SELECT coalesce(json_agg(p ORDER BY p.id), '[]') FROM (
       SELECT id, unit_id, title, type, min_rank, education_fields, annual_workload_minutes
         FROM positions WHERE agency_id = ANY ($1::text[])) p) AS positions`;

/** Only positions with a workload figure count and give or take staff; their staff are loaded, in the planner's order. */
const EMPLOYEES_SQL = `
  SELECT e.nip, e.name, e.status, e.rank, e.birth_date::text, e.position_id, e.position_since::text,
         e.civil_servant_since::text, e.education_level, e.education_field, e.performance_ratings,
         e.disciplinary_until::text, e.on_study_leave
    FROM employees e JOIN positions p ON p.id = e.position_id
   WHERE p.agency_id = ANY ($1::text[]) AND p.annual_workload_minutes IS NOT NULL
   ORDER BY e.nip COLLATE "C"`;

const WISHES_SQL = `
  SELECT w.nip, w.rank, w.unit_id, w.position_id
    FROM aspirations w JOIN employees e ON e.nip = w.nip JOIN positions p ON p.id = e.position_id
   WHERE p.agency_id = ANY ($1::text[]) AND p.annual_workload_minutes IS NOT NULL`;

const OPEN_PROPOSALS_SQL = `
  SELECT m.transfer_id, m.employee_nip, m.target_position_id
    FROM transfer_pending_moves m JOIN positions p ON p.id = m.target_position_id
   WHERE p.agency_id = ANY ($1::text[]) OR m.employee_nip IN (
     SELECT e.nip FROM employees e JOIN positions q ON q.id = e.position_id WHERE q.agency_id = ANY ($1::text[]))`;

const REGION_CALENDARS_SQL = `
  SELECT ${REGION_CALENDAR_JSON} AS calendar FROM region_calendars c
   WHERE c.region_code IN (SELECT region_code FROM agencies WHERE id = ANY ($1::text[]))`;

/** Resolves a plan's scope and reads what the planner needs from the read models. */
@Injectable()
export class PlanInputLoader {
  private readonly settings: WorkloadSettings;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = { ...DEFAULT_WORKLOAD_SETTINGS, effectiveMinutesPerYear: config.effectiveMinutesPerYear };
  }

  /** The scope's agencies; 404 SCOPE_NOT_FOUND when it has none, 403 OUT_OF_SCOPE unless the caller may plan for all of them. */
  async resolveScope(kind: PlanScopeKind, id: string, user: AuthUser): Promise<PlanScope> {
    const { rows } = await this.pool.query<{ id: string }>(SCOPE_SQL[kind], [id]);
    if (rows.length === 0) {
      throw new CodedError('SCOPE_NOT_FOUND', `Lingkup ${kind} ${id} tidak dikenal / Unknown ${kind} scope ${id}`, {
        scope: { kind, id },
      });
    }
    const agencyIds = rows.map((r) => r.id);
    const outside = agencyIds.filter((agencyId) => !canAccessAgency(user, agencyId));
    if (outside.length > 0) {
      throw new CodedError(
        'OUT_OF_SCOPE',
        `Lingkup ini memuat instansi di luar kewenangan Anda / This scope holds agencies outside your scope: ${outside.join(', ')}`,
        { agencyIds: outside },
      );
    }
    return { kind, id, agencyIds };
  }

  async load(scope: PlanScope, today: string): Promise<PlannerInput> {
    const [input, employees, wishes, open, calendars] = await Promise.all([
      this.pool.query<InputRow>(INPUT_SQL, [scope.agencyIds]),
      this.pool.query<EmployeeRow>(EMPLOYEES_SQL, [scope.agencyIds]),
      this.pool.query<{ nip: string; rank: number; unit_id: string | null; position_id: string | null }>(WISHES_SQL, [
        scope.agencyIds,
      ]),
      this.pool.query<{ transfer_id: string; employee_nip: string | null; target_position_id: string | null }>(
        OPEN_PROPOSALS_SQL,
        [scope.agencyIds],
      ),
      this.pool.query<{ calendar: RegionCalendar }>(REGION_CALENDARS_SQL, [scope.agencyIds]),
    ]);
    const { agencies, units, positions } = input.rows[0];
    return {
      today,
      settings: this.settings,
      agencies: agencies.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind as AgencyKind,
        regionCode: a.region_code ?? '',
      })),
      units: units.map((u) => ({ id: u.id, name: u.name, agencyId: u.agency_id, topUnitId: u.top_unit_id ?? u.id })),
      positions: positions.map((p) => ({
        id: p.id,
        unitId: p.unit_id,
        title: p.title,
        type: p.type as PositionType,
        minRank: p.min_rank,
        educationFields: p.education_fields,
        annualWorkloadMinutes: p.annual_workload_minutes,
      })),
      employees: employees.rows.map((e) => ({
        nip: e.nip,
        name: e.name,
        status: e.status as EmployeeStatus,
        rank: e.rank,
        birthDate: e.birth_date,
        positionId: e.position_id,
        positionSince: e.position_since,
        civilServantSince: e.civil_servant_since,
        educationLevel: e.education_level,
        educationField: e.education_field ?? '',
        performanceRatings: e.performance_ratings as PerformanceRating[],
        disciplinaryUntil: e.disciplinary_until,
        onStudyLeave: e.on_study_leave,
      })),
      wishes: wishes.rows.map((w) => ({ nip: w.nip, rank: w.rank, unitId: w.unit_id, positionId: w.position_id })),
      openProposals: open.rows.map((o) => ({
        transferId: o.transfer_id,
        employeeNip: o.employee_nip ?? '',
        targetPositionId: o.target_position_id ?? '',
      })),
      regionCalendars: calendars.rows.map((row) => row.calendar),
    };
  }
}
