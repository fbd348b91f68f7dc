import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CodedError } from '@mutasi/errors';
import { CLOCK, type Clock } from '@mutasi/platform';
import { StandingDelegations } from '../delegate/standing-delegations';
import { EndDelegationCommand } from './end-delegation.command';

/**
 * The official ends their standing delegation before its last day: from now on the delegate no
 * longer sees the official's tasks nor decides them on their behalf. Decisions already taken stand.
 */
@CommandHandler(EndDelegationCommand)
export class EndDelegationHandler implements ICommandHandler<EndDelegationCommand> {
  constructor(
    private readonly delegations: StandingDelegations,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ delegationId, meta }: EndDelegationCommand): Promise<{ id: string; endedAt: string }> {
    const delegation = await this.delegations.find(delegationId);
    if (delegation === null || delegation.delegatorUserId !== meta.user.username) {
      throw new CodedError(
        'DELEGATION_NOT_GIVEN',
        `Anda tidak memberikan delegasi ${delegationId} / You gave no delegation ${delegationId}`,
        {
          delegationId,
        },
      );
    }
    const now = this.clock.now();
    if (!(await this.delegations.end(delegationId, now, meta))) {
      throw new CodedError(
        'DELEGATION_ENDED',
        `Delegasi ${delegationId} sudah diakhiri / The delegation ${delegationId} has ended already`,
        {
          delegationId,
        },
      );
    }
    return { id: delegationId, endedAt: now.toISOString() };
  }
}
