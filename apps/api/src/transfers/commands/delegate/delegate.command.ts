import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../common/command-meta';
import type { DelegateDto, DelegationResponse } from './delegate.dto';

export class DelegateCommand extends Command<DelegationResponse> {
  constructor(
    readonly body: DelegateDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
