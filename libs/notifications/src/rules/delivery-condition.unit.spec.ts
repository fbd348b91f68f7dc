import { foldEvents } from '@mutasi/transfers';
import {
  APPROVE_KIND_B_CHAIN,
  approveB,
  consent,
  escalate,
  evaluate,
  execute,
  issueDecree,
  propose,
  withdraw,
  history,
  run,
} from '@mutasi/transfers/testing';
import { conditionHolds } from './delivery-condition';

const due = '2026-11-30T16:59:59.999Z';
const taskOpen = { kind: 'task-open', taskId: 's1-t1', dueAt: due } as const;

describe('a reminder is sent only while it is true', () => {
  it('a task reminder, while the task is open and due when it was', () => {
    const opened = history(propose(), consent());
    expect(conditionHolds(taskOpen, foldEvents(opened))).toBe(true);
    expect(conditionHolds(taskOpen, foldEvents(run(opened, approveB('originUnitHead'))))).toBe(false);
    expect(conditionHolds(taskOpen, foldEvents(run(opened, withdraw())))).toBe(false);
    expect(conditionHolds(taskOpen, foldEvents(run(opened, escalate('2026-12-01T02:00:00.000Z'))))).toBe(false);
    expect(conditionHolds({ ...taskOpen, taskId: 's9-t9' }, foldEvents(opened))).toBe(false);
  });

  it('an evaluation reminder, until the evaluation is recorded', () => {
    const executed = run(history(propose(), consent(), ...APPROVE_KIND_B_CHAIN), issueDecree(), execute());
    expect(conditionHolds({ kind: 'not-evaluated' }, foldEvents(executed))).toBe(true);
    expect(conditionHolds({ kind: 'not-evaluated' }, foldEvents(run(executed, evaluate())))).toBe(false);
    expect(conditionHolds({ kind: 'not-evaluated' }, foldEvents([]))).toBe(false);
  });
});
