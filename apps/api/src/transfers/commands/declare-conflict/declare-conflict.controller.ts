import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { DeclareConflictCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { DeclareConflictDto } from './declare-conflict.dto';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class DeclareConflictController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/conflicts')
  @HttpCode(200)
  @Roles('approver', 'consultant')
  @ApiOperation({
    summary: 'Declare a conflict of interest on a task you hold: the task goes to the superior chain role',
    description:
      'PP 11/2017 Ps 190(5). A holder of an open task (in person, not as a delegate) who has a family or personal interest ' +
      'in the move records it with a reason (ConflictOfInterestDeclared); the task goes to the superior chain role of the same side ' +
      '(unit_head → personnel_head → ppk), as an escalation sends it, and its new holders are told. ' +
      'The declarer decides nothing on the proposal afterwards (403 CONFLICT_OF_INTEREST_DECLARED).',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The proposal version you saw' })
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'TASK_NOT_FOUND',
    'TASK_NOT_OPEN',
    'TASK_NOT_ASSIGNED_TO_YOU',
    'SOD_PROPOSER_CANNOT_DECIDE',
    'SOD_EMPLOYEE_CANNOT_APPROVE',
    'SOD_ALREADY_DECIDED',
    'CONFLICT_OF_INTEREST_DECLARED',
    'CONFLICT_NO_SUPERIOR_ROLE',
    'CHAIN_ROLE_UNRESOLVED',
    'REASON_REQUIRED',
    'REASON_TOO_LONG',
  )
  declare(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: DeclareConflictDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new DeclareConflictCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
