import { DEFAULT_POLICY_V1 } from '../chain/default-policy.v1';
import { OPERATOR, approveB, consent, decideTask, holder, proposalInput, propose, revise } from '../testing/builders';
import { given, history } from '../testing/given';

describe('ReviseProposal', () => {
  const returned = history(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')));

  it('re-checks the proposal and restarts the chain from the hearing with new task ids', () => {
    const [revised] = given(returned)
      .when(revise({ reason: 'Dilengkapi dengan ABK terbaru' }))
      .then([
        {
          type: 'ProposalRevised',
          data: expect.objectContaining({
            revision: 2,
            kind: 'B',
            reason: 'Dilengkapi dengan ABK terbaru',
            revisedByUserId: OPERATOR.userId,
          }),
        },
        { type: 'StageOpened', data: expect.objectContaining({ revision: 2, stageIndex: 0 }) },
      ]);
    expect(revised.type === 'ProposalRevised' && revised.data.chain[1].tasks.map((t) => t.id)).toEqual([
      's1-t1-r2',
      's1-t2-r2',
    ]);
  });

  it('may change the target position, re-deriving kind and chain', () => {
    const { target, targetPositionWorkload } = proposalInput('199011082014031006', 'P000114');
    given(returned)
      .when(revise({ target, targetPositionWorkload }))
      .then([
        { type: 'ProposalRevised', data: expect.objectContaining({ kind: 'A' }) },
        { type: 'StageOpened', data: expect.objectContaining({ stageIndex: 0 }) },
      ]);
  });

  it('given a revision into a functional position, then the training needs are computed again', () => {
    const { target, targetPositionWorkload } = proposalInput('199011082014031006', 'P000114');
    const [revised] = given(returned)
      .when(revise({ target, targetPositionWorkload }))
      .then([expect.anything(), expect.anything()]);
    expect(revised.type === 'ProposalRevised' && revised.data.trainingNeeds).toEqual([
      expect.objectContaining({ code: 'TRAINING_FUNCTIONAL_FAMILY' }),
    ]);
    const [back] = given(history(propose({ target }), consent(), decideTask('s1-t1', 'return', holder('P000110'))))
      .when(revise())
      .then([expect.anything(), expect.anything()]);
    expect(back.type === 'ProposalRevised' && back.data.trainingNeeds).toEqual([]);
  });

  it('is refused unless the proposal was returned', () => {
    given(history(propose())).when(revise()).then('INVALID_STATE_TRANSITION');
  });

  it('keeps the pinned policy', () => {
    given(returned)
      .when(revise({ policy: { ...DEFAULT_POLICY_V1, version: 'v2' } }))
      .then('POLICY_MISMATCH');
  });

  it('cannot change the employee', () => {
    const other = proposalInput('199709052022061003', 'P000114');
    given(returned).when(revise(other)).then('EMPLOYEE_MISMATCH');
  });

  it('is refused when the revised proposal is blocked', () => {
    const input = proposalInput('199011082014031006', 'P000236');
    given(returned)
      .when(revise({ employee: { ...input.employee, disciplinaryUntil: '2027-06-30' } }))
      .then('ELIGIBILITY_DISCIPLINARY');
  });

  it('applies to a proposal returned late in the chain too', () => {
    const lateReturn = history(
      propose(),
      consent(),
      approveB('originUnitHead'),
      approveB('targetUnitHead'),
      decideTask('s2-t1', 'return', holder('P000206')),
    );
    given(lateReturn)
      .when(revise())
      .then([expect.objectContaining({ type: 'ProposalRevised' }), expect.objectContaining({ type: 'StageOpened' })]);
  });
});
