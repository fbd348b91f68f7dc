import { evolve, initialState, type TransferEvent, type TransferState } from '@mutasi/transfers';
import {
  AHMAD,
  APPROVE_KIND_B_CHAIN,
  BAMBANG,
  approveB,
  consent,
  decideTask,
  declareConflict,
  delegate,
  escalate,
  evaluate,
  execute,
  holder,
  issueDecree,
  propose,
  proposeAhmad,
  revise,
  withdraw,
  history,
  run,
} from '@mutasi/transfers/testing';
import type { NotificationIntent } from './notification-intent';
import { DEFAULT_REMINDER_SETTINGS, notificationsFor } from './notifications-for-event';

/** The intents of the last `count` events of a history, each with its event type. */
function intentsOfLast(
  events: TransferEvent[],
  count = 1,
  settings = DEFAULT_REMINDER_SETTINGS,
): [string, NotificationIntent[]][] {
  let state: TransferState = initialState;
  const out: [string, NotificationIntent[]][] = [];
  events.forEach((event, i) => {
    const after = evolve(state, event);
    if (i >= events.length - count) out.push([event.type, notificationsFor(event, state, after, settings)]);
    state = after;
  });
  return out;
}

const employee = { kind: 'employee', nip: BAMBANG };
const proposer = { kind: 'user', username: 'operator-99-71' };
const holders = (...positionIds: string[]) => ({ kind: 'position-holders', positionIds });

