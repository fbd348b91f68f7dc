import { Command } from '@nestjs/cqrs';
import type { PlanReference } from '@mutasi/transfers';
import type { CommandMeta } from '../../common/command-meta';
import type { CommandResult } from '../../common/command-result';
import type { ProposeTransferRequest } from './propose-transfer.request';

/**
 * A proposal whose id is derived, so it is made once: from a transfer plan (the plan and the move)
 * or in the demo history (without a plan).
 */
export interface PlannedProposal {
  transferId: string;
  plan: PlanReference | null;
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
