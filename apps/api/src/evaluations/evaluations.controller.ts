import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { isCalendarDate } from '@mutasi/calendar';
import { CodedError } from '@mutasi/errors';
import type { AuthUser } from '@mutasi/identity';
import { PG_POOL } from '@mutasi/platform';
import { evaluationSummary, trainingNeedsOfExecutedMoves } from '@mutasi/projections';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { scopedAgencies } from '../common/scope';
import { Problems } from '../http/problems.decorator';
import { EvaluationSummaryDto, EvaluationSummaryQuery, TrainingNeedsDto, TrainingNeedsQuery } from './evaluations.dto';

function calendarDate(field: 'from' | 'to', text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  if (!isCalendarDate(text)) {
    throw new CodedError('INVALID_DATE', `${field} must be a date YYYY-MM-DD`, { field, value: text });
  }
  return text;
}

/** The evaluation loop: forecast against outcome, and the training needs moves left open. */
@ApiTags('evaluations')
@ApiBearerAuth()
@Roles('operator', 'approver', 'consultant', 'auditor', 'admin')
@Controller()
export class EvaluationsController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get('evaluations/summary')
  @ApiOperation({
    summary: 'Per agency and reason: evaluated moves, units in band C as forecast and as measured, promises kept',
    description:
      'A move promised when its forecast brought a unit’s EJ nearer to band C (0.70–0.89) or kept it inside; it kept ' +
      'its promise when every promised unit’s EJ measured at the evaluation is nearer to band C than before, or inside.',
  })
  @ApiOkResponse({ type: EvaluationSummaryDto })
  @Problems('OUT_OF_SCOPE', 'INVALID_DATE', 'INVALID_DATE_RANGE')
  async summary(@Query() query: EvaluationSummaryQuery, @CurrentUser() user: AuthUser): Promise<EvaluationSummaryDto> {
    const from = calendarDate('from', query.from);
    const to = calendarDate('to', query.to);
    if (from !== null && to !== null && from > to) {
      throw new CodedError('INVALID_DATE_RANGE', 'from must not be after to', { from, to });
    }
    const agencyIds = scopedAgencies(user, query.agencyId);
    return { from, to, items: await evaluationSummary(this.pool, { agencyIds, from, to }) };
  }

  @Get('training-needs')
  @ApiOperation({
    summary: 'Training needs of executed moves into the agency: open until the evaluation says the training took place',
  })
  @ApiOkResponse({ type: TrainingNeedsDto })
  @Problems('OUT_OF_SCOPE')
  async trainingNeeds(@Query() query: TrainingNeedsQuery, @CurrentUser() user: AuthUser): Promise<TrainingNeedsDto> {
    const agencyIds = scopedAgencies(user, query.agencyId);
    return { items: await trainingNeedsOfExecutedMoves(this.pool, agencyIds, query.status ?? 'open') };
  }
}
