import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ReviseProposalDto } from './revise-proposal.dto';

export class ReviseProposalCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: ReviseProposalDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
