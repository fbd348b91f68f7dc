import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { IssueDecreeCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { ExecuteTransferDto, ExecuteTransferResult } from './execute-transfer.dto';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class ExecuteTransferController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/execute')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Record the decree (SK) and execute on the effective date',
    description:
      'An effective date ahead schedules the execution for that day (Asia/Jakarta); on the day or after, the transfer is executed at once, ' +
      'after re-checking that the employee is active in the origin position and the target position still short. ' +
      'On a DECREE_ISSUED proposal, tries the execution again.',
  })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkResponse({ type: ExecuteTransferResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'DECREE_NUMBER_REQUIRED',
    'MINISTERIAL_APPROVAL_UNCONFIRMED',
    'EFFECTIVE_DATE_BEFORE_DECREE',
    'ASSIGNMENT_END_DATE_INVALID',
    'INVALID_DATE',
    'EXECUTION_TOO_EARLY',
    'EXECUTION_EMPLOYEE_INACTIVE',
    'EXECUTION_EMPLOYEE_MOVED',
    'EXECUTION_NO_SHORTAGE',
    'DOCUMENT_MISSING',
    'DOCUMENTS_NOT_UPLOADED',
  )
  execute(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: ExecuteTransferDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<ExecuteTransferResult> {
    return this.commands.execute(new IssueDecreeCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
