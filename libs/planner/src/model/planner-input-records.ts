import type { CalendarDate } from '@mutasi/calendar';
import type { AgencyKind, EmployeeStatus, PerformanceRating, PositionType, RegionCalendar } from '@mutasi/transfers';
import type { WorkloadSettings } from '@mutasi/workforce/domain';
import type { PlannerInput } from './planner-input';

/**
 * The planner's input as a loader reads it in bulk: each section a JSON array of records, each
 * record an array of fields in the order below (the loader's SQL builds them with
 * `json_build_array`). Text crosses to the solver's thread as a copy of a few strings, where
 * objects would be cloned one by one on the server's event loop; the thread decodes them.
 */
export interface PlannerInputRecords {
  today: CalendarDate;
  settings: WorkloadSettings;
  /** [id, name, kind, regionCode | null] */
  agencies: string;
  /** [id, name, agencyId, topUnitId | null] */
  units: string;
  /** [id, unitId, title, type, minRank | null, educationFields, annualWorkloadMinutes | null] */
  positions: string;
  /**
   * In chunks: [nip, name, status, rank, birthDate, positionId, positionSince, civilServantSince,
   * educationLevel, educationField | null, performanceRatings, disciplinaryUntil | null, onStudyLeave]
   */
  employees: string[];
  /** [nip, rank, unitId | null, positionId | null] */
  wishes: string;
  /** [transferId, employeeNip | null, targetPositionId | null] */
  openProposals: string;
  /** The calendars of the scope's regions, as RegionCalendar objects */
  regionCalendars: string;
}

type Field = string | number | boolean | null | string[];

function records(text: string): Field[][] {
  return JSON.parse(text) as Field[][];
}

export function plannerInputFromRecords(input: PlannerInputRecords): PlannerInput {
  const employees: PlannerInput['employees'] = [];
  for (const chunk of input.employees) {
    for (const e of records(chunk)) {
      employees.push({
        nip: e[0] as string,
        name: e[1] as string,
        status: e[2] as EmployeeStatus,
        rank: e[3] as string,
        birthDate: e[4] as string,
        positionId: e[5] as string,
        positionSince: e[6] as string,
        civilServantSince: e[7] as string,
        educationLevel: e[8] as string,
        educationField: (e[9] as string | null) ?? '',
        performanceRatings: e[10] as PerformanceRating[],
        disciplinaryUntil: e[11] as string | null,
        onStudyLeave: e[12] as boolean,
      });
    }
  }
  return {
    today: input.today,
    settings: input.settings,
    agencies: records(input.agencies).map((a) => ({
      id: a[0] as string,
      name: a[1] as string,
      kind: a[2] as AgencyKind,
      regionCode: (a[3] as string | null) ?? '',
    })),
    units: records(input.units).map((u) => ({
      id: u[0] as string,
      name: u[1] as string,
      agencyId: u[2] as string,
      topUnitId: (u[3] as string | null) ?? (u[0] as string),
    })),
    positions: records(input.positions).map((p) => ({
      id: p[0] as string,
      unitId: p[1] as string,
      title: p[2] as string,
      type: p[3] as PositionType,
      minRank: p[4] as string | null,
      educationFields: p[5] as string[],
      annualWorkloadMinutes: p[6] as number | null,
    })),
    employees,
    wishes: records(input.wishes).map((w) => ({
      nip: w[0] as string,
      rank: w[1] as number,
      unitId: w[2] as string | null,
      positionId: w[3] as string | null,
    })),
    openProposals: records(input.openProposals).map((o) => ({
      transferId: o[0] as string,
      employeeNip: (o[1] as string | null) ?? '',
      targetPositionId: (o[2] as string | null) ?? '',
    })),
    regionCalendars: JSON.parse(input.regionCalendars) as RegionCalendar[],
  };
}
