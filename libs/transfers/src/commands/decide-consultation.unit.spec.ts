import {
  APPROVE_KIND_B_CHAIN,
  KIND_B_TASKS,
  approveB,
  consent,
  decideTask,
  holder,
  propose,
} from '../testing/builders';
import { given, history } from '../testing/given';

describe('DecideTask on the technical consideration (Pertek)', () => {
  const atPertek = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN.slice(0, 4));
  const bknRegional = holder(KIND_B_TASKS.pertek.positionId);

  it('moves on to the decree authority when recommended', () => {
    given(atPertek)
      .when(approveB('pertek'))
      .then([
        {
          type: 'ConsultationAnswered',
          data: expect.objectContaining({ taskType: 'consultation', decision: 'recommended', taskStatus: 'completed' }),
        },
        { type: 'StageOpened', data: expect.objectContaining({ stageIndex: 5 }) },
      ]);
  });

  it('ends the proposal as rejected when not recommended', () => {
    given(atPertek)
      .when(decideTask('s4-t1', 'not_recommended', bknRegional))
      .then([{ type: 'ConsultationAnswered', data: expect.objectContaining({ taskStatus: 'rejected' }) }]);
  });

  it('requires a reason for not recommended', () => {
    given(atPertek)
      .when(decideTask('s4-t1', 'not_recommended', bknRegional, { reason: null }))
      .then('REASON_REQUIRED');
  });

  it('accepts only recommended or not recommended', () => {
    given(atPertek)
      .when(decideTask('s4-t1', 'approve', bknRegional))
      .then('DECISION_NOT_ALLOWED_FOR_TASK');
  });
});
