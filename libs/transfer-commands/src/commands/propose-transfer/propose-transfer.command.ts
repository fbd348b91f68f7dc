import { Command } from '@nestjs/cqrs';
import type { PlanReference } from '@mutasi/transfers';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ProposeTransferRequest } from './propose-transfer.request';

/** A proposal made from a transfer plan: its id is derived from the plan and the move, so it is made once. */
export interface PlannedProposal {
  transferId: string;
  plan: PlanReference;
}

export class ProposeTransferCommand extends Command<CommandResult> {
  constructor(
    readonly body: ProposeTransferRequest,
    readonly meta: CommandMeta,
    readonly planned: PlannedProposal | null = null,
  ) {
    super();
  }
}
