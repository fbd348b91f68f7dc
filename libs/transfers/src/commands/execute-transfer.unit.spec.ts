import { APPROVE_KIND_B_CHAIN, BAMBANG, consent, execute, issueDecree, propose } from '../testing/builders';
import { given, history } from '../testing/given';

describe('ExecuteTransfer', () => {
  const decreed = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree());

  it('changes the placement on the effective date', () => {
    given(decreed)
      .when(execute())
      .then([
        {
          type: 'TransferExecuted',
          data: {
            employeeNip: BAMBANG,
            fromPositionId: 'P000113',
            toPositionId: 'P000236',
            effectiveDate: '2027-01-01',
            executedByUserId: 'system',
            executedAt: '2027-01-01T01:00:00.000Z',
            targetPositionWorkload: { positionId: 'P000236', required: 5, actual: 3 },
          },
        },
      ]);
  });

  it('is refused before the effective date (Jakarta time)', () => {
    given(decreed)
      .when(execute({ now: '2026-12-31T16:59:00.000Z' }))
      .then('EXECUTION_TOO_EARLY');
  });

  it('fails, recording nothing, when the employee is no longer active or was moved', () => {
    given(decreed)
      .when(execute({ employee: { active: false, positionId: 'P000113' } }))
      .then('EXECUTION_EMPLOYEE_INACTIVE');
    given(decreed)
      .when(execute({ employee: { active: true, positionId: 'P000114' } }))
      .then('EXECUTION_EMPLOYEE_MOVED');
  });

  it('fails when the target no longer has a shortage', () => {
    given(decreed)
      .when(execute({ targetPositionWorkload: { positionId: 'P000236', required: 5, actual: 5 } }))
      .then('EXECUTION_NO_SHORTAGE');
  });

  it('is refused before the decree is issued', () => {
    given(history(propose(), consent(), ...APPROVE_KIND_B_CHAIN))
      .when(execute())
      .then('INVALID_STATE_TRANSITION');
  });
});
