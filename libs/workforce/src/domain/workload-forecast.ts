import {
  assessWorkload,
  checkHeadcount,
  DEFAULT_WORKLOAD_SETTINGS,
  type WorkloadAssessment,
  type WorkloadFigures,
  type WorkloadSettings,
} from './workload';

/** A position or unit as the forecast needs it; `required` defaults to the position rule. */
export interface ForecastSide extends WorkloadFigures {
  readonly required?: number;
}

export interface BeforeAfter {
  readonly before: WorkloadAssessment;
  readonly after: WorkloadAssessment;
}

export interface MoveForecast {
  readonly moved: number;
  readonly source: BeforeAfter;
  readonly target: BeforeAfter;
}

/** Workload of both sides before and after `n` people move from `source` to `target`. */
export function forecastAfterMove(
  source: ForecastSide,
  target: ForecastSide,
  n: number,
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): MoveForecast {
  checkHeadcount(n, 'People moved');
  if (n === 0) throw new RangeError('People moved must be at least 1');
  if (n > source.existing) {
    throw new RangeError(`Cannot move ${n} people from a source that has ${source.existing} in post`);
  }
  return {
    moved: n,
    source: beforeAfter(source, -n, settings),
    target: beforeAfter(target, n, settings),
  };
}

function beforeAfter(side: ForecastSide, change: number, settings: WorkloadSettings): BeforeAfter {
  const assess = (existing: number) =>
    assessWorkload({ annualWorkloadMinutes: side.annualWorkloadMinutes, existing }, settings, side.required);
  return { before: assess(side.existing), after: assess(side.existing + change) };
}
