import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { StoredDocuments } from '../../common/stored-documents';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { EvaluateTransferCommand } from './evaluate-transfer.command';

/** After the evaluation period: performance, adaptation, and both units' workload now against the forecast. */
@CommandHandler(EvaluateTransferCommand)
export class EvaluateTransferHandler implements ICommandHandler<EvaluateTransferCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    private readonly stored: StoredDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, body, meta }: EvaluateTransferCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const workload = await this.context.workload(transfer.origin.position.unitId, transfer.target.position.unitId);
    const events = decide(
      {
        type: 'EvaluateTransfer',
        data: {
          performanceScore: body.performanceScore,
          performanceRating: body.performanceRating ?? null,
          adaptation: body.adaptation,
          notes: body.notes ?? '',
          trainingCompleted: body.trainingCompleted ?? null,
          workload,
          documents: plainAttachments(body.documents),
          actor: { userId: meta.user.username, role: 'operator' },
          now: this.clock.now().toISOString(),
        },
      },
      transfer,
    );
    await this.stored.require(body.documents);
    return this.streams.append(transferId, events, transfer.version, meta, 'operator');
  }
}
