import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { PendingProposalsReader } from '@mutasi/projections';
import { decide, initialState, type TransferConfig } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { EmployeeProposalLock } from '../../common/employee-proposal-lock';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { StoredDocuments } from '../../common/stored-documents';
import { TRANSFER_CONFIG } from '../../common/transfer-config.provider';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { ProposeTransferCommand } from './propose-transfer.command';

/**
 * Proposes under the employee's lock: the open proposals are read and the new one appended in one
 * transaction, so two proposals for one employee never both pass OPEN_PROPOSAL_EXISTS.
 */
@CommandHandler(ProposeTransferCommand)
export class ProposeTransferHandler implements ICommandHandler<ProposeTransferCommand> {
  constructor(
    private readonly context: ProposalContextLoader,
    private readonly pendingProposals: PendingProposalsReader,
    private readonly lock: EmployeeProposalLock,
    private readonly streams: TransferStreams,
    private readonly stored: StoredDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRANSFER_CONFIG) private readonly config: TransferConfig,
  ) {}

  async execute({ body, meta, planned }: ProposeTransferCommand): Promise<CommandResult> {
    const input = await this.context.proposalInput(body.employeeNip, body.targetPositionId, {
      reason: body.reason,
      requestedEffectiveDate: body.requestedEffectiveDate,
      attachments: plainAttachments(body.attachments) ?? [],
      followsSpouse: body.followsSpouse ?? false,
      ...(body.temporary ? { temporary: body.temporary } : {}),
      ministerialApproval: body.ministerialApproval ?? null,
    });
    assertProposalInScope(meta.user, input.origin.agency.id, input.target.agency.id);
    const transferId = planned?.transferId ?? randomUUID();
    return this.lock.run(input.employee.nip, async (sql) => {
      const pending = await this.pendingProposals.read(input.employee.nip, input.target.position.id, { sql });
      const events = decide(
        {
          type: 'ProposeTransfer',
          data: {
            ...input,
            pending,
            transferId,
            proposer: { userId: meta.user.username, role: 'operator' },
            now: this.clock.now().toISOString(),
            ...(planned?.plan ? { plan: planned.plan } : {}),
          },
        },
        initialState,
        this.config,
      );
      await this.stored.require(input.attachments);
      return this.streams.append(transferId, events, 0, meta, 'operator');
    });
  }
}
