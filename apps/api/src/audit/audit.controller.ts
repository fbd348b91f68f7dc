import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Min } from 'class-validator';
import { hasRole, type AuthUser } from '@mutasi/identity';
import { AuditService } from '@mutasi/audit';
import { ProblemException } from '@mutasi/platform';
import { TRANSFER_LIST_PROJECTION, transferView } from '@mutasi/projections';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';
import { TransferIdPipe } from '../transfers/common/transfer-id.pipe';
import { TransferQueries } from '../transfers/queries/transfer-queries';

class HistoryQuery {
  @ApiPropertyOptional({ description: 'Wait until the read model includes this log position' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

class StateQuery extends HistoryQuery {
  @ApiPropertyOptional({ example: '2026-11-23T03:00:00Z', description: 'The instant to show the proposal at' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ description: 'The stream version to show the proposal at' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly queries: TransferQueries,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get('transfers/:id/history')
  @ApiOperation({
    summary: 'Every event of a proposal in order, with actor, role, on-behalf-of, reason, hash and previous hash',
  })
  async history(@Param('id', TransferIdPipe) id: string, @Query() query: HistoryQuery, @CurrentUser() user: AuthUser) {
    await this.checkAccess(user, id, query.minPosition);
    const events = await this.audit.history(id);
    if (events.length === 0) throw new ProblemException(404, 'TRANSFER_NOT_FOUND', `No transfer ${id}`);
    return { transferId: id, events };
  }

  @Get('transfers/:id/state')
  @ApiOperation({
    summary:
      'Time travel: the proposal as it stood at an instant (?at=) or a version (?version=), folded from its events',
  })
  async state(@Param('id', TransferIdPipe) id: string, @Query() query: StateQuery, @CurrentUser() user: AuthUser) {
    if ((query.at === undefined) === (query.version === undefined)) {
      throw new ProblemException(
        400,
        'POINT_IN_TIME_REQUIRED',
        'Give exactly one of ?at=<ISO instant> or ?version=<n>',
      );
    }
    await this.checkAccess(user, id, query.minPosition);
    const point = query.at !== undefined ? { at: new Date(query.at) } : { version: query.version as number };
    const state = await this.audit.stateAt(id, point);
    if (state === null) {
      throw new ProblemException(404, 'TRANSFER_NOT_FOUND', `Transfer ${id} did not exist then`, { transferId: id });
    }
    return transferView(state);
  }

  @Post('audit/verify')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary: 'Recompute every stream’s hash chain; the first broken link if any',
  })
  verify() {
    return this.audit.verify();
  }

  /** Auditors and administrators read every proposal; others those the read model shows them. */
  private async checkAccess(user: AuthUser, id: string, minPosition: string | undefined): Promise<void> {
    if (hasRole(user, 'auditor', 'admin')) return;
    await this.freshness.waitFor(TRANSFER_LIST_PROJECTION, minPosition);
    await this.queries.visibleState(user, id);
  }
}
