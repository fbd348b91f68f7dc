import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';

/**
 * Brings the employee of a temporary assignment home on the end date: sent by the scheduled job
 * (`scheduler`), or by an operator of either agency when the job could not (`operator`).
 */
export class ReturnFromAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly meta: CommandMeta,
    readonly by: 'scheduler' | 'operator' = 'scheduler',
  ) {
    super();
  }
}
