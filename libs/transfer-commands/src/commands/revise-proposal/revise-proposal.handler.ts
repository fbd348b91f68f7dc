import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { PendingProposalsReader } from '@mutasi/projections';
import { decide, type TransferConfig } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { StoredDocuments } from '../../common/stored-documents';
import { TRANSFER_CONFIG } from '../../common/transfer-config.provider';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { ReviseProposalCommand } from './revise-proposal.command';

/** A returned proposal with new values, checked again against today's master data; the chain restarts. */
@CommandHandler(ReviseProposalCommand)
export class ReviseProposalHandler implements ICommandHandler<ReviseProposalCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    private readonly stored: StoredDocuments,
    private readonly pendingProposals: PendingProposalsReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRANSFER_CONFIG) private readonly config: TransferConfig,
  ) {}

  async execute({ transferId, body, meta }: ReviseProposalCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const input = await this.context.proposalInput(
      transfer.employeeNip,
      body.targetPositionId ?? transfer.targetPositionId,
      {
        reason: body.reason ?? transfer.reason,
        requestedEffectiveDate: body.requestedEffectiveDate ?? transfer.requestedEffectiveDate,
        attachments: plainAttachments(body.attachments) ?? transfer.attachments,
        followsSpouse: body.followsSpouse ?? transfer.followsSpouse ?? false,
        ...temporaryOf(body.temporary === undefined ? transfer.temporary : body.temporary),
        ministerialApproval:
          body.ministerialApproval === undefined ? (transfer.ministerialApproval ?? null) : body.ministerialApproval,
      },
    );
    assertProposalInScope(meta.user, input.origin.agency.id, input.target.agency.id);
    const pending = await this.pendingProposals.read(input.employee.nip, input.target.position.id, {
      excludeTransferId: transferId,
    });
    const events = decide(
      {
        type: 'ReviseProposal',
        data: {
          ...input,
          pending,
          actor: { userId: meta.user.username, role: 'operator' },
          now: this.clock.now().toISOString(),
        },
      },
      transfer,
      this.config,
    );
    await this.stored.require(body.attachments);
    return this.streams.append(transferId, events, transfer.version, meta, 'operator');
  }
}

/** The revision's temporary assignment: the one sent, or the proposal's own when none was sent. */
function temporaryOf(temporary: { endDate: string } | null | undefined): { temporary?: { endDate: string } } {
  return temporary ? { temporary: { endDate: temporary.endDate } } : {};
}
