import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { EvaluateTransferDto } from './evaluate-transfer.dto';

export class EvaluateTransferCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: EvaluateTransferDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
