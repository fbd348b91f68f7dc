import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { TransferStreams } from '../../common/transfer-streams';
import { EscalateStageCommand } from './escalate-stage.command';

/** Sent by the scheduled job when a stage falls due; the decider refuses it if the stage was decided meanwhile. */
@CommandHandler(EscalateStageCommand)
export class EscalateStageHandler implements ICommandHandler<EscalateStageCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, meta }: EscalateStageCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    const directory = await this.context.directory(transfer.employee.nip, transfer.target.position.id);
    const events = decide(
      {
        type: 'EscalateStage',
        data: {
          reason: null,
          directory,
          actor: { userId: meta.user.username, role: 'scheduler' },
          now: this.clock.now().toISOString(),
        },
      },
      transfer,
    );
    return this.streams.append(transferId, events, transfer.version, meta, 'scheduler');
  }
}
