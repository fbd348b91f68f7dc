import { CONFLICT_STATEMENT } from '../conflict-of-interest';
import { foldEvents } from '../evolve';
import {
  AHMAD,
  APPROVE_KIND_B_CHAIN,
  NOW,
  approveB,
  consent,
  decideTask,
  declareConflict,
  holder,
  propose,
  proposeAhmad,
  revise,
  withdraw,
} from '../testing/builders';
import { given, history } from '../testing/given';
import type { Transfer } from '../transfer-state';

const DECLARED = { noConflictOfInterest: true, statement: CONFLICT_STATEMENT.id };
const originUnitHead = holder('P000110');
const originPersonnelHead = holder('P000089');
const inUnitHeads = history(propose(), consent());

describe('the declaration of no conflict of interest on a decision', () => {
  it('is recorded, with the stated text, on an approval', () => {
    given(inUnitHeads)
      .when(approveB('originUnitHead'))
      .then([{ type: 'ApprovalGranted', data: expect.objectContaining({ declaration: DECLARED }) }]);
  });

  it.each([
    ['missing', null],
    ['false', { noConflictOfInterest: false }],
  ])('refuses an approval whose declaration is %s', (_, declaration) => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'approve', originUnitHead, { declaration }))
      .then('CONFLICT_DECLARATION_REQUIRED');
  });

  it('is asked of a reject and a return too', () => {
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'reject', originUnitHead, { declaration: null }))
      .then('CONFLICT_DECLARATION_REQUIRED');
    given(inUnitHeads)
      .when(decideTask('s1-t1', 'return', originUnitHead, { declaration: null }))
      .then('CONFLICT_DECLARATION_REQUIRED');
  });

  it('is asked of a consultation (the technical consideration) and recorded with it', () => {
    const atPertek = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN.slice(0, 4));
    given(atPertek)
      .when(decideTask('s4-t1', 'recommended', holder('P000371'), { declaration: null }))
      .then('CONFLICT_DECLARATION_REQUIRED');
    given(atPertek)
      .when(approveB('pertek'))
      .then([
        { type: 'ConsultationAnswered', data: expect.objectContaining({ declaration: DECLARED }) },
        expect.objectContaining({ type: 'StageOpened' }),
      ]);
  });

  it('is asked of each committee member', () => {
    const atCommittee = history(
      proposeAhmad(),
      consent(AHMAD),
      decideTask('s1-t1', 'approve', holder('P000199')),
      decideTask('s1-t2', 'approve', holder('P000166')),
      decideTask('s2-t1', 'approve', holder('P000171')),
    );
    given(atCommittee)
      .when(decideTask('s3-t1', 'approve', holder('P000167'), { declaration: null }))
      .then('CONFLICT_DECLARATION_REQUIRED');
  });

  it('is not asked of the employee answering the hearing, and none is recorded there', () => {
    const [answered] = given(history(propose()))
      .when(decideTask('s0-t1', 'consent', consent().data.actor, { declaration: null }))
      .then([
        expect.objectContaining({ type: 'ConsultationAnswered' }),
        expect.objectContaining({ type: 'StageOpened' }),
      ]);
    expect(answered.data).not.toHaveProperty('declaration');
  });

  it('shows in the proposal’s decisions', () => {
    const state = foldEvents(history(propose(), consent(), approveB('originUnitHead'))) as Transfer;
    expect(state.stages[1].tasks[0].decisions[0].declaration).toEqual(DECLARED);
    expect(state.stages[0].tasks[0].decisions[0].declaration).toBeNull();
  });
});

