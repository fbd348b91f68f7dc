import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ExtendAssignmentRequest } from './assignment-decree.request';

/** Records the decree extending a temporary assignment; the automatic return moves to the new end date. */
export class ExtendAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: ExtendAssignmentRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
