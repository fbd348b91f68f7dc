import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { IssueDecreeRequest } from './issue-decree.request';
import type { IssueDecreeResult } from './issue-decree.result';

/** Records the decree and executes now when the effective date has come, or schedules the execution. */
export class IssueDecreeCommand extends Command<IssueDecreeResult> {
  constructor(
    readonly transferId: string,
    readonly body: IssueDecreeRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
