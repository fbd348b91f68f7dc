import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide, initialState } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { ProposeTransferCommand } from './propose-transfer.command';

@CommandHandler(ProposeTransferCommand)
export class ProposeTransferHandler implements ICommandHandler<ProposeTransferCommand> {
  constructor(
    private readonly context: ProposalContextLoader,
    private readonly streams: TransferStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, meta, planned }: ProposeTransferCommand): Promise<CommandResult> {
    const input = await this.context.proposalInput(body.employeeNip, body.targetPositionId, {
      reason: body.reason,
      requestedEffectiveDate: body.requestedEffectiveDate,
      attachments: plainAttachments(body.attachments) ?? [],
    });
    assertProposalInScope(meta.user, input.origin.agency.id, input.target.agency.id);
    const transferId = planned?.transferId ?? randomUUID();
    const events = decide(
      {
        type: 'ProposeTransfer',
        data: {
          ...input,
          transferId,
          proposer: { userId: meta.user.username, role: 'operator' },
          now: this.clock.now().toISOString(),
          ...(planned ? { plan: planned.plan } : {}),
        },
      },
      initialState,
    );
    return this.streams.append(transferId, events, 0, meta, 'operator');
  }
}
