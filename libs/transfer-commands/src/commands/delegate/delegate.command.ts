import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { DelegateRequest } from './delegate.request';
import type { DelegateResult } from './delegate.result';

export class DelegateCommand extends Command<DelegateResult> {
  constructor(
    readonly body: DelegateRequest,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
