import type { CalendarDate } from '@mutasi/calendar';
import type { AgencySnapshot, EmployeeSnapshot, PositionType, RegionCalendar } from '@mutasi/transfers';
import type { WorkloadSettings } from '@mutasi/workforce/domain';

export interface PlannerAgency extends AgencySnapshot {
  name: string;
}

export interface PlannerUnit {
  id: string;
  name: string;
  agencyId: string;
  /** The OPD (top unit) the unit belongs to. */
  topUnitId: string;
}

export interface PlannerPosition {
  id: string;
  unitId: string;
  title: string;
  type: PositionType;
  minRank: string | null;
  educationFields: string[];
  /** Σ volume × norm time; null where no workload analysis was made (such positions neither give nor take). */
  annualWorkloadMinutes: number | null;
}

/** One stated wish: a unit or a position, in the employee's order (1 first). */
export interface PlannerWish {
  nip: string;
  rank: number;
  unitId: string | null;
  positionId: string | null;
}

/** Everything a plan is computed from; the plan is a pure function of it and the parameters. */
export interface PlannerInput {
  /** The Jakarta date eligibility is checked on. */
  today: CalendarDate;
  settings: WorkloadSettings;
  agencies: PlannerAgency[];
  units: PlannerUnit[];
  positions: PlannerPosition[];
  /** Everyone in post in the scope's positions. */
  employees: EmployeeSnapshot[];
  wishes: PlannerWish[];
  /** Proposals still open (not rejected, withdrawn or executed): their employee may not move again, their target's shortage is claimed. */
  openProposals: OpenProposal[];
  /** The imported calendars of the scope's regions: the blackout windows of their heads. */
  regionCalendars: RegionCalendar[];
}

export interface OpenProposal {
  transferId: string;
  employeeNip: string;
  targetPositionId: string;
}
