import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { canAccessAgency, type AuthUser } from '@mutasi/identity';
import type { PlannerInputRecords, PlanScope, PlanScopeKind } from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import { DEFAULT_WORKLOAD_SETTINGS, REGION_CALENDAR_JSON, type WorkloadSettings } from '@mutasi/workforce';

const SCOPE_SQL: Record<PlanScopeKind, string> = {
  agency: 'SELECT id FROM agencies WHERE id = $1 ORDER BY id',
  region: 'SELECT id FROM agencies WHERE region_code = $1 ORDER BY id',
  province: `SELECT id FROM agencies WHERE region_code = $1 OR region_code LIKE $1 || '.%' ORDER BY id`,
};

/**
 * Where a position's workload figure (Σ volume × norm time, minutes a year) is read: the one place
 * to change should the figures be kept per year.
 */
function workloadMinutes(position: string): string {
  return `${position}.annual_workload_minutes`;
}

/** Positions with a workload figure count and give or take staff; only their staff and wishes are read. */
const MEASURED = `p.agency_id = ANY ($1::text[]) AND ${workloadMinutes('p')} IS NOT NULL`;

/** Each section one JSON text of records (see PlannerInputRecords), built by PostgreSQL, not row by row here. */
const SECTIONS_SQL = `
  SELECT
    (SELECT coalesce(json_agg(json_build_array(id, name, kind, region_code) ORDER BY id), '[]')::text
       FROM agencies WHERE id = ANY ($1::text[])) AS agencies,
    (SELECT coalesce(json_agg(json_build_array(id, name, agency_id, top_unit_id) ORDER BY id), '[]')::text
       FROM units WHERE agency_id = ANY ($1::text[])) AS units,
    (SELECT coalesce(json_agg(json_build_array(p.id, p.unit_id, p.title, p.type, p.min_rank, p.education_fields,
                                               ${workloadMinutes('p')}) ORDER BY p.id), '[]')::text
       FROM positions p WHERE p.agency_id = ANY ($1::text[])) AS positions,
    (SELECT coalesce(json_agg(json_build_array(w.nip, w.rank, w.unit_id, w.position_id) ORDER BY w.nip, w.rank), '[]')::text
       FROM aspirations w JOIN employees e ON e.nip = w.nip JOIN positions p ON p.id = e.position_id
      WHERE ${MEASURED}) AS wishes,
    (SELECT coalesce(json_agg(json_build_array(m.transfer_id, m.employee_nip, m.target_position_id)
                              ORDER BY m.transfer_id), '[]')::text
       FROM transfer_pending_moves m
      WHERE m.target_position_id IN (SELECT id FROM positions WHERE agency_id = ANY ($1::text[]))
         OR m.employee_nip IN (SELECT e.nip FROM employees e JOIN positions q ON q.id = e.position_id
                                WHERE q.agency_id = ANY ($1::text[]))) AS open_proposals,
    (SELECT coalesce(json_agg(${REGION_CALENDAR_JSON} ORDER BY c.region_code), '[]')::text
       FROM region_calendars c
      WHERE c.region_code IN (SELECT region_code FROM agencies WHERE id = ANY ($1::text[]))) AS region_calendars`;

/** The staff of the measured positions, one JSON record per row, in the planner's order. */
const EMPLOYEES_SQL = `
  SELECT json_build_array(e.nip, e.name, e.status, e.rank, e.birth_date::text, e.position_id, e.position_since::text,
                          e.civil_servant_since::text, e.education_level, e.education_field, e.performance_ratings,
                          e.disciplinary_until::text, e.on_study_leave)::text
    FROM employees e JOIN positions p ON p.id = e.position_id
   WHERE ${MEASURED}
   ORDER BY e.nip COLLATE "C"`;

/** Employees per fetch from the cursor, and per chunk handed to the solver's thread. */
const EMPLOYEES_PER_CHUNK = 5000;

interface Sections {
  agencies: string;
  units: string;
  positions: string;
  wishes: string;
  open_proposals: string;
  region_calendars: string;
}

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

  /**
   * What the planner needs, as JSON records for the solver's thread to decode: read in one
   * read-only snapshot, the employees from a cursor in chunks, each chunk one string.
   */
  async load(scope: PlanScope, today: string): Promise<PlannerInputRecords> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<Sections>(SECTIONS_SQL, [scope.agencyIds]);
      await client.query({
        text: `DECLARE plan_employees NO SCROLL CURSOR FOR ${EMPLOYEES_SQL}`,
        values: [scope.agencyIds],
      });
      const employees: string[] = [];
      for (;;) {
        const chunk = await client.query<[string]>({
          text: `FETCH ${EMPLOYEES_PER_CHUNK} FROM plan_employees`,
          rowMode: 'array',
        });
        if (chunk.rows.length === 0) break;
        employees.push(`[${chunk.rows.map((r) => r[0]).join(',')}]`);
      }
      await client.query('COMMIT');
      const sections = rows[0];
      return {
        today,
        settings: this.settings,
        agencies: sections.agencies,
        units: sections.units,
        positions: sections.positions,
        employees,
        wishes: sections.wishes,
        openProposals: sections.open_proposals,
        regionCalendars: sections.region_calendars,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
