import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarDate } from '@mutasi/calendar';
import type { ExecutedMove, YearlyFigure } from '../domain/workload-history';

/** One position with a workload analysis, and how many people hold it now. */
export interface PositionWorkloadRow {
  positionId: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  agencyId: string;
  regionCode: string;
  annualWorkloadMinutes: number | null;
  existing: number;
  /** With a year: executed transfers into / out of the position effective after that year's end. */
  movedInSince: number;
  movedOutSince: number;
}

/** A unit, the agency it belongs to, and its positions with the staff in post now. */
export interface UnitStaffRows {
  unitId: string;
  unitName: string;
  agencyId: string;
  staffNow: Map<string, number>;
}

export interface WorkloadFilter {
  agencyIds?: string[] | null;
  agencyId?: string;
  regionCode?: string;
  /** An ABK year: that year's figures, and the executed transfers after `measuredOn` to put back. */
  year?: { year: number; measuredOn: CalendarDate };
}

/** A year's figures and the executed transfers effective after its end ($4 the year, $5 its end). */
const YEAR_JOINS = `
  LEFT JOIN position_workloads w ON w.position_id = p.id AND w.year = $4
  LEFT JOIN (SELECT position_id, sum(moved_in) AS moved_in, sum(moved_out) AS moved_out FROM (
               SELECT to_position_id AS position_id, 1 AS moved_in, 0 AS moved_out
                 FROM placement_history WHERE effective_date > $5::date
               UNION ALL
               SELECT from_position_id, 0, 1 FROM placement_history WHERE effective_date > $5::date) x
              GROUP BY position_id) m
    ON m.position_id = p.id`;

@Injectable()
export class WorkloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Without a year each position's latest figure (`positions.annual_workload_minutes`). */
  async positions(filter: WorkloadFilter): Promise<PositionWorkloadRow[]> {
    const byYear = filter.year !== undefined;
    const rows = await this.dataSource.query<
      {
        position_id: string;
        position_title: string;
        unit_id: string;
        unit_name: string;
        agency_id: string;
        region_code: string;
        annual_workload_minutes: number | null;
        existing: number;
        moved_in: number;
        moved_out: number;
      }[]
    >(
      `SELECT p.id AS position_id, p.title AS position_title, u.id AS unit_id, u.name AS unit_name, p.agency_id, a.region_code,
              ${byYear ? 'w.annual_workload_minutes' : 'p.annual_workload_minutes'},
              coalesce(e.existing, 0)::int AS existing,
              ${byYear ? 'coalesce(m.moved_in, 0)::int' : '0'} AS moved_in, ${byYear ? 'coalesce(m.moved_out, 0)::int' : '0'} AS moved_out
         FROM positions p
         JOIN units u ON u.id = p.unit_id
         JOIN agencies a ON a.id = p.agency_id
         LEFT JOIN (SELECT position_id, count(*) AS existing FROM employees GROUP BY position_id) e
           ON e.position_id = p.id
        ${byYear ? YEAR_JOINS : ''}
        WHERE ($1::text[] IS NULL OR p.agency_id = ANY ($1))
          AND ($2::text IS NULL OR p.agency_id = $2)
          AND ($3::text IS NULL OR a.region_code = $3 OR a.region_code LIKE $3 || '.%')
        ORDER BY u.id, p.id`,
      [
        filter.agencyIds ?? null,
        filter.agencyId ?? null,
        filter.regionCode ?? null,
        ...(filter.year ? [filter.year.year, filter.year.measuredOn] : []),
      ],
    );
    return rows.map((r) => ({
      positionId: r.position_id,
      positionTitle: r.position_title,
      unitId: r.unit_id,
      unitName: r.unit_name,
      agencyId: r.agency_id,
      regionCode: r.region_code,
      annualWorkloadMinutes: r.annual_workload_minutes,
      existing: r.existing,
      movedInSince: r.moved_in,
      movedOutSince: r.moved_out,
    }));
  }

  /** null when there is no such unit. */
  async unitStaff(unitId: string): Promise<UnitStaffRows | null> {
    const rows = await this.dataSource.query<
      { unit_name: string; agency_id: string; position_id: string | null; existing: number }[]
    >(
      `SELECT u.name AS unit_name, u.agency_id, p.id AS position_id,
              (SELECT count(*) FROM employees e WHERE e.position_id = p.id)::int AS existing
         FROM units u LEFT JOIN positions p ON p.unit_id = u.id
        WHERE u.id = $1`,
      [unitId],
    );
    if (rows.length === 0) return null;
    return {
      unitId,
      unitName: rows[0].unit_name,
      agencyId: rows[0].agency_id,
      staffNow: new Map(rows.flatMap((r) => (r.position_id === null ? [] : [[r.position_id, r.existing]]))),
    };
  }

  /** Every year's ABK figure of the unit's positions. */
  async unitFigures(unitId: string): Promise<YearlyFigure[]> {
    const rows = await this.dataSource.query<{ position_id: string; year: number; annual_workload_minutes: number }[]>(
      `SELECT w.position_id, w.year, w.annual_workload_minutes
         FROM position_workloads w JOIN positions p ON p.id = w.position_id
        WHERE p.unit_id = $1
        ORDER BY w.year, w.position_id`,
      [unitId],
    );
    return rows.map((r) => ({
      positionId: r.position_id,
      year: r.year,
      annualWorkloadMinutes: r.annual_workload_minutes,
    }));
  }

  /** The executed transfers into or out of any of the unit's positions (the placements read model). */
  async unitMoves(unitId: string): Promise<ExecutedMove[]> {
    const rows = await this.dataSource.query<
      {
        transfer_id: string;
        effective_date: string;
        from_position_id: string;
        from_unit_id: string | null;
        to_position_id: string;
        to_unit_id: string | null;
      }[]
    >(
      `SELECT h.transfer_id, to_char(h.effective_date, 'YYYY-MM-DD') AS effective_date,
              h.from_position_id, fp.unit_id AS from_unit_id, h.to_position_id, tp.unit_id AS to_unit_id
         FROM placement_history h
         LEFT JOIN positions fp ON fp.id = h.from_position_id
         LEFT JOIN positions tp ON tp.id = h.to_position_id
        WHERE fp.unit_id = $1 OR tp.unit_id = $1
        ORDER BY h.effective_date, h.transfer_id`,
      [unitId],
    );
    return rows.map((r) => ({
      transferId: r.transfer_id,
      effectiveDate: r.effective_date,
      fromPositionId: r.from_position_id,
      fromUnitId: r.from_unit_id,
      toPositionId: r.to_position_id,
      toUnitId: r.to_unit_id,
    }));
  }

  /**
   * Moves proposed and not yet executed, per unit (into it / out of it), from the transfer list
   * read model; none while that model holds no open proposal.
   */
  async pendingMoves(): Promise<Map<string, { in: number; out: number }>> {
    const rows = await this.dataSource.query<{ unit_id: string; pending_in: number; pending_out: number }[]>(
      `SELECT unit_id, sum(pending_in)::int AS pending_in, sum(pending_out)::int AS pending_out FROM (
         SELECT target_unit_id AS unit_id, 1 AS pending_in, 0 AS pending_out FROM transfer_pending_moves
         UNION ALL
         SELECT origin_unit_id, 0, 1 FROM transfer_pending_moves) m
       GROUP BY unit_id`,
    );
    return new Map(rows.map((r) => [r.unit_id, { in: r.pending_in, out: r.pending_out }]));
  }
}
