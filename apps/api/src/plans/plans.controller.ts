import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';
import { PLANS_PROJECTION } from '@mutasi/projections';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../auth/auth.decorators';
import { CommandResult } from '../transfers/common/command-result';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';
import { PlanListQuery, PlanMovesQuery, PlanRequestDto, RejectPlanDto } from './plan-request.dto';
import { PlansList } from './plans-list';
import { PlansService } from './plans.service';
import { Problems } from '../http/problems.decorator';

const PlanIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new CodedError('INVALID_PLAN_ID', 'Id rencana berupa UUID / A plan id is a UUID'),
});

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly list: PlansList,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get()
  @Roles('operator', 'approver', 'auditor', 'admin')
  @ApiOperation({
    summary:
      "Plans whose scope meets the caller's agencies (every plan for a national role), newest first, page by page",
    description:
      'Scope, status, move count, drafter, decision and the proposals made; ?status= filters, ?cursor= is the previous nextCursor.',
  })
  @Problems('INVALID_CURSOR', 'READ_MODEL_BEHIND')
  async index(@Query() query: PlanListQuery, @CurrentUser() user: AuthUser) {
    await this.freshness.waitFor(PLANS_PROJECTION, query.minPosition);
    return this.list.list(user, { status: query.status }, { limit: query.limit, cursor: query.cursor });
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Compute a transfer plan for a scope and parameters; writes nothing',
    description:
      "The moves that best lower Σ|required − actual| over the scope's positions with a workload figure, every mover eligible and fitting " +
      "the target's competence, preferring stated wishes; totals before and after, the input hash, the solver, and the time spent " +
      'loading, building, solving and choosing persons. Moves page by page (?limit=&cursor=&unitId=). A scope above one agency needs ' +
      "every agency in the caller's scope. A scope without workload figures answers an empty plan with emptyReason.",
  })
  @Problems('SCOPE_NOT_FOUND', 'OUT_OF_SCOPE', 'PLAN_PARAMETER_OUT_OF_RANGE')
  preview(@Body() body: PlanRequestDto, @Query() page: PlanMovesQuery, @CurrentUser() user: AuthUser) {
    return this.plans.preview(body, user, page);
  }

  @Post()
  @Roles('operator')
  @ApiOperation({
    summary: 'Draft a transfer plan: computed as in preview and recorded as its own event stream (plan-<id>)',
  })
  @ApiCreatedResponse({ type: CommandResult })
  @Problems('SCOPE_NOT_FOUND', 'OUT_OF_SCOPE', 'PLAN_PARAMETER_OUT_OF_RANGE', 'PLAN_ALREADY_EXISTS')
  draft(@Body() body: PlanRequestDto, @CurrentUser() user: AuthUser, @Req() request: AuthenticatedRequest) {
    return this.plans.draft(body, { user, correlationId: String(request.id) });
  }

  @Get(':id')
  @Roles('operator', 'approver', 'auditor', 'admin')
  @ApiOperation({
    summary: 'A plan: parameters, input hash, solver, totals, decision, proposals, and a page of its moves',
  })
  @Problems('INVALID_PLAN_ID', 'PLAN_NOT_FOUND', 'OUT_OF_SCOPE')
  get(@Param('id', PlanIdPipe) id: string, @Query() page: PlanMovesQuery, @CurrentUser() user: AuthUser) {
    return this.plans.get(id, user, page);
  }

  @Get(':id/history')
  @Roles('operator', 'approver', 'auditor', 'admin')
  @ApiOperation({ summary: 'Every event of a plan in order, with actor, role, reason, hash and previous hash' })
  @Problems('INVALID_PLAN_ID', 'PLAN_NOT_FOUND', 'OUT_OF_SCOPE')
  history(@Param('id', PlanIdPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.plans.history(id, user);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('approver')
  @ApiOperation({
    summary: 'Approve a plan and create one transfer proposal per move',
    description:
      'By the head of BKPSDM or the PPK of the scope (for a province: of the provincial government, or the governor), never its drafter. ' +
      'Each move becomes an ordinary proposal through its own chain, proposed by the drafter, its id derived from the plan and the move: ' +
      'approving again (or after an interruption) makes each proposal once. A move no longer eligible is reported in notProposed.',
  })
  @Problems(
    'INVALID_PLAN_ID',
    'PLAN_NOT_FOUND',
    'OUT_OF_SCOPE',
    'PLAN_APPROVER_REQUIRED',
    'PLAN_SELF_APPROVAL',
    'PLAN_ALREADY_DECIDED',
    'PLAN_DRAFTER_UNKNOWN',
    'STALE_VERSION',
  )
  approve(@Param('id', PlanIdPipe) id: string, @CurrentUser() user: AuthUser, @Req() request: AuthenticatedRequest) {
    return this.plans.approve(id, { user, correlationId: String(request.id) });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('approver')
  @ApiOperation({ summary: 'Reject a plan with a reason (head of BKPSDM or PPK of the scope, never its drafter)' })
  @ApiCreatedResponse({ type: CommandResult })
  @Problems(
    'INVALID_PLAN_ID',
    'PLAN_NOT_FOUND',
    'OUT_OF_SCOPE',
    'PLAN_APPROVER_REQUIRED',
    'PLAN_SELF_APPROVAL',
    'PLAN_ALREADY_DECIDED',
    'REASON_REQUIRED',
    'REASON_TOO_LONG',
    'STALE_VERSION',
  )
  reject(
    @Param('id', PlanIdPipe) id: string,
    @Body() body: RejectPlanDto,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.plans.reject(id, body.reason, { user, correlationId: String(request.id) });
  }
}
