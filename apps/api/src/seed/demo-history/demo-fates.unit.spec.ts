import { foldEvents, initialState } from '@mutasi/transfers';
import { consent, history, propose, run } from '@mutasi/transfers/testing';
import { nextInstant, nextMove, stepInstant, type Fate } from './demo-fates';

const fate = (ending: Fate['ending'], extra: Partial<Fate> = {}): Fate => ({
  ending,
  count: 1,
  startDaysAgo: [10, 20],
  gapDays: 2,
  ...extra,
});

describe('the demo history’s stories', () => {
  it('begins every story with the proposal', () => {
    expect(nextMove(fate('executed'), initialState, true)).toEqual({ kind: 'propose' });
  });

  it('records the signed hearing form, or lets the hearing lapse within one agency, or stops there', () => {
    const proposed = foldEvents(history(propose()));
    expect(nextMove(fate('executed'), proposed, true)).toEqual({ kind: 'hearing', taskId: 's0-t1', answer: 'consent' });
    expect(nextMove(fate('executed', { objection: true }), proposed, true)).toMatchObject({ answer: 'objection' });
    expect(nextMove(fate('executed'), proposed, false)).toEqual({ kind: 'lapse' });
    expect(nextMove(fate('in-hearing'), proposed, true)).toBeNull();
  });

  it('decides positively until the ending’s step: a withdrawal, or the chain left open', () => {
    const heard = foldEvents(run(history(propose()), consent()));
    expect(nextMove(fate('executed'), heard, true)).toEqual({ kind: 'decide', taskId: 's1-t1' });
    expect(nextMove(fate('withdrawn', { decisionsBefore: 0 }), heard, true)).toEqual({ kind: 'withdraw' });
    expect(nextMove(fate('in-chain', { decisionsBefore: 0 }), heard, true)).toBeNull();
    expect(nextMove(fate('rejected', { decisionsBefore: 0 }), heard, true)).toEqual({
      kind: 'reject',
      taskId: 's1-t1',
    });
    expect(nextMove(fate('returned', { decisionsBefore: 0 }), heard, true)).toEqual({
      kind: 'return',
      taskId: 's1-t1',
    });
  });

  it('plays steps on working days, 09:00–14:00 WIB, a gap after the last one', () => {
    const friday = new Date('2026-11-27T03:00:00Z');
    expect(stepInstant(friday, 1, 0)).toEqual(new Date('2026-11-30T02:00:00Z'));
    expect(stepInstant(friday, 0, 5)).toEqual(new Date('2026-11-27T07:00:00Z'));
    const start = new Date('2026-11-02T03:00:00Z');
    expect(nextInstant(fate('executed'), { kind: 'propose' }, initialState, null, start, 6)).toEqual(start);
  });

  it('waits out the hearing’s due date before it lapses', () => {
    const proposed = foldEvents(history(propose()));
    const at = nextInstant(
      fate('executed'),
      { kind: 'lapse' },
      proposed,
      new Date(Date.parse(propose().data.now)),
      new Date(0),
      6,
    );
    const stage = proposed.status === 'NONE' ? null : proposed.stages[0];
    expect(at.getTime()).toBeGreaterThan(Date.parse(stage?.dueAt ?? ''));
  });
});
