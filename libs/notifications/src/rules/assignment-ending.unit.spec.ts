import {
  APPROVE_KIND_B_CHAIN,
  BAMBANG,
  consent,
  convertAssignment,
  execute,
  extendAssignment,
  history,
  issueDecree,
  propose,
  proposeTemporary,
  returnHome,
  run,
} from '@mutasi/transfers/testing';
import { evolve, foldEvents, initialState, type TransferEvent, type TransferState } from '@mutasi/transfers';
import { conditionHolds } from './delivery-condition';
import { DEFAULT_REMINDER_SETTINGS, notificationsFor } from './notifications-for-event';

function intentsOfLast(events: TransferEvent[], settings = DEFAULT_REMINDER_SETTINGS) {
  let state: TransferState = initialState;
  for (const event of events.slice(0, -1)) state = evolve(state, event);
  const last = events[events.length - 1];
  return notificationsFor(last, state, evolve(state, last), settings).filter(
    (intent) => intent.template === 'assignment-ending',
  );
}

const away = history(proposeTemporary(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute());
const recipients = [
  { kind: 'employee', nip: BAMBANG },
  { kind: 'agency-operators', agencyIds: ['pemkab-99-02', 'pemkab-99-71'] },
];

describe('the end of a temporary assignment', () => {
  it('is told to the employee and both agencies’ operators two weeks before, at 08:00 Jakarta', () => {
    expect(intentsOfLast(away)).toEqual(
      recipients.map((recipient) => ({
        template: 'assignment-ending',
        recipient,
        details: { endDate: '2027-04-01' },
        schedule: {
          sendAt: '2027-03-18T01:00:00.000Z',
          condition: { kind: 'assignment-ending', endDate: '2027-04-01' },
        },
      })),
    );
  });

  it('is told again for the new end date of an extension', () => {
    const [first] = intentsOfLast(run(away, extendAssignment()));
    expect(first).toMatchObject({
      details: { endDate: '2027-07-01' },
      schedule: { sendAt: '2027-06-17T01:00:00.000Z', condition: { endDate: '2027-07-01' } },
    });
  });

  it('is told at once when less than two weeks are left, and not at all for a permanent transfer', () => {
    const short = history(proposeTemporary('2027-01-10'), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute());
    expect(intentsOfLast(short)[0]?.schedule?.sendAt).toBe('2027-01-01T01:00:00.000Z');
    expect(intentsOfLast(history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute()))).toEqual([]);
  });

  it('is sent only while the employee is away until that end date', () => {
    const condition = { kind: 'assignment-ending', endDate: '2027-04-01' } as const;
    expect(conditionHolds(condition, foldEvents(away))).toBe(true);
    expect(conditionHolds(condition, foldEvents(run(away, extendAssignment())))).toBe(false);
    expect(conditionHolds(condition, foldEvents(run(away, convertAssignment())))).toBe(false);
    expect(conditionHolds(condition, foldEvents(run(away, returnHome())))).toBe(false);
  });
});
