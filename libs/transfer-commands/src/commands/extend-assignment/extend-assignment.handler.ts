import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide, type TransferConfig } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { TRANSFER_CONFIG } from '../../common/transfer-config.provider';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { ExtendAssignmentCommand } from './extend-assignment.command';

/** An operator of either agency records the extension decree, before the end date. */
@CommandHandler(ExtendAssignmentCommand)
export class ExtendAssignmentHandler implements ICommandHandler<ExtendAssignmentCommand> {
  constructor(
    private readonly streams: TransferStreams,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRANSFER_CONFIG) private readonly config: TransferConfig,
  ) {}

  async execute({ transferId, body, meta }: ExtendAssignmentCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const events = decide(
      {
        type: 'ExtendAssignment',
        data: {
          endDate: body.endDate,
          reason: body.reason,
          decreeNumber: body.decreeNumber,
          decreeDate: body.decreeDate,
          actor: { userId: meta.user.username, role: 'operator' },
          now: this.clock.now().toISOString(),
        },
      },
      transfer,
      this.config,
    );
    return this.streams.append(transferId, events, transfer.version, meta, 'operator');
  }
}
