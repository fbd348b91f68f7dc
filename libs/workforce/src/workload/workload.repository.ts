import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
}

export interface WorkloadFilter {
  agencyIds?: string[] | null;
  agencyId?: string;
  regionCode?: string;
}

@Injectable()
export class WorkloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  async positions(filter: WorkloadFilter): Promise<PositionWorkloadRow[]> {
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
      }[]
    >(
      `SELECT p.id AS position_id, p.title AS position_title, u.id AS unit_id, u.name AS unit_name, p.agency_id, a.region_code,
              p.annual_workload_minutes, coalesce(e.existing, 0)::int AS existing
         FROM positions p
         JOIN units u ON u.id = p.unit_id
         JOIN agencies a ON a.id = p.agency_id
         LEFT JOIN (SELECT position_id, count(*) AS existing FROM employees GROUP BY position_id) e
           ON e.position_id = p.id
        WHERE ($1::text[] IS NULL OR p.agency_id = ANY ($1))
          AND ($2::text IS NULL OR p.agency_id = $2)
          AND ($3::text IS NULL OR a.region_code = $3 OR a.region_code LIKE $3 || '.%')
        ORDER BY u.id, p.id`,
      [filter.agencyIds ?? null, filter.agencyId ?? null, filter.regionCode ?? null],
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
