import { Readable } from 'node:stream';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { MAX_WISHES } from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../auth/auth.decorators';
import { WishDto } from './aspiration.dto';
import { AspirationsService } from '@mutasi/planner-commands';
import { Problems } from '../http/problems.decorator';

function wishRank(value: string): number {
  if (!/^\d{1,2}$/.test(value)) {
    throw new CodedError(
      'ASPIRATION_RANK_OUT_OF_RANGE',
      `Urutan keinginan harus 1 sampai ${MAX_WISHES} / A wish's rank must be 1 to ${MAX_WISHES}`,
    );
  }
  return Number(value);
}

@ApiTags('aspirations')
@ApiBearerAuth()
@Controller()
export class AspirationsController {
  constructor(private readonly aspirations: AspirationsService) {}

  @Get('employees/:nip/aspirations')
  @Roles('employee', 'operator', 'approver', 'auditor', 'admin')
  @ApiOperation({
    summary: "An employee's current wishes (up to three, in order)",
    description:
      'The employee sees their own; operators and approvers those of their agencies; auditors and admins all.',
  })
  @Problems('EMPLOYEE_NOT_FOUND', 'OUT_OF_SCOPE')
  list(@Param('nip') nip: string, @CurrentUser() user: AuthUser) {
    return this.aspirations.list(nip, user);
  }

  @Put('employees/:nip/aspirations/:rank')
  @Roles('employee')
  @ApiParam({ name: 'rank', description: `1 to ${MAX_WISHES}` })
  @ApiOperation({
    summary: 'State (or replace) wish number {rank}: a unit or a position, with a short reason',
    description:
      'Own record only (403 NOT_OWN_RECORD). Records AspirationStated; stating the same wish again changes nothing.',
  })
  @Problems(
    'NOT_OWN_RECORD',
    'EMPLOYEE_NOT_FOUND',
    'UNIT_NOT_FOUND',
    'POSITION_NOT_FOUND',
    'ASPIRATION_POSITION_NOT_IN_UNIT',
    'ASPIRATION_RANK_OUT_OF_RANGE',
    'ASPIRATION_TARGET_REQUIRED',
    'ASPIRATION_DUPLICATE',
    'REASON_TOO_LONG',
    'STALE_VERSION',
  )
  state(
    @Param('nip') nip: string,
    @Param('rank') rank: string,
    @Body() body: WishDto,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.aspirations.state(
      nip,
      { rank: wishRank(rank), unitId: body.unitId ?? null, positionId: body.positionId ?? null, reason: body.reason },
      { user, correlationId: String(request.id) },
    );
  }

  @Delete('employees/:nip/aspirations/:rank')
  @Roles('employee')
  @ApiOperation({ summary: 'Withdraw wish number {rank} (own record only); records AspirationWithdrawn' })
  @Problems('NOT_OWN_RECORD', 'ASPIRATION_NOT_FOUND', 'ASPIRATION_RANK_OUT_OF_RANGE', 'STALE_VERSION')
  withdraw(
    @Param('nip') nip: string,
    @Param('rank') rank: string,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.aspirations.withdraw(nip, wishRank(rank), { user, correlationId: String(request.id) });
  }

  @Post('imports/aspirations')
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOperation({
    summary: "Import employees' wishes (aspirations.csv: nip,rank,unitId,positionId,reason)",
    description:
      'For employees of your agencies. All-or-nothing unless ?partial=true (422 IMPORT_REJECTED lists every rejected row). ' +
      'Each row states wish number `rank` as AspirationStated; a row stating what is already stated changes nothing.',
  })
  @ApiQuery({ name: 'partial', required: false, type: Boolean })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @Problems(
    'UNSUPPORTED_MEDIA_TYPE',
    'VALIDATION_FAILED',
    'CSV_HEADER_INVALID',
    'MALFORMED_CSV',
    'EMPTY_FILE',
    'IMPORT_REJECTED',
    'BODY_TOO_LARGE',
  )
  import(
    @Query('partial') partial: string | undefined,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ) {
    if (!(body instanceof Readable)) {
      throw new CodedError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as the request body with Content-Type: text/csv');
    }
    if (partial !== undefined && partial !== 'true' && partial !== 'false') {
      throw new CodedError('VALIDATION_FAILED', 'partial must be true or false');
    }
    return this.aspirations.import(body, partial === 'true', { user, correlationId: String(request.id) });
  }
}
