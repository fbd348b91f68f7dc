import type { CalendarDate } from '@mutasi/calendar';
import { DEFAULT_ELIGIBILITY_CONFIG, type EligibilityConfig } from './eligibility/eligibility-config';

export type TransferConfig = {
  eligibility: EligibilityConfig;
  /** Longest reason, note or comment accepted, in characters. */
  maxTextLength: number;
  /** How far ahead of today a requested effective date may lie, in days. */
  proposalHorizonDays: number;
  /** Months after the effective date before an evaluation may be recorded. */
  evaluationPeriodMonths: number;
  /** The longest a temporary assignment may last, extensions included, in months from its effective date. */
  temporaryAssignmentMaxMonths: number;
  /** Public holidays skipped when counting a stage's working days. */
  holidays: CalendarDate[];
};

export const DEFAULT_TRANSFER_CONFIG: TransferConfig = {
  eligibility: DEFAULT_ELIGIBILITY_CONFIG,
  maxTextLength: 2000,
  proposalHorizonDays: 365,
  evaluationPeriodMonths: 6,
  temporaryAssignmentMaxMonths: 12,
  holidays: [],
};
