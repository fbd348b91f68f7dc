import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { ExecuteTransferDto, ExecuteTransferResult } from './execute-transfer.dto';

/** Records the decree and executes now when the effective date has come, or schedules the execution. */
export class IssueDecreeCommand extends Command<ExecuteTransferResult> {
  constructor(
    readonly transferId: string,
    readonly body: ExecuteTransferDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
