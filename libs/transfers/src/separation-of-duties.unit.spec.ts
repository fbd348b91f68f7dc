import {
  BAMBANG,
  OPERATOR,
  approveB,
  consent,
  decideTask,
  employeeUser,
  holder,
  propose,
  revise,
} from './testing/builders';
import { given, history } from './testing/given';

describe('separation of duties', () => {
  const inUnitHeads = history(propose(), consent());

  it('the proposer never decides on their own proposal', () => {
    const proposerHoldingThePosition = { ...holder('P000110'), userId: OPERATOR.userId };
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'approve', proposerHoldingThePosition))
      .then('SOD_PROPOSER_CANNOT_DECIDE');
  });

  it('whoever revised the proposal never decides on it', () => {
    const reviser = { userId: 'operator-2', role: 'operator' };
    const revised = history(
      propose(),
      consent(),
      decideTask('s1-t1', 'return', holder('P000110')),
      revise({ actor: reviser }),
    );
    given(revised)
      .when(decideTask('s0-t1-r2', 'consent', { ...employeeUser(), userId: reviser.userId }))
      .then('SOD_PROPOSER_CANNOT_DECIDE');
  });

  it('the employee concerned never approves, even holding the position', () => {
    const employeeHoldingThePosition = { ...holder('P000110'), employeeNip: BAMBANG };
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'approve', employeeHoldingThePosition))
      .then('SOD_EMPLOYEE_CANNOT_APPROVE');
  });

  it('nobody decides twice on a proposal, across tasks and stages', () => {
    const both = { ...holder('P000110'), positionIds: ['P000110', 'P000233'] };
    given(history(propose(), consent(), decideTask('s1-t1', 'approve', both)))
      .when(decideTask('s1-t2', 'approve', both))
      .then('SOD_ALREADY_DECIDED');
    const unitHeadThenPpk = { ...holder('P000110'), positionIds: ['P000110', 'P000206'] };
    given(history(propose(), consent(), decideTask('s1-t1', 'approve', unitHeadThenPpk), approveB('targetUnitHead')))
      .when(decideTask('s2-t1', 'approve', unitHeadThenPpk))
      .then('SOD_ALREADY_DECIDED');
  });

  it('after a return and revision the same officials decide again', () => {
    const revised = history(
      propose(),
      consent(),
      approveB('originUnitHead'),
      decideTask('s1-t2', 'return', holder('P000233')),
      revise(),
      decideTask('s0-t1-r2', 'consent', employeeUser()),
    );
    given(revised)
      .when(decideTask('s1-t1-r2', 'approve', holder('P000110')))
      .then([{ type: 'ApprovalGranted', data: expect.objectContaining({ revision: 2, taskId: 's1-t1-r2' }) }]);
  });
});