describe('who is told what', () => {
  it('a proposal tells the employee, and its hearing asks them to answer by the due date', () => {
    expect(intentsOfLast(history(propose()), 2)).toEqual([
      ['TransferProposed', [{ template: 'transfer-proposed', recipient: employee, details: {} }]],
      [
        'StageOpened',
        [
          {
            template: 'hearing-requested',
            recipient: employee,
            details: {
              task: expect.objectContaining({ id: 's0-t1', type: 'hearing', stageIndex: 0 }),
              dueAt: '2026-11-30T16:59:59.999Z',
            },
          },
        ],
      ],
    ]);
  });

  it('an opened stage tells the holders of each of its tasks, with the task and its due date', () => {
    const [[, intents]] = intentsOfLast(history(propose(), consent()));
    expect(intents.filter((i) => i.schedule === undefined)).toEqual([
      {
        template: 'task-assigned',
        recipient: holders('P000110'),
        details: {
          task: {
            id: 's1-t1',
            type: 'approval',
            chainRole: 'unit_head',
            side: 'origin',
            purpose: 'recommend',
            required: 1,
            stageIndex: 1,
          },
          dueAt: expect.any(String),
        },
      },
      expect.objectContaining({ template: 'task-assigned', recipient: holders('P000233') }),
    ]);
  });

  it('and reminds them a day before it falls due, if the task is still open then', () => {
    const [[, intents]] = intentsOfLast(history(propose(), consent()));
    expect(intents.filter((i) => i.schedule !== undefined)).toEqual([
      {
        template: 'task-due-soon',
        recipient: holders('P000110'),
        details: { task: expect.objectContaining({ id: 's1-t1' }), dueAt: '2026-11-30T16:59:59.999Z' },
        schedule: {
          sendAt: '2026-11-29T16:59:59.999Z',
          condition: { kind: 'task-open', taskId: 's1-t1', dueAt: '2026-11-30T16:59:59.999Z' },
        },
      },
      expect.objectContaining({ template: 'task-due-soon', recipient: holders('P000233') }),
    ]);
    const month = { ...DEFAULT_REMINDER_SETTINGS, taskReminderLeadHours: 24 * 30 };
    const [[, tooLate]] = intentsOfLast(history(propose(), consent()), 1, month);
    expect(tooLate.map((i) => i.template)).toEqual(['task-assigned', 'task-assigned']);
  });

  it('an answer or approval that moves nothing on tells nobody (the next stage opening does)', () => {
    const events = history(propose(), consent(), approveB('originUnitHead'));
    expect(intentsOfLast(events)).toEqual([['ApprovalGranted', []]]);
    expect(intentsOfLast(history(propose(), consent()), 2)[0]).toEqual(['ConsultationAnswered', []]);
  });

  it('a return tells the authors of the proposal, with the reason and who returned it', () => {
    const events = history(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')));
    expect(intentsOfLast(events)).toEqual([
      [
        'ProposalReturned',
        [
          {
            template: 'proposal-returned',
            recipient: proposer,
            details: { reason: 'Alasan return', decidedBy: 'user-P000110', onBehalfOf: null },
          },
        ],
      ],
    ]);
  });

  it('a rejection tells the employee and the authors, each in their own words', () => {
    const events = history(propose(), consent(), decideTask('s1-t1', 'reject', holder('P000110')));
    const [[, intents]] = intentsOfLast(events);
    expect(intents.map((i) => [i.template, i.recipient])).toEqual([
      ['proposal-rejected', employee],
      ['proposal-rejected-proposer', proposer],
    ]);
    expect(intents[0].details).toEqual({ reason: 'Alasan reject', decidedBy: 'user-P000110', onBehalfOf: null });
  });

  it('a committee vote against that leaves the task open tells nobody; the one that rejects it does', () => {
    const atCommittee = [
      proposeAhmad(),
      consent(AHMAD),
      decideTask('s1-t1', 'approve', holder('P000199')),
      decideTask('s1-t2', 'approve', holder('P000166')),
      decideTask('s2-t1', 'approve', holder('P000171')),
      decideTask('s3-t1', 'reject', holder('P000167')),
    ];
    expect(intentsOfLast(history(...atCommittee))).toEqual([['ApprovalRejected', []]]);
    const rejected = history(...atCommittee, decideTask('s3-t1', 'reject', holder('P000173')));
    expect(intentsOfLast(rejected)[0][1].map((i) => i.template)).toEqual([
      'proposal-rejected',
      'proposal-rejected-proposer',
    ]);
  });

  it('the approval of the last stage tells the employee and the authors', () => {
    const events = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN);
    expect(intentsOfLast(events)).toEqual([
      [
        'ProposalApproved',
        [
          { template: 'proposal-approved', recipient: employee, details: {} },
          { template: 'proposal-approved-proposer', recipient: proposer, details: {} },
        ],
      ],
    ]);
  });

  it('decree, execution and evaluation tell the employee, with what was decided; the evaluation is announced when due', () => {
    const approved = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN);
    const done = run(approved, issueDecree(), execute(), evaluate());
    expect(intentsOfLast(done, 3)).toEqual([
      [
        'TransferDecreeIssued',
        [
          {
            template: 'decree-issued',
            recipient: employee,
            details: {
              decree: { decreeNumber: '800/123/BKD/2026', decreeDate: '2026-12-01', effectiveDate: '2027-01-01' },
            },
          },
        ],
      ],
      [
        'TransferExecuted',
        [
          { template: 'transfer-executed', recipient: employee, details: { effectiveDate: '2027-01-01' } },
          {
            template: 'evaluation-due',
            recipient: employee,
            details: { effectiveDate: '2027-01-01', evaluationFrom: '2027-07-01' },
            schedule: { sendAt: '2027-07-01T01:00:00.000Z', condition: { kind: 'not-evaluated' } },
          },
          {
            template: 'evaluation-due-proposer',
            recipient: proposer,
            details: { effectiveDate: '2027-01-01', evaluationFrom: '2027-07-01' },
            schedule: { sendAt: '2027-07-01T01:00:00.000Z', condition: { kind: 'not-evaluated' } },
          },
        ],
      ],
      [
        'TransferEvaluated',
        [
          {
            template: 'transfer-evaluated',
            recipient: employee,
            details: { evaluation: { performanceScore: 82, adaptation: 'good', notes: 'Beradaptasi dengan baik' } },
          },
        ],
      ],
    ]);
  });

  it('a delegation tells the delegate, with the task, its due date and who delegated', () => {
    const events = history(propose(), consent(), delegate('s1-t1', holder('P000110'), 'deputy', { to: '2026-12-31' }));
    expect(intentsOfLast(events)).toEqual([
      [
        'TaskDelegated',
        [
          {
            template: 'task-delegated',
            recipient: { kind: 'user', username: 'deputy' },
            details: {
              task: expect.objectContaining({ id: 's1-t1', chainRole: 'unit_head' }),
              dueAt: '2026-11-30T16:59:59.999Z',
              delegatedBy: 'user-P000110',
              delegation: { from: null, to: '2026-12-31' },
            },
          },
        ],
      ],
    ]);
  });

  it('an escalation tells the holders of the superior role of each escalated task; a lapsed hearing tells nobody', () => {
    const overdue = '2026-12-01T02:00:00.000Z';
    const escalated = history(propose(), consent(), escalate(overdue));
    const [[, intents]] = intentsOfLast(escalated);
    expect(intents.filter((i) => i.template === 'task-due-soon').map((i) => [i.recipient, i.schedule?.sendAt])).toEqual(
      [
        [holders('P000089'), '2026-12-07T16:59:59.999Z'],
        [holders('P000212'), '2026-12-07T16:59:59.999Z'],
      ],
    );
    expect(intents.filter((i) => i.template !== 'task-due-soon')).toEqual([
      {
        template: 'task-escalated',
        recipient: holders('P000089'),
        details: {
          task: expect.objectContaining({ id: 's1-t1', chainRole: 'personnel_head' }),
          dueAt: '2026-12-08T16:59:59.999Z',
          escalatedFrom: 'unit_head',
          reason: 'Lewat batas waktu',
        },
      },
      expect.objectContaining({ template: 'task-escalated', recipient: holders('P000212') }),
    ]);
    const lapsed = history(propose(), escalate(overdue));
    expect(intentsOfLast(lapsed, 2).map(([type, found]) => [type, found.map((i) => i.template)])).toEqual([
      ['StageEscalated', []],
      ['StageOpened', ['task-assigned', 'task-due-soon', 'task-assigned', 'task-due-soon']],
    ]);
  });

  it('a declared conflict tells the superior role’s holders the task is theirs now, without the conflict’s reason', () => {
    const recused = history(propose(), consent(), declareConflict('s1-t1', holder('P000110')));
    const [[type, intents]] = intentsOfLast(recused);
    expect(type).toBe('ConflictOfInterestDeclared');
    expect(intents).toEqual([
      {
        template: 'task-reassigned-conflict',
        recipient: holders('P000089'),
        details: {
          task: expect.objectContaining({ id: 's1-t1', chainRole: 'personnel_head' }),
          dueAt: '2026-11-30T16:59:59.999Z',
          escalatedFrom: 'unit_head',
        },
      },
      expect.objectContaining({ template: 'task-due-soon', recipient: holders('P000089') }),
    ]);
  });

  it('a withdrawal tells the employee; a revision tells nobody until its hearing opens', () => {
    const withdrawn = history(propose(), consent(), withdraw());
    expect(intentsOfLast(withdrawn)).toEqual([
      [
        'ProposalWithdrawn',
        [
          {
            template: 'proposal-withdrawn',
            recipient: employee,
            details: { reason: 'Pegawai mengundurkan diri dari usulan', withdrawnBy: 'operator-99-71' },
          },
        ],
      ],
    ]);
    const revised = history(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')), revise());
    expect(intentsOfLast(revised, 2).map(([type, found]) => [type, found.map((i) => i.template)])).toEqual([
      ['ProposalRevised', []],
      ['StageOpened', ['hearing-requested']],
    ]);
  });
});
