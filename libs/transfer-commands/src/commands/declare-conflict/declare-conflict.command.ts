import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { DeclareConflictRequest } from './declare-conflict.request';

export class DeclareConflictCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: DeclareConflictRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
