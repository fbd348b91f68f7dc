/**
 * The master data a command carries, as the app layer read it when the command was sent. These
 * are copied into events, so they hold JSON values only (no Date, no undefined).
 */
import type { CalendarDate } from '@mutasi/calendar';
import type { DocumentEntry } from './documents/document-entry';

export type EmployeeStatus = 'PNS' | 'CPNS' | 'PPPK';

export type PerformanceRating = 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang';

export type EmployeeSnapshot = {
  nip: string;
  name: string;
  status: EmployeeStatus;
  rank: string;
  birthDate: CalendarDate;
  positionId: string;
  positionSince: CalendarDate;
  civilServantSince: CalendarDate;
  educationLevel: string;
  educationField: string;
  /** Newest first. */
  performanceRatings: PerformanceRating[];
  disciplinaryUntil: CalendarDate | null;
  onStudyLeave: boolean;
};

export type AgencyKind = 'central' | 'provincial' | 'regional';

export type AgencySnapshot = {
  id: string;
  kind: AgencyKind;
  /** `99` for a province, `99.71` for a kab/kota, empty for a central agency. */
  regionCode: string;
};

export type PositionType =
  | 'jpt_utama'
  | 'jpt_madya'
  | 'jpt_pratama'
  | 'administrator'
  | 'pengawas'
  | 'pelaksana'
  | 'fungsional_ahli'
  | 'fungsional_keterampilan'
  | 'official';

export type PositionSnapshot = {
  id: string;
  unitId: string;
  title: string;
  type: PositionType;
  minRank: string | null;
  educationFields: string[];
};

/** A position with the OPD (top unit) and agency it belongs to. */
export type PlacementSnapshot = {
  position: PositionSnapshot;
  topUnitId: string;
  agency: AgencySnapshot;
};

/** A unit's workload figures (ABK) as shown to the user. */
export type UnitWorkload = {
  unitId: string;
  required: number;
  actual: number;
  efficiency: number | null;
  band: string | null;
};

export type WorkloadSnapshot = {
  origin: UnitWorkload | null;
  target: UnitWorkload | null;
};

/** Staff needed by a position's workload analysis, and staff in post. */
export type PositionWorkload = {
  positionId: string;
  required: number;
  actual: number;
};

/**
 * A regional head's term as the region-calendars import records it (one row per region): the
 * inauguration, the end of the term (or of an acting head's tenure) and, once scheduled, the day
 * the candidates of the election of the successor are determined.
 */
export type RegionCalendar = {
  regionCode: string;
  termStart: CalendarDate;
  termEnd: CalendarDate;
  candidateDeterminationDate: CalendarDate | null;
};

/** The Minister of Home Affairs' written approval (UU 10/2016 Ps 71(2)), by its letter's number and date. */
export type MinisterialApproval = { number: string; date: CalendarDate };

/** A document of the proposal itself (`{type, name, sha256}`). */
export type Attachment = DocumentEntry;
