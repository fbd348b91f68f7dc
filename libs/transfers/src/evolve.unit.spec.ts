import { evolve, foldEvents } from './evolve';
import {
  APPROVE_KIND_B_CHAIN,
  BAMBANG,
  NOW,
  OPERATOR,
  approveB,
  consent,
  decideTask,
  delegate,
  employeeUser,
  holder,
  propose,
  revise,
  withdraw,
} from './testing/builders';
import { history } from './testing/given';
import { initialState, type Transfer } from './transfer-state';

const fold = (...args: Parameters<typeof history>) => foldEvents(history(...args)) as Transfer;

describe('evolve', () => {
  it('starts from no transfer', () => {
    expect(foldEvents([])).toEqual(initialState);
  });

  it('builds the proposal with its pending chain, then opens the hearing', () => {
    const state = fold(propose());
    expect(state).toMatchObject({
      status: 'IN_CONSULTATION',
      version: 2,
      revision: 1,
      kind: 'B',
      employeeNip: BAMBANG,
      originPositionId: 'P000113',
      targetPositionId: 'P000236',
      proposer: OPERATOR,
      currentStageIndex: 0,
      objection: null,
    });
    expect(state.stages.map((s) => s.status)).toEqual(['open', 'pending', 'pending', 'pending', 'pending', 'pending']);
    expect(state.stages[0]).toMatchObject({ openedAt: NOW, dueAt: '2026-11-30T16:59:59.999Z' });
  });

  it('is PROPOSED between the proposal and its first stage', () => {
    const [proposed] = history(propose());
    expect(evolve(initialState, proposed).status).toBe('PROPOSED');
  });

  it('is IN_APPROVAL while an approval stage is open, IN_CONSULTATION while the Pertek is', () => {
    expect(fold(propose(), consent()).status).toBe('IN_APPROVAL');
    expect(fold(propose(), consent(), ...APPROVE_KIND_B_CHAIN.slice(0, 4)).status).toBe('IN_CONSULTATION');
  });

  it('records each decision on its task', () => {
    const state = fold(propose(), consent(), approveB('originUnitHead'));
    expect(state.stages[1].tasks[0]).toMatchObject({
      status: 'completed',
      decisions: [{ actorId: 'user-P000110', onBehalfOf: null, decision: 'approve', reason: null, at: NOW }],
    });
    expect(state.stages[1].tasks[1].status).toBe('open');
  });

  it('flags the employee’s objection', () => {
    const state = fold(propose(), decideTask('s0-t1', 'objection', employeeUser(), { reason: 'Alasan keluarga' }));
    expect(state.objection).toEqual({ reason: 'Alasan keluarga', at: NOW, paperForm: null });
  });

  it('records delegations on the task', () => {
    const state = fold(propose(), consent(), delegate('s1-t1', holder('P000110', 'kadis'), 'sekretaris'));
    expect(state.stages[1].tasks[0].delegations).toEqual([
      expect.objectContaining({ delegatorUserId: 'kadis', delegateUserId: 'sekretaris' }),
    ]);
  });

  it('closes the open stage on a return, and a revision replaces the chain', () => {
    const returned = fold(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')));
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returned: { byUserId: 'user-P000110', reason: 'Alasan return' },
    });
    expect(returned.stages[1].status).toBe('returned');
    expect(returned.stages[1].tasks.map((t) => t.status)).toEqual(['returned', 'cancelled']);

    const revised = fold(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')), revise());
    expect(revised).toMatchObject({ status: 'IN_CONSULTATION', revision: 2, currentStageIndex: 0 });
    expect(revised.stages[0].tasks[0].id).toBe('s0-t1-r2');
    expect(revised.authorUserIds).toEqual([OPERATOR.userId]);
  });

  it('is REJECTED on a rejection', () => {
    const state = fold(propose(), consent(), decideTask('s1-t2', 'reject', holder('P000233')));
    expect(state).toMatchObject({ status: 'REJECTED', rejected: { byUserId: 'user-P000233' } });
    expect(state.stages[1].status).toBe('rejected');
  });

  it('is WITHDRAWN on withdrawal, cancelling the open tasks', () => {
    const state = fold(propose(), withdraw());
    expect(state.status).toBe('WITHDRAWN');
    expect(state.stages[0]).toMatchObject({
      status: 'cancelled',
      tasks: [expect.objectContaining({ status: 'cancelled' })],
    });
  });

  it('is APPROVED after the last stage', () => {
    expect(fold(propose(), consent(), ...APPROVE_KIND_B_CHAIN)).toMatchObject({ status: 'APPROVED', approvedAt: NOW });
  });

  it('refuses a stream that does not start with TransferProposed', () => {
    const [, opened] = history(propose());
    expect(() => evolve(initialState, opened)).toThrow(/before TransferProposed/);
  });
});
