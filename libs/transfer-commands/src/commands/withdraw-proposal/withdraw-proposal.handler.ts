import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { WithdrawProposalCommand } from './withdraw-proposal.command';

@CommandHandler(WithdrawProposalCommand)
export class WithdrawProposalHandler implements ICommandHandler<WithdrawProposalCommand> {
  constructor(
    private readonly streams: TransferStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, body, meta }: WithdrawProposalCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const events = decide(
      {
        type: 'WithdrawProposal',
        data: {
          reason: body.reason,
          actor: { userId: meta.user.username, role: 'operator' },
          now: this.clock.now().toISOString(),
        },
      },
      transfer,
    );
    return this.streams.append(transferId, events, transfer.version, meta, 'operator');
  }
}
