import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ReviseProposalRequest } from './revise-proposal.request';

export class ReviseProposalCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: ReviseProposalRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
