import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ProposeTransferRequest } from './propose-transfer.request';

export class ProposeTransferCommand extends Command<CommandResult> {
  constructor(
    readonly body: ProposeTransferRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
