import { jakartaDate } from '@mutasi/calendar';
import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { checkStandingDelegation } from '@mutasi/transfers';
import { DelegateCommand } from './delegate.command';
import type { DelegateResult } from './delegate.result';
import { StandingDelegations } from './standing-delegations';

/**
 * A standing delegation for the caller's positions over a date range (from today on, at most
 * DELEGATION_MAX_DAYS), to a user holding the deciding role in the positions' agencies. It covers
 * tasks already in flight too: the delegate's inbox lists the official's open tasks, and the
 * delegate decides them with `onBehalfOf`, except a task on a proposal concerning the delegate
 * (separation of duties, checked when deciding): that one stays with the official.
 */
@CommandHandler(DelegateCommand)
export class DelegateHandler implements ICommandHandler<DelegateCommand> {
  constructor(
    private readonly delegations: StandingDelegations,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ body, meta }: DelegateCommand): Promise<DelegateResult> {
    const { user } = meta;
    if (user.positionIds.length === 0) {
      throw new CodedError('NO_POSITION_TO_DELEGATE', 'You hold no position whose tasks could be delegated');
    }
    const [delegate, positionAgencyIds] = await Promise.all([
      this.delegations.user(body.delegateUserId),
      this.delegations.agenciesOfPositions(user.positionIds),
    ]);
    if (delegate === null) throw new CodedError('USER_NOT_FOUND', `No user ${body.delegateUserId}`);
    const { from, to } = checkStandingDelegation({
      principal: { userId: user.username, roles: user.roles, agencyIds: user.agencyIds, positionAgencyIds },
      delegate,
      from: body.from,
      to: body.to,
      today: jakartaDate(this.clock.now()),
      maxDays: this.config.delegationMaxDays,
    });
    const delegation = {
      id: randomUUID(),
      delegatorUserId: user.username,
      delegateUserId: body.delegateUserId,
      positionIds: user.positionIds,
      from,
      to,
    };
    await this.delegations.create({ ...delegation, createdAt: this.clock.now().toISOString() }, meta);
    return delegation;
  }
}
