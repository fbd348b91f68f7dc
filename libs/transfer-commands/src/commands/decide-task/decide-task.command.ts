import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { DecideTaskRequest } from './decide-task.request';

export class DecideTaskCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: DecideTaskRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
