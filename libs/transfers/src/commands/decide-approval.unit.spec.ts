import { NOW, approveB, consent, decideTask, holder, propose } from '../testing/builders';
import { given, history } from '../testing/given';

describe('DecideTask on an approval task', () => {
  const inUnitHeads = history(propose(), consent());

  it('keeps the stage open until its parallel tasks are all approved', () => {
    given(inUnitHeads)
      .when(approveB('originUnitHead'))
      .then([
        {
          type: 'ApprovalGranted',
          data: expect.objectContaining({
            taskId: 's1-t1',
            decision: 'approve',
            deciderUserId: 'user-P000110',
            viaPositionId: 'P000110',
            taskStatus: 'completed',
            workload: expect.objectContaining({ target: expect.objectContaining({ required: 5, actual: 3 }) }),
            eligibility: [expect.objectContaining({ code: 'ELIGIBILITY_ROTATION_DUE' })],
          }),
        },
      ]);
  });

  it('opens the next stage when the last parallel task is approved', () => {
    given(history(propose(), consent(), approveB('originUnitHead')))
      .when(approveB('targetUnitHead'))
      .then([
        { type: 'ApprovalGranted', data: expect.objectContaining({ taskId: 's1-t2' }) },
        { type: 'StageOpened', data: expect.objectContaining({ stageIndex: 2, openedAt: NOW }) },
      ]);
  });

  it('rejects the proposal on a reject, with its reason', () => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'reject', holder('P000110'), { reason: 'Unit asal kekurangan pegawai' }))
      .then([
        {
          type: 'ApprovalRejected',
          data: expect.objectContaining({ reason: 'Unit asal kekurangan pegawai', taskStatus: 'rejected' }),
        },
      ]);
  });

  it('returns the proposal for revision on a return', () => {
    given(inUnitHeads)
      .when(decideTask('s1-t2', 'return', holder('P000233')))
      .then([{ type: 'ProposalReturned', data: expect.objectContaining({ taskStatus: 'returned' }) }]);
  });

  it.each(['reject', 'return'] as const)('requires a reason to %s', (decision) => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', decision, holder('P000110'), { reason: ' ' }))
      .then('REASON_REQUIRED');
  });

  it('refuses a reason over 2000 characters', () => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'reject', holder('P000110'), { reason: 'x'.repeat(2001) }))
      .then('REASON_TOO_LONG');
  });

  it('accepts only approve, reject or return', () => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'recommended', holder('P000110')))
      .then('DECISION_NOT_ALLOWED_FOR_TASK');
  });

  it('is decided by a holder of the task’s position only', () => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'approve', holder('P000233')))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });

  it('refuses a task of a stage not yet open, and an unknown task', () => {
    given(inUnitHeads).when(approveB('targetPpk')).then('TASK_NOT_OPEN');
    given(inUnitHeads)
      .when(decideTask('s9-t9', 'approve', holder('P000110')))
      .then('TASK_NOT_FOUND');
  });

  it('refuses a task already decided', () => {
    given(history(propose(), consent(), approveB('originUnitHead')))
      .when(decideTask('s1-t1', 'approve', holder('P000110', 'another-holder')))
      .then('TASK_NOT_OPEN');
  });
});
