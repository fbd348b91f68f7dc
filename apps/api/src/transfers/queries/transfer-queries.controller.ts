import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { TRANSFER_KINDS } from '@mutasi/transfers';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '@mutasi/identity';
import { CLOCK, type Clock } from '@mutasi/platform';
import { TRANSFER_LIST_PROJECTION } from '@mutasi/projections';
import { CurrentUser } from '../../auth/auth.decorators';
import { PageQuery } from '../../common/page.query';
import { MinPositionQuery } from '../common/min-position.query';
import { ReadModelFreshness } from '../common/read-model-freshness';
import { TransferIdPipe } from '../common/transfer-id.pipe';
import { TransferQueries } from './transfer-queries';
import { InboxDto, TransferListPageDto, TransferViewDto } from './transfer-view.dto';
import { Problems } from '../../http/problems.decorator';

const STATUSES = [
  'PROPOSED',
  'IN_CONSULTATION',
  'IN_APPROVAL',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'DECREE_ISSUED',
  'EXECUTED',
  'EVALUATED',
];

class TransferListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Origin or target agency' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) employeeNip?: string;
  @ApiPropertyOptional({ enum: [...TRANSFER_KINDS], description: 'Kind of transfer (A–H)' })
  @IsOptional()
  @IsIn([...TRANSFER_KINDS])
  kind?: string;
  @ApiPropertyOptional({ enum: ['true'], description: 'Only proposals with an open task past its due date' })
  @IsOptional()
  @IsIn(['true'], { message: 'overdue must be true when given' })
  overdue?: 'true';
  @ApiPropertyOptional({ description: 'Wait until the read model includes this log position' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

const TASK_TYPES = ['hearing', 'consultation', 'approval'];

class InboxQuery extends MinPositionQuery {
  @ApiPropertyOptional({ default: 1000, minimum: 1, maximum: 1000, description: 'tasks per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 1000;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
  @ApiPropertyOptional({ description: 'Only the tasks on this proposal' })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'transferId must be a UUID' })
  transferId?: string;
  @ApiPropertyOptional({ enum: TASK_TYPES, description: 'Only tasks of this type' })
  @IsOptional()
  @IsIn(TASK_TYPES)
  type?: string;
}

@ApiTags('transfers')
@ApiBearerAuth()
@Controller()
export class TransferQueriesController {
  constructor(
    private readonly queries: TransferQueries,
    private readonly freshness: ReadModelFreshness,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('transfers')
  @ApiOperation({
    summary: 'Transfer proposals you may see, newest first (paginated)',
    description:
      'Operators and approvers: proposals whose origin or target agency is in scope, or with a task of their positions; employees: their own; auditors and administrators: all. ' +
      '?minPosition= waits up to 5 s for the read model, then answers 503 READ_MODEL_BEHIND.',
  })
  @ApiOkResponse({ type: TransferListPageDto })
  @Problems('INVALID_CURSOR', 'READ_MODEL_BEHIND')
  async list(@Query() query: TransferListQuery, @CurrentUser() user: AuthUser) {
    await this.freshness.waitFor(TRANSFER_LIST_PROJECTION, query.minPosition);
    return this.queries.list(
      user,
      {
        status: query.status,
        agencyId: query.agencyId,
        employeeNip: query.employeeNip,
        kind: query.kind,
        overdueAt: query.overdue === 'true' ? this.clock.now() : undefined,
      },
      { limit: query.limit, cursor: query.cursor },
    );
  }

  @Get('transfers/:id')
  @ApiOperation({
    summary: 'One proposal: status, eligibility, chain progress with every decision, objection, decree, evaluation',
    description: 'The ETag header carries the version, to send back as If-Match on the next command.',
  })
  @ApiOkResponse({ type: TransferViewDto })
  @Problems('INVALID_TRANSFER_ID', 'TRANSFER_NOT_FOUND', 'OUT_OF_SCOPE', 'READ_MODEL_BEHIND')
  async detail(
    @Param('id', TransferIdPipe) id: string,
    @Query() query: MinPositionQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.freshness.waitFor(TRANSFER_LIST_PROJECTION, query.minPosition);
    const view = await this.queries.detail(user, id);
    void reply.header('etag', `"${view.version}"`);
    return view;
  }

  @Get('inbox')
  @ApiOperation({
    summary: 'Your open tasks with due dates: your positions’, those delegated to you, and your own hearing',
    description:
      'Soonest due first, undated last, in pages of ?limit= (default 1000) through ?cursor=; openCount and ' +
      'overdueCount count every page. ?transferId= keeps one proposal’s tasks, ?type= one type of task.',
  })
  @ApiOkResponse({ type: InboxDto })
  @Problems('INVALID_CURSOR', 'READ_MODEL_BEHIND')
  async inbox(@Query() query: InboxQuery, @CurrentUser() user: AuthUser) {
    await this.freshness.waitFor(TRANSFER_LIST_PROJECTION, query.minPosition);
    return this.queries.inbox(user, this.clock.now(), {
      limit: query.limit,
      cursor: query.cursor,
      transferId: query.transferId,
      type: query.type,
    });
  }
}
