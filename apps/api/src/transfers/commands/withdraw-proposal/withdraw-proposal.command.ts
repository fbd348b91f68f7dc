import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { WithdrawProposalDto } from './withdraw-proposal.dto';

export class WithdrawProposalCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: WithdrawProposalDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
