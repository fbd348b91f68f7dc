import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { WithdrawProposalCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { WithdrawProposalDto } from './withdraw-proposal.dto';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class WithdrawProposalController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: 'Withdraw a proposal (any time before it is executed), with a reason' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The proposal version you saw; 409 STALE_VERSION if it moved on',
  })
  @ApiOkResponse({ type: CommandResult })
  @Problems(...TRANSFER_COMMAND_REFUSALS, 'REASON_REQUIRED', 'REASON_TOO_LONG')
  withdraw(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: WithdrawProposalDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new WithdrawProposalCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
