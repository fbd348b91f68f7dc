import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { WithdrawProposalRequest } from './withdraw-proposal.request';

export class WithdrawProposalCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: WithdrawProposalRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
