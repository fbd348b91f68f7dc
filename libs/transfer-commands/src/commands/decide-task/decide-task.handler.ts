import { jakartaDate } from '@mutasi/calendar';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { hasRole, type AuthUser } from '@mutasi/identity';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide, findTask, type DecisionEvent, type TaskType } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { StoredDocuments } from '../../common/stored-documents';
import { TransferStreams } from '../../common/transfer-streams';
import { StandingDelegations } from '../delegate/standing-delegations';
import { DecideTaskCommand } from './decide-task.command';

/** The role a decision is recorded under. */
function actorRole(type: TaskType | undefined, user: AuthUser): string {
  if (type === 'hearing') return 'employee';
  if (type === 'consultation' && hasRole(user, 'consultant')) return 'consultant';
  return hasRole(user, 'approver') ? 'approver' : (user.roles[0] ?? 'unknown');
}

/**
 * Any task kind: the hearing, a consultation, an approval (k-of-n committees included). The
 * decision records both units' workload as the decider sees it now.
 */
@CommandHandler(DecideTaskCommand)
export class DecideTaskHandler implements ICommandHandler<DecideTaskCommand> {
  constructor(
    private readonly streams: TransferStreams,
    private readonly context: ProposalContextLoader,
    private readonly delegations: StandingDelegations,
    private readonly stored: StoredDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ transferId, body, meta }: DecideTaskCommand): Promise<CommandResult> {
    const transfer = await this.streams.loadExisting(transferId, meta);
    const now = this.clock.now().toISOString();
    const { user } = meta;
    const [onBehalfOf, workload] = await Promise.all([
      body.onBehalfOf ? this.delegations.principalFor(user.username, body.onBehalfOf, jakartaDate(now)) : null,
      this.context.workload(transfer.origin.position.unitId, transfer.target.position.unitId),
    ]);
    const events = decide(
      {
        type: 'DecideTask',
        data: {
          taskId: body.taskId,
          decision: body.decision,
          reason: body.reason ?? null,
          actor: {
            userId: user.username,
            roles: user.roles,
            positionIds: user.positionIds,
            employeeNip: user.employeeNip,
          },
          onBehalfOf,
          workload,
          documents: plainAttachments(body.documents),
          now,
        },
      },
      transfer,
    );
    await this.stored.require(body.documents);
    const decision = events[0] as DecisionEvent;
    const role = actorRole(findTask(transfer, body.taskId)?.task.type, user);
    return this.streams.append(transferId, events, transfer.version, meta, role, decision.data.onBehalfOfUserId);
  }
}
