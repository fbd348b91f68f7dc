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
      'A committee task completes with k of n approvals. A delegate passes onBehalfOf.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The proposal version you saw; 409 STALE_VERSION if it moved on',
  })
  @ApiOkResponse({ type: CommandResult })
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
