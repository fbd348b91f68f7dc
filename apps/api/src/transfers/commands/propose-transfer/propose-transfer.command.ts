import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ProposeTransferDto } from './propose-transfer.dto';

export class ProposeTransferCommand extends Command<CommandResult> {
  constructor(
    readonly body: ProposeTransferDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
