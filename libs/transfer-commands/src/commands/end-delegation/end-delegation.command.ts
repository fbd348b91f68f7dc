import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';

export class EndDelegationCommand extends Command<{ id: string; endedAt: string }> {
  constructor(
    readonly delegationId: string,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
