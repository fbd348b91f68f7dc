import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { AssignmentDecreeRequest } from '../extend-assignment/assignment-decree.request';

/** Records the decree making a temporary assignment a permanent transfer; no return follows. */
export class ConvertAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: AssignmentDecreeRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
