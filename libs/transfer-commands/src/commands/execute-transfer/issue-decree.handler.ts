import { jakartaDate } from '@mutasi/calendar';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import {
  decide,
  DomainError,
  evolve,
  type Transfer,
  type TransferDecreeIssued,
  type TransferEvent,
} from '@mutasi/transfers';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { StoredDocuments } from '../../common/stored-documents';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { executeTransferCommand } from './execution-check';
import { IssueDecreeCommand } from './issue-decree.command';
import type { ExecutionRefusal, IssueDecreeResult } from './issue-decree.result';

type Actor = { userId: string; role: string };

/**
 * Records the decree (TransferDecreeIssued). On or after the effective date the transfer is
 * executed in the same append, right after the decree; a refused re-check leaves it
 * DECREE_ISSUED and says why. An effective date ahead is scheduled by the worker from the log.
 * On a proposal already DECREE_ISSUED it tries the execution again (refusals are 422).
 */
@CommandHandler(IssueDecreeCommand)
export class IssueDecreeHandler implements ICommandHandler<IssueDecreeCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    private readonly stored: StoredDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, body, meta }: IssueDecreeCommand): Promise<IssueDecreeResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const now = this.clock.now().toISOString();
    const actor: Actor = { userId: meta.user.username, role: 'operator' };
    if (transfer.status === 'DECREE_ISSUED') {
      const events = decide(await executeTransferCommand(transfer, this.context, actor, now), transfer);
      const result = await this.streams.append(transferId, events, transfer.version, meta, 'operator');
      return { ...result, status: 'EXECUTED', scheduledFor: null, executionRefused: null };
    }
    const [decree] = decide(
      { type: 'IssueDecree', data: { ...body, documents: plainAttachments(body.documents), actor, now } },
      transfer,
    ) as [TransferDecreeIssued];
    await this.stored.require(body.documents);
    const { effectiveDate } = decree.data;
    if (effectiveDate > jakartaDate(now)) {
      // The worker schedules the execution from the log (ExecutionSchedulingProjection).
      const result = await this.streams.append(transferId, [decree], transfer.version, meta, 'operator');
      return { ...result, status: 'DECREE_ISSUED', scheduledFor: effectiveDate, executionRefused: null };
    }
    const execution = await this.tryExecution(evolve(transfer, decree), actor, now);
    if ('code' in execution) {
      const result = await this.streams.append(transferId, [decree], transfer.version, meta, 'operator');
      return { ...result, status: 'DECREE_ISSUED', scheduledFor: null, executionRefused: execution };
    }
    const result = await this.streams.append(transferId, [decree, ...execution], transfer.version, meta, 'operator');
    return { ...result, status: 'EXECUTED', scheduledFor: null, executionRefused: null };
  }

  private async tryExecution(
    decreed: Transfer,
    actor: Actor,
    now: string,
  ): Promise<TransferEvent[] | ExecutionRefusal> {
    const command = await executeTransferCommand(decreed, this.context, actor, now);
    try {
      return decide(command, decreed);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'rule') throw error;
      return { code: error.code, message: error.message };
    }
  }
}
