import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';

/** Moves the open tasks of an overdue stage to the holders' superior role (DOMAIN.md §9). */
export class EscalateStageCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
