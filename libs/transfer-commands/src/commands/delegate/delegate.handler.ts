import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, jakartaDate, ProblemException, type Clock } from '@mutasi/platform';
import { isCalendarDate } from '@mutasi/transfers';
import { DelegateCommand } from './delegate.command';
import type { DelegateResult } from './delegate.result';
import { StandingDelegations } from './standing-delegations';

/**
 * A standing delegation for the caller's positions over a date range. It covers tasks already in
 * flight too: the delegate's inbox lists the official's open tasks, and the delegate decides them
 * with `onBehalfOf`.
 */
@CommandHandler(DelegateCommand)
export class DelegateHandler implements ICommandHandler<DelegateCommand> {
  constructor(
    private readonly delegations: StandingDelegations,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, meta }: DelegateCommand): Promise<DelegateResult> {
    const { user } = meta;
    for (const [field, value] of [
      ['from', body.from],
      ['to', body.to],
    ] as const) {
      if (!isCalendarDate(value)) {
        throw new ProblemException(400, 'INVALID_DATE', `${field} is not a calendar date`, { field, value });
      }
    }
    if (body.to < body.from) {
      throw new ProblemException(400, 'INVALID_DATE_RANGE', 'The delegation ends before it starts', {
        from: body.from,
        to: body.to,
      });
    }
    if (body.to < jakartaDate(this.clock.now())) {
      throw new ProblemException(422, 'DELEGATION_IN_PAST', 'The delegation would end before today');
    }
    if (body.delegateUserId === user.username) {
      throw new ProblemException(400, 'DELEGATE_IS_SELF', 'You cannot delegate to yourself');
    }
    if (user.positionIds.length === 0) {
      throw new ProblemException(422, 'NO_POSITION_TO_DELEGATE', 'You hold no position whose tasks could be delegated');
    }
    if (!(await this.delegations.userExists(body.delegateUserId))) {
      throw new ProblemException(404, 'USER_NOT_FOUND', `No user ${body.delegateUserId}`);
    }
    const delegation = {
      id: randomUUID(),
      delegatorUserId: user.username,
      delegateUserId: body.delegateUserId,
      positionIds: user.positionIds,
      from: body.from,
      to: body.to,
    };
    await this.delegations.create({ ...delegation, createdAt: this.clock.now().toISOString() });
    return delegation;
  }
}
