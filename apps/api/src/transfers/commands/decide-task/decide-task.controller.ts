import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { DecideTaskCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { DecideTaskDto } from './decide-task.dto';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class DecideTaskController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/decisions')
  @HttpCode(200)
  @Roles('approver', 'consultant', 'employee')
  @ApiOperation({
    summary: 'Decide on an open task: approve/reject/return, consent/objection, recommended/not_recommended',
    description:
      'Separation of duties: the proposer never decides, the employee only answers the hearing, nobody decides twice. ' +
      'A committee task completes with k of n approvals. A delegate passes onBehalfOf. ' +
      'Every decision but the hearing answer carries declaration.noConflictOfInterest = true; ' +
      'who has a conflict declares it with POST /transfers/{id}/conflicts instead.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The proposal version you saw; 409 STALE_VERSION if it moved on',
  })
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'TASK_NOT_FOUND',
    'TASK_NOT_OPEN',
    'TASK_NOT_ASSIGNED_TO_YOU',
    'DECISION_NOT_ALLOWED_FOR_TASK',
    'SOD_PROPOSER_CANNOT_DECIDE',
    'SOD_EMPLOYEE_CANNOT_APPROVE',
    'SOD_ALREADY_DECIDED',
    'CONFLICT_OF_INTEREST_DECLARED',
    'CONFLICT_DECLARATION_REQUIRED',
    'REASON_REQUIRED',
    'REASON_TOO_LONG',
    'CHAIN_ROLE_UNRESOLVED',
    'DOCUMENT_MISSING',
  )
  decide(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: DecideTaskDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new DecideTaskCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
