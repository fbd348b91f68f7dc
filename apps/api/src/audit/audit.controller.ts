import { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Min } from 'class-validator';
import { hasRole, type AuthUser } from '@mutasi/identity';
import { AuditExporter, AuditService } from '@mutasi/audit';
import { CodedError } from '@mutasi/errors';
import { TRANSFER_LIST_PROJECTION, transferView } from '@mutasi/projections';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';
import { TransferIdPipe } from '../transfers/common/transfer-id.pipe';
import { TransferQueries } from '../transfers/queries/transfer-queries';
import { TransferHistoryDto } from '../transfers/queries/transfer-view.dto';
import { Problems } from '../http/problems.decorator';

class HistoryQuery {
  @ApiPropertyOptional({ description: 'Wait until the read model includes this log position' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

class ExportQuery {
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'Events recorded at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z', description: 'Events recorded before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({
    description: 'true: add the documents the events refer to, one line each with the content in base64',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  documents?: string;
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
    private readonly exporter: AuditExporter,
    private readonly queries: TransferQueries,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get('transfers/:id/history')
  @ApiOperation({
    summary: 'Every event of a proposal in order, with actor, role, on-behalf-of, reason, hash and previous hash',
  })
  @ApiOkResponse({ type: TransferHistoryDto })
  @Problems('INVALID_TRANSFER_ID', 'TRANSFER_NOT_FOUND')
  async history(@Param('id', TransferIdPipe) id: string, @Query() query: HistoryQuery, @CurrentUser() user: AuthUser) {
    await this.checkAccess(user, id, query.minPosition);
    const events = await this.audit.history(id);
    if (events.length === 0) throw new CodedError('TRANSFER_NOT_FOUND', `No transfer ${id}`);
    return { transferId: id, events };
  }

  @Get('transfers/:id/state')
  @ApiOperation({
    summary:
      'Time travel: the proposal as it stood at an instant (?at=) or a version (?version=), folded from its events',
  })
  @Problems('INVALID_TRANSFER_ID', 'POINT_IN_TIME_REQUIRED', 'TRANSFER_NOT_FOUND')
  async state(@Param('id', TransferIdPipe) id: string, @Query() query: StateQuery, @CurrentUser() user: AuthUser) {
    if ((query.at === undefined) === (query.version === undefined)) {
      throw new CodedError('POINT_IN_TIME_REQUIRED', 'Give exactly one of ?at=<ISO instant> or ?version=<n>');
    }
    await this.checkAccess(user, id, query.minPosition);
    const point = query.at !== undefined ? { at: new Date(query.at) } : { version: query.version as number };
    const state = await this.audit.stateAt(id, point);
    if (state === null) {
      throw new CodedError('TRANSFER_NOT_FOUND', `Transfer ${id} did not exist then`, { transferId: id });
    }
    return transferView(state);
  }

  @Post('audit/verify')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary: 'Recompute every stream’s hash chain (the first broken link if any) and every stored document’s hash',
  })
  verify() {
    return this.audit.verify();
  }

  @Get('audit/export')
  @Roles('auditor', 'admin')
  @ApiProduces('application/x-ndjson')
  @ApiOperation({
    summary: 'The event log as JSON Lines (events as stored, with hashes) and a signed manifest as the last line',
    description:
      'Events recorded in [from, to), stream by stream in version order. The manifest holds the number of events, the ' +
      'sha256 of all event lines before it and an Ed25519 signature (base64) over the canonical JSON of the manifest ' +
      'without its signature; verify it with GET /audit/public-key. With ?documents=true each stored document the exported ' +
      'events refer to follows them as a line {kind: document, sha256, size, mediaType, contentBase64}, covered by the digest.',
  })
  @Problems('INVALID_RANGE')
  export(@Query() query: ExportQuery, @Res() reply: FastifyReply): void {
    const range = {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      documents: query.documents === 'true',
    };
    if (range.from && range.to && range.from >= range.to) {
      throw new CodedError('INVALID_RANGE', 'from must be before to');
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    void reply
      .type('application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="mutasi-audit-${stamp}.jsonl"`)
      .send(Readable.from(this.exporter.lines(range)));
  }

  @Get('audit/public-key')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'The Ed25519 public key (PEM) that verifies audit export manifests' })
  publicKey(): { algorithm: 'Ed25519'; publicKey: string } {
    return { algorithm: 'Ed25519', publicKey: this.exporter.publicKeyPem };
  }

  /** Auditors and administrators read every proposal; others those the read model shows them. */
  private async checkAccess(user: AuthUser, id: string, minPosition: string | undefined): Promise<void> {
    if (hasRole(user, 'auditor', 'admin')) return;
    await this.freshness.waitFor(TRANSFER_LIST_PROJECTION, minPosition);
    await this.queries.visibleState(user, id);
  }
}
