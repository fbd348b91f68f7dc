import { jakartaDate } from '@mutasi/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { Repository } from 'typeorm';
import type { AuthUser } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';
import { PG_POOL } from '@mutasi/platform';
import {
  countOpenTasksFor,
  listSummaries,
  openTasksFor,
  PlacementHistoryEntity,
  summaryDetail,
  type ListedSummary,
  type TransferView,
} from '@mutasi/projections';
import { StandingDelegations } from '@mutasi/transfer-commands';
import { visibilityCondition } from './transfer-visibility';
import { decodeCursor, decodeTaskCursor, encodeCursor, encodeTaskCursor } from '../../common/keyset-cursor';

export interface TransferListItem {
  id: string;
  version: number;
  status: string;
  kind: string;
  employeeNip: string;
  employeeName: string;
  originPositionId: string;
  targetPositionId: string;
  originAgencyId: string;
  targetAgencyId: string;
  requestedEffectiveDate: string;
  /** A temporary assignment's end date; null for a permanent transfer. */
  temporaryEndDate: string | null;
  proposedAt: string;
  updatedAt: string;
}

export interface TransferFilter {
  status?: string;
  agencyId?: string;
  employeeNip?: string;
  kind?: string;
  /** Only proposals with an open task due before this instant. */
  overdueAt?: Date;
}

export interface InboxQuery {
  limit: number;
  cursor?: string;
  /** Only this proposal's tasks. */
  transferId?: string;
  type?: string;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
  /** All open tasks the filter keeps, over every page, and how many of them are past due. */
  openCount: number;
  overdueCount: number;
}

export interface InboxItem {
  transferId: string;
  taskId: string;
  type: string;
  chainRole: string;
  stageIndex: number;
  positionIds: string[];
  employeeNip: string;
  employeeName: string;
  dueAt: string | null;
  /** The official whose task this is, when it reaches you through their standing delegation. */
  onBehalfOf: string | null;
  originAgencyId: string;
  targetAgencyId: string;
  originPositionId: string;
  targetPositionId: string;
}

