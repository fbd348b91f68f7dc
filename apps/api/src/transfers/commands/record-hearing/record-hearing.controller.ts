import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { RecordHearingCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { RecordHearingDto } from './record-hearing.dto';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class RecordHearingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/hearing-record')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Record the hearing answer the employee gave on a signed paper form',
    description:
      'For an employee without a login: an operator of the origin or target agency records consent or objection ' +
      '(with the reason) and the sha256 of the signed form. It answers the open hearing like the employee would, ' +
      'and the proposal detail and history show it as recorded on paper (paperForm: formSha256, answeredOn, recordedByUserId). ' +
      'Separation of duties: the operator who proposed or revised the proposal may not record it.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The proposal version you saw' })
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'TASK_NOT_FOUND',
    'TASK_NOT_OPEN',
    'DECISION_NOT_ALLOWED_FOR_TASK',
    'HEARING_DATE_INVALID',
    'INVALID_FORM_HASH',
    'SOD_PROPOSER_CANNOT_DECIDE',
    'REASON_REQUIRED',
    'DOCUMENTS_NOT_UPLOADED',
  )
  record(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: RecordHearingDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordHearingCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
