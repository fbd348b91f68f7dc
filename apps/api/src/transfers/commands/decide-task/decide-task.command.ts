import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { DecideTaskDto } from './decide-task.dto';

export class DecideTaskCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: DecideTaskDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
