import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { ReviseProposalCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { ReviseProposalDto } from './revise-proposal.dto';
import { Problems, PROPOSAL_REFUSALS, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class ReviseProposalController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/revise')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: 'Revise a returned proposal with new values; it is checked again and the chain restarts' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The proposal version you saw; 409 STALE_VERSION if it moved on',
  })
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    ...PROPOSAL_REFUSALS,
    'EMPLOYEE_MISMATCH',
    'POLICY_MISMATCH',
    'DOCUMENTS_NOT_UPLOADED',
  )
  revise(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: ReviseProposalDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new ReviseProposalCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
