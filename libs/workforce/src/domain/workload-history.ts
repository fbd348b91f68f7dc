import type { CalendarDate } from '@mutasi/calendar';
import { abkMeasuredOn } from './abk-year';
import { DEFAULT_WORKLOAD_SETTINGS, type EfficiencyBand, type WorkloadSettings } from './workload';
import { summarizeWorkload } from './workload-aggregation';

/** One position's ABK figure for one year. */
export interface YearlyFigure {
  readonly positionId: string;
  readonly year: number;
  readonly annualWorkloadMinutes: number;
}

/** An executed transfer, with the units of both positions (null when the position is gone). */
export interface ExecutedMove {
  readonly transferId: string;
  readonly effectiveDate: CalendarDate;
  readonly fromPositionId: string;
  readonly fromUnitId: string | null;
  readonly toPositionId: string;
  readonly toUnitId: string | null;
}

/** One ABK year of a unit: its measured positions against the staff in post at the year's end. */
export interface UnitWorkloadYear {
  readonly year: number;
  /** The day the staff is counted: 31 December of the year (for this year and later: today's staff). */
  readonly measuredOn: CalendarDate;
  readonly measuredPositions: number;
  readonly annualWorkloadMinutes: number;
  readonly required: number;
  readonly actual: number;
  /** actual − required: positive a surplus, negative a shortage. */
  readonly gap: number;
  readonly efficiency: number | null;
  readonly band: EfficiencyBand | null;
}

export interface UnitMove {
  readonly transferId: string;
  readonly effectiveDate: CalendarDate;
  readonly direction: 'in' | 'out';
  /** The unit's position the person came into or left. */
  readonly positionId: string;
  readonly otherPositionId: string;
  readonly otherUnitId: string | null;
}

/** The executed transfers into or out of the unit after one analysis's day, up to the next one's. */
export interface MovesBetween {
  readonly fromYear: number;
  readonly toYear: number;
  readonly movedIn: number;
  readonly movedOut: number;
  readonly moves: readonly UnitMove[];
}

export interface UnitWorkloadHistory {
  readonly unitId: string;
  readonly years: readonly UnitWorkloadYear[];
  readonly movesBetween: readonly MovesBetween[];
}

/**
 * The staff of a position on an earlier day: the staff now with the executed transfers effective
 * after that day put back (never below 0, as a master-data import may have moved people since).
 */
export function staffThen(existingNow: number, movedInSince: number, movedOutSince: number): number {
  return Math.max(0, existingNow - movedInSince + movedOutSince);
}

/**
 * A unit's ABK year by year: each year's figures of the unit's positions against the staff in
 * post at the end of that year, and the moves into or out of the unit between consecutive years.
 * `staffNow` holds every position of the unit; `moves` every executed transfer touching them.
 */
export function unitWorkloadHistory(
  unitId: string,
  staffNow: ReadonlyMap<string, number>,
  figures: readonly YearlyFigure[],
  moves: readonly ExecutedMove[],
  settings: WorkloadSettings = DEFAULT_WORKLOAD_SETTINGS,
): UnitWorkloadHistory {
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b);
  const staffOn = (positionId: string, day: CalendarDate) => {
    const later = moves.filter((m) => m.effectiveDate > day);
    return staffThen(
      staffNow.get(positionId) ?? 0,
      later.filter((m) => m.toPositionId === positionId).length,
      later.filter((m) => m.fromPositionId === positionId).length,
    );
  };
  const yearly = years.map((year): UnitWorkloadYear => {
    const measuredOn = abkMeasuredOn(year);
    const positions = figures
      .filter((f) => f.year === year)
      .map((f) => ({
        positionId: f.positionId,
        unitId,
        annualWorkloadMinutes: f.annualWorkloadMinutes,
        existing: staffOn(f.positionId, measuredOn),
      }));
    const summary = summarizeWorkload(unitId, positions, settings);
    return {
      year,
      measuredOn,
      measuredPositions: summary.measuredPositions,
      annualWorkloadMinutes: summary.annualWorkloadMinutes,
      required: summary.required,
      actual: summary.measuredHeadcount,
      gap: summary.measuredHeadcount - summary.required,
      efficiency: summary.efficiency,
      band: summary.band,
    };
  });
  const movesBetween = years.slice(1).map((year, i) => {
    const fromYear = years[i];
    const between = moves
      .filter((m) => m.effectiveDate > abkMeasuredOn(fromYear) && m.effectiveDate <= abkMeasuredOn(year))
      .flatMap((m) => unitMove(unitId, m))
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.transferId.localeCompare(b.transferId));
    return {
      fromYear,
      toYear: year,
      movedIn: between.filter((m) => m.direction === 'in').length,
      movedOut: between.filter((m) => m.direction === 'out').length,
      moves: between,
    };
  });
  return { unitId, years: yearly, movesBetween };
}

/** The move as seen from the unit; none for a move between two of its own positions. */
function unitMove(unitId: string, move: ExecutedMove): UnitMove[] {
  const into = move.toUnitId === unitId;
  const outOf = move.fromUnitId === unitId;
  if (into === outOf) return [];
  return [
    {
      transferId: move.transferId,
      effectiveDate: move.effectiveDate,
      direction: into ? 'in' : 'out',
      positionId: into ? move.toPositionId : move.fromPositionId,
      otherPositionId: into ? move.fromPositionId : move.toPositionId,
      otherUnitId: into ? move.fromUnitId : move.toUnitId,
    },
  ];
}
