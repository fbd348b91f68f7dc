import { decide } from './decide';
import { decisionActor } from './decision-actor';
import { foldEvents } from './evolve';
import {
  APPROVE_KIND_B_CHAIN,
  KIND_B_TASKS,
  consent,
  decideTask,
  employeeUser,
  holder,
  propose,
} from './testing/builders';
import { history } from './testing/given';
import type { TransferCommand } from './transfer-commands';
import type { TransferEvent } from './transfer-events';

const decided = (past: TransferEvent[], command: TransferCommand) => decide(command, foldEvents(past));

describe('decisionActor', () => {
  it('records the hearing under the employee', () => {
    const events = decided(history(propose()), consent());
    expect(decisionActor(events, employeeUser())).toEqual({ actorRole: 'employee', onBehalfOfUserId: null });
  });

  it('records an approval under the approver, with the official a delegate acted for', () => {
    const official = { userId: 'kadis-disdukcapil', positionIds: ['P000110'], employeeNip: null };
    const sekretaris = holder('P000111', 'sekretaris-disdukcapil');
    const events = decided(
      history(propose(), consent()),
      decideTask('s1-t1', 'approve', sekretaris, { onBehalfOf: official }),
    );
    expect(decisionActor(events, sekretaris)).toEqual({ actorRole: 'approver', onBehalfOfUserId: 'kadis-disdukcapil' });
  });

  it('records a consultation under the consultant when the decider is one', () => {
    const atPertek = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN.slice(0, 4));
    const consultant = { ...holder(KIND_B_TASKS.pertek.positionId), roles: ['approver', 'consultant'] };
    const events = decided(atPertek, decideTask('s4-t1', 'recommended', consultant));
    expect(decisionActor(events, consultant).actorRole).toBe('consultant');
    expect(decisionActor(events, holder(KIND_B_TASKS.pertek.positionId)).actorRole).toBe('approver');
  });

  it('refuses events that hold no decision', () => {
    expect(() => decisionActor(history(propose()), holder('P000110'))).toThrow(/no decision/);
  });
});
