import { Readable } from 'node:stream';
import { Body, Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { agencyScope, hasRole, type AuthUser } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';
import { CSV_KINDS, isCsvKind, MasterDataImporter, type CsvKind, type ImportResult } from '@mutasi/workforce';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../auth/auth.decorators';
import { Problems } from '../http/problems.decorator';

const ADMIN_ONLY: CsvKind[] = ['regions', 'agencies', 'users', 'region-calendars'];

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly importer: MasterDataImporter) {}

  @Post(':kind')
  @HttpCode(200)
  @Roles('admin', 'operator')
  @ApiOperation({
    summary: 'Import a master-data CSV file (PRODUCT.md §6)',
    description:
      'All-or-nothing by default: one rejected row rejects the file (422 IMPORT_REJECTED, listing every rejected row). ' +
      'With ?partial=true the valid rows are kept. Rows are upserted by key, so importing the same file again changes nothing. ' +
      'Regions, agencies, users and region calendars (region-calendars.csv) are imported by administrators; operators import units, positions, workload figures (workload.csv: positionId,year,annualWorkloadMinutes) and employees of their agencies.',
  })
  @ApiParam({ name: 'kind', enum: CSV_KINDS })
  @ApiQuery({ name: 'partial', required: false, type: Boolean })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @Problems(
    'UNKNOWN_IMPORT_KIND',
    'UNSUPPORTED_MEDIA_TYPE',
    'VALIDATION_FAILED',
    'IMPORT_NOT_ALLOWED',
    'EMPTY_FILE',
    'MALFORMED_CSV',
    'INVALID_HEADER',
    'IMPORT_REJECTED',
    'BODY_TOO_LARGE',
  )
  async import(
    @Param('kind') kind: string,
    @Query('partial') partial: string | undefined,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<ImportResult> {
    if (!isCsvKind(kind)) {
      throw new CodedError('UNKNOWN_IMPORT_KIND', `There is no import of ${kind}; use one of ${CSV_KINDS.join(', ')}`);
    }
    if (!(body instanceof Readable)) {
      throw new CodedError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as the request body with Content-Type: text/csv');
    }
    if (partial !== undefined && partial !== 'true' && partial !== 'false') {
      throw new CodedError('VALIDATION_FAILED', 'partial must be true or false');
    }
    if (ADMIN_ONLY.includes(kind) && !hasRole(user, 'admin')) {
      throw new CodedError('IMPORT_NOT_ALLOWED', `Only administrators import ${kind}`);
    }
    return this.importer.import(kind, body, {
      partial: partial === 'true',
      actor: {
        userId: user.username,
        role: hasRole(user, 'admin') ? 'admin' : 'operator',
        agencyScope: agencyScope(user),
        correlationId: String(request.id),
      },
    });
  }
}
