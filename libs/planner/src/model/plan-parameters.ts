import { isCalendarDate, type CalendarDate } from '@mutasi/calendar';
import { PlannerError } from '../planner-error';

/** What a plan is asked for: the constraints and weights the operator chooses. */
export interface PlanParameters {
  /** The most moves out of one unit. */
  maxMovesPerUnit: number;
  /** Never take a source position below its need (moves only out of a surplus). */
  keepNeed: boolean;
  allowInterAgency: boolean;
  allowInterProvince: boolean;
  /** Bonus for granting an employee's first wish, in staff of gap (second ⅔ of it, third ⅓). */
  wishWeight: number;
  /** Only employees who stated a wish may move. */
  aspirantsOnly: boolean;
  /** The effective date (TMT) the proposals will request. */
  requestedEffectiveDate: CalendarDate;
}

/** Small costs per move, in staff of gap: a move that closes a gap of 1 at both ends gains 2. */
export const MOVE_COSTS = { sameAgency: 0.01, interAgency: 0.05, interProvince: 0.1 } as const;

export const PARAMETER_LIMITS = { maxMovesPerUnit: { min: 1, max: 1000 }, wishWeight: { min: 0, max: 1 } } as const;

export const DEFAULT_PLAN_PARAMETERS: Omit<PlanParameters, 'requestedEffectiveDate'> = {
  maxMovesPerUnit: 10,
  keepNeed: true,
  allowInterAgency: true,
  allowInterProvince: false,
  wishWeight: 0.5,
  aspirantsOnly: false,
};

/** Checks the ranges; throws PLAN_PARAMETER_OUT_OF_RANGE (400) naming the parameter. */
export function validatePlanParameters(parameters: PlanParameters, today: CalendarDate): PlanParameters {
  const { maxMovesPerUnit, wishWeight, requestedEffectiveDate } = parameters;
  const limits = PARAMETER_LIMITS;
  if (
    !Number.isInteger(maxMovesPerUnit) ||
    maxMovesPerUnit < limits.maxMovesPerUnit.min ||
    maxMovesPerUnit > limits.maxMovesPerUnit.max
  ) {
    throw outOfRange('maxMovesPerUnit', `${limits.maxMovesPerUnit.min}..${limits.maxMovesPerUnit.max}`);
  }
  if (!Number.isFinite(wishWeight) || wishWeight < limits.wishWeight.min || wishWeight > limits.wishWeight.max) {
    throw outOfRange('wishWeight', `${limits.wishWeight.min}..${limits.wishWeight.max}`);
  }
  if (!isCalendarDate(requestedEffectiveDate) || requestedEffectiveDate <= today) {
    throw outOfRange('requestedEffectiveDate', `a date after ${today}`);
  }
  return parameters;
}

function outOfRange(parameter: string, range: string): PlannerError {
  return new PlannerError(
    'PLAN_PARAMETER_OUT_OF_RANGE',
    `Parameter ${parameter} di luar rentang ${range} / Parameter ${parameter} is out of range ${range}`,
    { parameter, range },
  );
}
