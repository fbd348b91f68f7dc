import { Inject, Injectable } from '@nestjs/common';
import { jakartaDate } from '@mutasi/calendar';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { abkMeasuredOn, abkYearRange, isAbkYear } from '../domain/abk-year';
import { parseRegionCode } from '../domain/region-code';
import {
  DEFAULT_WORKLOAD_SETTINGS,
  requiredStaff,
  type EfficiencyBand,
  type WorkloadSettings,
} from '../domain/workload';
import {
  summarizeWorkloadBy,
  type Imbalance,
  type StaffedPosition,
  type WorkloadSummary,
} from '../domain/workload-aggregation';
import { staffThen, unitWorkloadHistory, type UnitWorkloadHistory } from '../domain/workload-history';
import { WorkloadRepository, type PositionWorkloadRow, type WorkloadFilter } from './workload.repository';

export interface UnitWorkload {
  unitId: string;
  unitName: string;
  agencyId: string;
  regionCode: string | null;
  positions: number;
  measuredPositions: number;
  headcount: number;
  annualWorkloadMinutes: number;
  required: number;
  /** Staff in the unit's positions that have a workload analysis. */
  actual: number;
  /** actual − required: positive a surplus, negative a shortage. */
  gap: number;
  /** Moves proposed into / out of the unit and not yet executed. */
  pendingIn: number;
  pendingOut: number;
  efficiency: number | null;
  band: EfficiencyBand | null;
  imbalance: Imbalance;
}

export interface GroupWorkload {
  key: string;
  positions: number;
  headcount: number;
  required: number;
  actual: number;
  efficiency: number | null;
  band: EfficiencyBand | null;
  imbalance: Imbalance;
}

/** One position's ABK need against the staff in post; gap < 0 is a shortage. */
export interface PositionGap {
  positionId: string;
  title: string;
  unitId: string;
  unitName: string;
  agencyId: string;
  required: number;
  actual: number;
  gap: number;
}

export interface WorkloadOverview {
  effectiveMinutesPerYear: number;
  /** The ABK year asked for; null: each position's latest figure against the staff in post now. */
  year: number | null;
  agencies: GroupWorkload[];
  regions: GroupWorkload[];
  provinces: GroupWorkload[];
}

/** The ABK picture of DOMAIN.md §4 over the stored positions and the staff now in them. */
@Injectable()
export class WorkloadService {
  private readonly settings: WorkloadSettings;

  constructor(
    private readonly repository: WorkloadRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.settings = { ...DEFAULT_WORKLOAD_SETTINGS, effectiveMinutesPerYear: config.effectiveMinutesPerYear };
  }

  async units(filter: WorkloadFilter): Promise<UnitWorkload[]> {
    const [rows, pending] = await Promise.all([this.repository.positions(filter), this.repository.pendingMoves()]);
    const byUnit = new Map(rows.map((r) => [r.unitId, r]));
    return summarizeWorkloadBy(rows.map(staffed), (p) => p.unitId, this.settings).map((summary) => {
      const unit = byUnit.get(summary.key) as PositionWorkloadRow;
      return {
        unitId: unit.unitId,
        unitName: unit.unitName,
        agencyId: unit.agencyId,
        regionCode: unit.regionCode,
        positions: summary.positions,
        measuredPositions: summary.measuredPositions,
        headcount: summary.headcount,
        annualWorkloadMinutes: summary.annualWorkloadMinutes,
        required: summary.required,
        actual: summary.measuredHeadcount,
        gap: summary.measuredHeadcount - summary.required,
        pendingIn: pending.get(unit.unitId)?.in ?? 0,
        pendingOut: pending.get(unit.unitId)?.out ?? 0,
        efficiency: summary.efficiency,
        band: summary.band,
        imbalance: summary.imbalance,
      };
    });
  }

