import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { RecordHearingRequest } from './record-hearing.request';

export class RecordHearingCommand extends Command<CommandResult> {
  constructor(
    readonly transferId: string,
    readonly body: RecordHearingRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
