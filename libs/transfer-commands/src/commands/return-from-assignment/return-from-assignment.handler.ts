import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { TransferStreams } from '../../common/transfer-streams';
import { assertProposalInScope } from '../../common/transfer-scope';
import { ReturnFromAssignmentCommand } from './return-from-assignment.command';

/** Re-checks on the day, against the master data now, that the employee still holds the host position. */
@CommandHandler(ReturnFromAssignmentCommand)
export class ReturnFromAssignmentHandler implements ICommandHandler<ReturnFromAssignmentCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, meta, by }: ReturnFromAssignmentCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    if (by === 'operator') assertProposalInScope(meta.user, transfer.origin.agency.id, transfer.target.agency.id);
    const { employee } = await this.context.executionCheck(
      transfer.employeeNip,
      transfer.targetPositionId,
      transfer.target.position.unitId,
    );
    const events = decide(
      {
        type: 'ReturnFromAssignment',
        data: { employee, actor: { userId: meta.user.username, role: by }, now: this.clock.now().toISOString() },
      },
      transfer,
    );
    return this.streams.append(transferId, events, transfer.version, meta, by);
  }
}
