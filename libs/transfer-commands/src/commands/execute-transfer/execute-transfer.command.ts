import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';

/** Changes the placement on the effective date, after re-checking the employee and the target. */
export class ExecuteTransferCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
