import { BAMBANG, OPERATOR, consent, decideTask, delegate, employeeUser, holder, propose } from '../testing/builders';
import { given, history } from '../testing/given';

describe('DelegateTask', () => {
  const inUnitHeads = history(propose(), consent());
  const kadis = holder('P000110', 'kadis-disdukcapil');
  const sekretaris = holder('P000111', 'sekretaris-disdukcapil');
  const delegated = history(propose(), consent(), delegate('s1-t1', kadis, sekretaris.userId));

  it('records the delegate for the task', () => {
    given(inUnitHeads)
      .when(delegate('s1-t1', kadis, sekretaris.userId, { from: '2026-11-23', to: '2026-11-27' }))
      .then([
        {
          type: 'TaskDelegated',
          data: expect.objectContaining({
            taskId: 's1-t1',
            delegatorUserId: 'kadis-disdukcapil',
            delegatorPositionId: 'P000110',
            delegateUserId: 'sekretaris-disdukcapil',
            from: '2026-11-23',
            to: '2026-11-27',
          }),
        },
      ]);
  });

  it('lets the delegate decide, recording both delegate and official', () => {
    given(delegated)
      .when(decideTask('s1-t1', 'approve', sekretaris))
      .then([
        {
          type: 'ApprovalGranted',
          data: expect.objectContaining({
            deciderUserId: 'sekretaris-disdukcapil',
            onBehalfOfUserId: 'kadis-disdukcapil',
            viaPositionId: 'P000110',
          }),
        },
      ]);
  });

  it('lets a delegate act on a standing delegation passed with the decision', () => {
    const official = { userId: 'kadis-disdukcapil', positionIds: ['P000110'], employeeNip: null };
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'approve', sekretaris, { onBehalfOf: official }))
      .then([
        {
          type: 'ApprovalGranted',
          data: expect.objectContaining({ deciderUserId: sekretaris.userId, onBehalfOfUserId: official.userId }),
        },
      ]);
  });

  it('does not let the delegate act outside the delegation’s dates', () => {
    given(history(propose(), consent(), delegate('s1-t1', kadis, sekretaris.userId, { from: '2026-12-01', to: null })))
      .when(decideTask('s1-t1', 'approve', sekretaris))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });

  it('does not let the official decide again after the delegate did', () => {
    given(
      history(
        propose(),
        consent(),
        delegate('s1-t1', kadis, sekretaris.userId),
        decideTask('s1-t1', 'approve', sekretaris),
      ),
    )
      .when(decideTask('s1-t2', 'approve', { ...kadis, positionIds: ['P000110', 'P000233'] }))
      .then('SOD_ALREADY_DECIDED');
  });

  it('is refused to anyone not holding the task', () => {
    given(inUnitHeads)
      .when(delegate('s1-t1', sekretaris, 'someone'))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });

  it('cannot delegate to the proposer, nor to oneself', () => {
    given(inUnitHeads)
      .when(delegate('s1-t1', kadis, OPERATOR.userId))
      .then('SOD_PROPOSER_CANNOT_DECIDE');
    given(inUnitHeads)
      .when(delegate('s1-t1', kadis, kadis.userId))
      .then('DELEGATE_IS_SELF');
  });

  it('cannot delegate the employee hearing', () => {
    given(history(propose()))
      .when(delegate('s0-t1', employeeUser(BAMBANG), 'someone'))
      .then('DELEGATION_NOT_ALLOWED');
  });

  it('refuses a range that ends before it starts', () => {
    given(inUnitHeads)
      .when(delegate('s1-t1', kadis, sekretaris.userId, { from: '2026-12-01', to: '2026-11-30' }))
      .then('INVALID_DATE');
  });
});
