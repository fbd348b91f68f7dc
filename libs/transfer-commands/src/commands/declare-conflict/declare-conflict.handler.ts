import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { actorRoleFor, decide, findTask, type Decider } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { TransferStreams } from '../../common/transfer-streams';
import { DeclareConflictCommand } from './declare-conflict.command';

/**
 * A task holder declares a conflict of interest: the task goes to the superior chain role,
 * resolved against the directory the way the escalation job resolves it.
 */
@CommandHandler(DeclareConflictCommand)
export class DeclareConflictHandler implements ICommandHandler<DeclareConflictCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, body, meta }: DeclareConflictCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    const directory = await this.context.directory(transfer.employee.nip, transfer.target.position.id);
    const { user } = meta;
    const actor: Decider = {
      userId: user.username,
      roles: user.roles,
      positionIds: user.positionIds,
      employeeNip: user.employeeNip,
    };
    const events = decide(
      {
        type: 'DeclareConflict',
        data: { taskId: body.taskId, reason: body.reason, directory, actor, now: this.clock.now().toISOString() },
      },
      transfer,
    );
    const taskType = findTask(transfer, body.taskId)?.task.type ?? 'approval';
    return this.streams.append(transferId, events, transfer.version, meta, actorRoleFor(taskType, user.roles));
  }
}