/** Reads of the transfer read models (list, detail, inbox, placement history), scoped to the caller. */
@Injectable()
export class TransferQueries {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly delegations: StandingDelegations,
    @InjectRepository(PlacementHistoryEntity) private readonly placements: Repository<PlacementHistoryEntity>,
  ) {}

  async list(
    user: AuthUser,
    filter: TransferFilter,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: TransferListItem[]; nextCursor: string | null }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.status) where.push(`s.status = ${add(filter.status)}`);
    if (filter.agencyId) {
      const agency = add(filter.agencyId);
      where.push(`(s.origin_agency_id = ${agency} OR s.target_agency_id = ${agency})`);
    }
    if (filter.employeeNip) where.push(`s.employee_nip = ${add(filter.employeeNip)}`);
    if (filter.kind) where.push(`s.kind = ${add(filter.kind)}`);
    if (filter.overdueAt) {
      where.push(
        `EXISTS (SELECT 1 FROM transfer_open_tasks t WHERE t.transfer_id = s.id AND t.due_at < ${add(filter.overdueAt)})`,
      );
    }
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor);
      where.push(`(s.proposed_at, s.id) < (${add(at)}::timestamptz, ${add(id)}::uuid)`);
    }
    const visible = visibilityCondition(user, params.length + 1);
    params.push(...visible.params);
    where.push(visible.sql);
    const rows = await listSummaries(this.pool, where, params, page.limit + 1);
    const more = rows.length > page.limit;
    const shown = more ? rows.slice(0, page.limit) : rows;
    const last = shown[shown.length - 1];
    return {
      items: shown.map(listItem),
      nextCursor: more && last ? encodeCursor(last.proposed_at, last.id) : null,
    };
  }

  /** The proposal as the read model holds it: 404 if unknown, 403 if the caller may not read it. */
  async detail(user: AuthUser, id: string): Promise<TransferView> {
    return this.visibleState(user, id);
  }

  /** Checks the caller may read the proposal (for history and time travel too). */
  async visibleState(user: AuthUser, id: string): Promise<TransferView> {
    const row = await summaryDetail(this.pool, id, visibilityCondition(user, 2));
    if (!row) throw new CodedError('TRANSFER_NOT_FOUND', `No transfer ${id}`, { transferId: id });
    if (!row.visible) throw new CodedError('OUT_OF_SCOPE', 'This transfer is outside your scope');
    return row.detail;
  }

  /**
   * The caller's open tasks: those of the positions they hold or act for under a standing
   * delegation in force, those delegated to them on the task, and their own hearing. Tasks they
   * may not decide (they proposed, already decided, or the proposal concerns them) are left out:
   * a delegate never sees the official's task on a proposal about the delegate.
   */
  async inbox(user: AuthUser, now: Date, query: InboxQuery): Promise<InboxPage> {
    const delegated = await this.delegations.inForceFor(user.username, jakartaDate(now));
    const owner = {
      username: user.username,
      positionIds: [...new Set([...user.positionIds, ...delegated.flatMap((d) => d.positionIds)])],
      employeeNip: user.employeeNip ?? '',
    };
    const filter = { transferId: query.transferId, type: query.type };
    const after = query.cursor ? decodeTaskCursor(query.cursor) : undefined;
    const [rows, counts] = await Promise.all([
      openTasksFor(this.pool, owner, {
        ...filter,
        limit: query.limit + 1,
        after: after && { dueAt: after[0], transferId: after[1], taskId: after[2] },
      }),
      countOpenTasksFor(this.pool, owner, filter, now),
    ]);
    const more = rows.length > query.limit;
    const shown = more ? rows.slice(0, query.limit) : rows;
    const last = shown[shown.length - 1];
    const own = new Set(user.positionIds);
    return {
      items: shown.map((row) => {
        const mine = row.type === 'hearing' || row.position_ids.some((id) => own.has(id));
        const through = mine
          ? undefined
          : delegated.find((d) => d.positionIds.some((id) => row.position_ids.includes(id)));
        return {
          transferId: row.transfer_id,
          taskId: row.task_id,
          type: row.type,
          chainRole: row.chain_role,
          stageIndex: row.stage_index,
          positionIds: row.position_ids,
          employeeNip: row.employee_nip,
          employeeName: row.employee_name,
          dueAt: row.due_at,
          onBehalfOf: through?.delegatorUserId ?? null,
          originAgencyId: row.origin_agency_id,
          targetAgencyId: row.target_agency_id,
          originPositionId: row.origin_position_id,
          targetPositionId: row.target_position_id,
        };
      }),
      nextCursor: more && last ? encodeTaskCursor(last.due_at, last.transfer_id, last.task_id) : null,
      openCount: counts.open,
      overdueCount: counts.overdue,
    };
  }

  async placementHistory(nip: string) {
    const rows = await this.placements.find({
      where: { employeeNip: nip },
      order: { effectiveDate: 'ASC', eventPosition: 'ASC' },
    });
    return rows.map((row) => ({
      transferId: row.transferId,
      movement: row.movement,
      fromPositionId: row.fromPositionId,
      fromAgencyId: row.fromAgencyId,
      toPositionId: row.toPositionId,
      toAgencyId: row.toAgencyId,
      effectiveDate: row.effectiveDate,
      executedAt: row.executedAt.toISOString(),
    }));
  }
}

function listItem(row: ListedSummary): TransferListItem {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    kind: row.kind,
    employeeNip: row.employee_nip,
    employeeName: row.employee_name,
    originPositionId: row.origin_position_id,
    targetPositionId: row.target_position_id,
    originAgencyId: row.origin_agency_id,
    targetAgencyId: row.target_agency_id,
    requestedEffectiveDate: row.requested_effective_date,
    temporaryEndDate: row.temporary_end_date ?? null,
    proposedAt: row.proposed_at,
    updatedAt: row.updated_at,
  };
}
