import { jakartaDate } from '@mutasi/calendar';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@mutasi/platform';
import { decide, decisionActor, type Decider } from '@mutasi/transfers';
import type { CommandResult } from '../../common/command-result';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { StoredDocuments } from '../../common/stored-documents';
import { TransferStreams } from '../../common/transfer-streams';
import { StandingDelegations } from '../delegate/standing-delegations';
import { DecideTaskCommand } from './decide-task.command';

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
    const actor: Decider = {
      userId: user.username,
      roles: user.roles,
      positionIds: user.positionIds,
      employeeNip: user.employeeNip,
    };
    const events = decide(
      {
        type: 'DecideTask',
        data: {
          taskId: body.taskId,
          decision: body.decision,
          reason: body.reason ?? null,
          actor,
          onBehalfOf,
          workload,
          documents: plainAttachments(body.documents),
          declaration: body.declaration ? { noConflictOfInterest: body.declaration.noConflictOfInterest } : null,
          now,
        },
      },
      transfer,
    );
    await this.stored.require(body.documents);
    const { actorRole, onBehalfOfUserId } = decisionActor(events, actor);
    return this.streams.append(transferId, events, transfer.version, meta, actorRole, onBehalfOfUserId);
  }
}