describe('DeclareConflict', () => {
  it('records the conflict and passes the task to the superior chain role of the same side', () => {
    given(inUnitHeads)
      .when(declareConflict('s1-t1', originUnitHead))
      .then([
        {
          type: 'ConflictOfInterestDeclared',
          data: {
            revision: 1,
            stageIndex: 1,
            taskId: 's1-t1',
            declaredByUserId: 'user-P000110',
            viaPositionId: 'P000110',
            reason: 'Pegawai yang diusulkan adalah adik kandung saya',
            declaredAt: NOW,
            reassignment: {
              taskId: 's1-t1',
              fromChainRole: 'unit_head',
              toChainRole: 'personnel_head',
              positionIds: ['P000089'],
            },
          },
        },
      ]);
  });

  it('leaves the task open with the superior, recorded as escalated from the role, keeping the due date', () => {
    const before = foldEvents(inUnitHeads) as Transfer;
    const after = foldEvents(history(propose(), consent(), declareConflict('s1-t1', originUnitHead))) as Transfer;
    expect(after.stages[1].tasks[0]).toMatchObject({
      status: 'open',
      chainRole: 'personnel_head',
      positionIds: ['P000089'],
      escalatedFrom: ['unit_head'],
      delegations: [],
    });
    expect(after.stages[1].dueAt).toBe(before.stages[1].dueAt);
    expect(after.recusals).toEqual([
      {
        userId: 'user-P000110',
        revision: 1,
        stageIndex: 1,
        taskId: 's1-t1',
        viaPositionId: 'P000110',
        fromChainRole: 'unit_head',
        toChainRole: 'personnel_head',
        reason: 'Pegawai yang diusulkan adalah adik kandung saya',
        at: NOW,
      },
    ]);
  });

  describe('after a declared conflict', () => {
    const recused = history(propose(), consent(), declareConflict('s1-t1', originUnitHead));

    it('the superior decides the task', () => {
      given(recused)
        .when(decideTask('s1-t1', 'approve', originPersonnelHead))
        .then([
          {
            type: 'ApprovalGranted',
            data: expect.objectContaining({
              chainRole: 'personnel_head',
              viaPositionId: 'P000089',
              declaration: DECLARED,
            }),
          },
        ]);
    });

    it('the declarer decides nothing on the proposal, even holding the task again', () => {
      const alsoPersonnelHead = holder('P000110');
      alsoPersonnelHead.positionIds.push('P000089');
      given(recused)
        .when(decideTask('s1-t1', 'approve', alsoPersonnelHead))
        .then('CONFLICT_OF_INTEREST_DECLARED');
    });

    it('the declarer decides nothing in a later revision either', () => {
      const revised = history(
        propose(),
        consent(),
        declareConflict('s1-t1', originUnitHead),
        decideTask('s1-t2', 'return', holder('P000233')),
        revise(),
        decideTask('s0-t1-r2', 'consent', consent().data.actor),
      );
      given(revised)
        .when(decideTask('s1-t1-r2', 'approve', originUnitHead))
        .then('CONFLICT_OF_INTEREST_DECLARED');
    });

    it('the declarer cannot declare again', () => {
      given(recused).when(declareConflict('s1-t1', originUnitHead)).then('CONFLICT_OF_INTEREST_DECLARED');
    });
  });

  it('is not for the hearing, which no official holds', () => {
    given(history(propose()))
      .when(declareConflict('s0-t1', holder('P000110')))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });

  it('is refused when the role has no superior in the chain (the PPK)', () => {
    const atPpk = history(propose(), consent(), approveB('originUnitHead'), approveB('targetUnitHead'));
    given(atPpk)
      .when(declareConflict('s2-t1', holder('P000206')))
      .then('CONFLICT_NO_SUPERIOR_ROLE');
  });

  it('needs a reason', () => {
    given(inUnitHeads)
      .when(declareConflict('s1-t1', originUnitHead, { reason: '  ' }))
      .then('REASON_REQUIRED');
  });

  it('is only for a holder of the task, in person', () => {
    given(inUnitHeads)
      .when(declareConflict('s1-t1', holder('P000233')))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });

  it('is refused on a task no longer open, and on a proposal out of the chain', () => {
    given(history(propose(), consent(), approveB('originUnitHead')))
      .when(declareConflict('s1-t1', originUnitHead))
      .then('TASK_NOT_OPEN');
    given(history(propose(), consent(), withdraw()))
      .when(declareConflict('s1-t1', originUnitHead))
      .then('INVALID_STATE_TRANSITION');
  });
});
