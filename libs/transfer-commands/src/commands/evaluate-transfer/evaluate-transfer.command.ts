import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { EvaluateTransferRequest } from './evaluate-transfer.request';

export class EvaluateTransferCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: EvaluateTransferRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
