import { consent, decideTask, escalate, holder, propose } from '../testing/builders';
import { given, history } from '../testing/given';

describe('EscalateStage', () => {
  // stages opened on Mon 2026-11-23 are due at the end of Mon 2026-11-30 (Jakarta)
  const overdue = '2026-12-01T02:00:00.000Z';
  const inUnitHeads = history(propose(), consent());

  it('moves overdue unit-head tasks to the personnel head, with a new due date', () => {
    given(inUnitHeads)
      .when(escalate(overdue))
      .then([
        {
          type: 'StageEscalated',
          data: {
            revision: 1,
            stageIndex: 1,
            escalatedAt: overdue,
            reason: 'Lewat batas waktu',
            dueAt: '2026-12-08T16:59:59.999Z',
            escalations: [
              { taskId: 's1-t1', fromChainRole: 'unit_head', toChainRole: 'personnel_head', positionIds: ['P000089'] },
              { taskId: 's1-t2', fromChainRole: 'unit_head', toChainRole: 'personnel_head', positionIds: ['P000212'] },
            ],
            lapsedTaskIds: [],
          },
        },
      ]);
  });

  it('escalates only the tasks still open, and hands the task to the superior', () => {
    const escalated = history(
      propose(),
      consent(),
      decideTask('s1-t1', 'approve', holder('P000110')),
      escalate(overdue),
    );
    given(escalated)
      .when(decideTask('s1-t2', 'approve', holder('P000212'), { now: overdue }))
      .then([
        {
          type: 'ApprovalGranted',
          data: expect.objectContaining({ chainRole: 'personnel_head', viaPositionId: 'P000212' }),
        },
        expect.objectContaining({ type: 'StageOpened' }),
      ]);
    given(escalated)
      .when(decideTask('s1-t2', 'approve', holder('P000233'), { now: overdue }))
      .then('TASK_NOT_ASSIGNED_TO_YOU');
  });

  it('lets an unanswered hearing lapse: the hearing never blocks the chain', () => {
    given(history(propose()))
      .when(escalate(overdue))
      .then([
        { type: 'StageEscalated', data: expect.objectContaining({ escalations: [], lapsedTaskIds: ['s0-t1'] }) },
        { type: 'StageOpened', data: expect.objectContaining({ stageIndex: 1, openedAt: overdue }) },
      ]);
  });

  it('is refused before the due date', () => {
    given(inUnitHeads).when(escalate('2026-11-30T16:00:00.000Z')).then('STAGE_NOT_OVERDUE');
  });

  it('is refused when no task has a superior role (the PPK)', () => {
    const atPpk = history(
      propose(),
      consent(),
      decideTask('s1-t1', 'approve', holder('P000110')),
      decideTask('s1-t2', 'approve', holder('P000233')),
    );
    given(atPpk).when(escalate(overdue)).then('ESCALATION_NOT_POSSIBLE');
  });
});