  /** Positions with a workload analysis, each with its gap; with shortageOnly those short of staff. */
  async positions(filter: WorkloadFilter & { unitId?: string; shortageOnly?: boolean }): Promise<PositionGap[]> {
    const rows = await this.repository.positions(filter);
    return rows
      .filter((row) => row.annualWorkloadMinutes !== null && (!filter.unitId || row.unitId === filter.unitId))
      .map((row) => {
        const required = requiredStaff(row.annualWorkloadMinutes as number, this.settings);
        return {
          positionId: row.positionId,
          title: row.positionTitle,
          unitId: row.unitId,
          unitName: row.unitName,
          agencyId: row.agencyId,
          required,
          actual: row.existing,
          gap: row.existing - required,
        };
      })
      .filter((position) => !filter.shortageOnly || position.gap < 0);
  }

  /**
   * With a year: that year's figures against the staff in post at its end (the executed transfers
   * since put back); positions without a figure for the year count as unmeasured.
   */
  async summary(filter: Omit<WorkloadFilter, 'year'>, year?: number): Promise<WorkloadOverview> {
    if (year !== undefined) this.checkYear(year);
    const rows = await this.repository.positions({
      ...filter,
      ...(year !== undefined ? { year: { year, measuredOn: abkMeasuredOn(year) } } : {}),
    });
    const positions = rows.map(staffed);
    const agencyOf = new Map(rows.map((r) => [r.positionId, r.agencyId]));
    const regionOf = new Map(rows.map((r) => [r.positionId, r.regionCode]));
    const group = (keyOf: (p: StaffedPosition) => string | null) =>
      summarizeWorkloadBy(positions, keyOf, this.settings).map(toGroup);
    return {
      effectiveMinutesPerYear: this.settings.effectiveMinutesPerYear,
      year: year ?? null,
      agencies: group((p) => agencyOf.get(p.positionId) ?? null),
      regions: group((p) => regionOf.get(p.positionId) ?? null),
      provinces: group((p) => {
        const region = regionOf.get(p.positionId);
        return region ? (parseRegionCode(region)?.provinceCode ?? null) : null;
      }),
    };
  }

  /**
   * A unit's ABK year by year and the executed moves between the years; UNIT_NOT_FOUND for an
   * unknown unit, OUT_OF_SCOPE for a unit outside `agencyIds` (null: every agency).
   */
  async history(unitId: string, agencyIds: readonly string[] | null): Promise<UnitHistory> {
    const unit = await this.repository.unitStaff(unitId);
    if (unit === null) throw new CodedError('UNIT_NOT_FOUND', `There is no unit ${unitId}`, { unitId });
    if (agencyIds !== null && !agencyIds.includes(unit.agencyId)) {
      throw new CodedError('OUT_OF_SCOPE', `Unit ${unitId} belongs to agency ${unit.agencyId}, outside your scope`, {
        unitId,
        agencyId: unit.agencyId,
      });
    }
    const [figures, moves] = await Promise.all([
      this.repository.unitFigures(unitId),
      this.repository.unitMoves(unitId),
    ]);
    return {
      unitName: unit.unitName,
      agencyId: unit.agencyId,
      effectiveMinutesPerYear: this.settings.effectiveMinutesPerYear,
      ...unitWorkloadHistory(unitId, unit.staffNow, figures, moves, this.settings),
    };
  }

  private checkYear(year: number): void {
    const today = jakartaDate(this.clock.now());
    if (isAbkYear(year, today)) return;
    const { first, last } = abkYearRange(today);
    throw new CodedError('ABK_YEAR_OUT_OF_RANGE', `An ABK year lies between ${first} and ${last}, got ${year}`, {
      year,
      first,
      last,
    });
  }
}

export interface UnitHistory extends UnitWorkloadHistory {
  unitName: string;
  agencyId: string;
  effectiveMinutesPerYear: number;
}

function staffed(row: PositionWorkloadRow): StaffedPosition {
  return {
    positionId: row.positionId,
    unitId: row.unitId,
    annualWorkloadMinutes: row.annualWorkloadMinutes,
    existing: staffThen(row.existing, row.movedInSince, row.movedOutSince),
  };
}

function toGroup(summary: WorkloadSummary): GroupWorkload {
  return {
    key: summary.key,
    positions: summary.positions,
    headcount: summary.headcount,
    required: summary.required,
    actual: summary.measuredHeadcount,
    efficiency: summary.efficiency,
    band: summary.band,
    imbalance: summary.imbalance,
  };
}
