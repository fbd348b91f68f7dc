import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { TransferStreams } from '../../common/transfer-streams';
import { ExecuteTransferCommand } from './execute-transfer.command';
import { executeTransferCommand } from './execution-check';

/** Sent by the scheduled job on the effective date; re-checks everything against the master data now. */
@CommandHandler(ExecuteTransferCommand)
export class ExecuteTransferHandler implements ICommandHandler<ExecuteTransferCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, meta }: ExecuteTransferCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    const actor = { userId: meta.user.username, role: 'scheduler' };
    const command = await executeTransferCommand(transfer, this.context, actor, this.clock.now().toISOString());
    const events = decide(command, transfer);
    return this.streams.append(transferId, events, transfer.version, meta, 'scheduler');
  }
}
