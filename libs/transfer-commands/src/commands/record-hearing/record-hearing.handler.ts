import { jakartaDate } from '@mutasi/calendar';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide, type TransferConfig } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { TRANSFER_CONFIG } from '../../common/transfer-config.provider';
import { StoredDocuments } from '../../common/stored-documents';
import { assertProposalInScope } from '../../common/transfer-scope';
import { TransferStreams } from '../../common/transfer-streams';
import { RecordHearingCommand } from './record-hearing.command';

/** An operator of the proposal's agencies records the hearing answer the employee gave on paper. */
@CommandHandler(RecordHearingCommand)
export class RecordHearingHandler implements ICommandHandler<RecordHearingCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    private readonly stored: StoredDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRANSFER_CONFIG) private readonly config: TransferConfig,
  ) {}

  async execute({ transferId, body, meta }: RecordHearingCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const now = this.clock.now().toISOString();
    const { user } = meta;
    const workload = await this.context.workload(transfer.origin.position.unitId, transfer.target.position.unitId);
    const events = decide(
      {
        type: 'RecordHearing',
        data: {
          taskId: body.taskId,
          answer: body.answer,
          reason: body.reason ?? null,
          formSha256: body.formSha256,
          answeredOn: body.answeredOn ?? jakartaDate(now),
          recorder: {
            userId: user.username,
            roles: user.roles,
            positionIds: user.positionIds,
            employeeNip: user.employeeNip,
          },
          workload,
          now,
        },
      },
      transfer,
      this.config,
    );
    await this.stored.require([{ sha256: body.formSha256 }]);
    return this.streams.append(transferId, events, transfer.version, meta, 'operator');
  }
}
