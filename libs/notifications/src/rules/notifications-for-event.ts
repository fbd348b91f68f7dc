import { addDays, addMonths } from '@mutasi/calendar';
import {
  DEFAULT_TRANSFER_CONFIG,
  type StageState,
  type TaskState,
  type Transfer,
  type TransferEvent,
  type TransferState,
} from '@mutasi/transfers';
import type { NotificationDetails, NotificationIntent, RecipientRef, TaskFacts } from './notification-intent';

export type ReminderSettings = {
  /** How long before a task falls due its holders are reminded. */
  taskReminderLeadHours: number;
  /** Months after the effective date when the evaluation falls due. */
  evaluationPeriodMonths: number;
  /** Days before a temporary assignment ends when the employee and both agencies' operators are told. */
  assignmentEndingLeadDays: number;
};

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  taskReminderLeadHours: 24,
  evaluationPeriodMonths: DEFAULT_TRANSFER_CONFIG.evaluationPeriodMonths,
  assignmentEndingLeadDays: 14,
};

/** 08:00 in Jakarta on a calendar date. */
const morningOf = (date: string): string => `${date}T01:00:00.000Z`;

/**
 * PRODUCT.md §7: who is told what about one event of a transfer stream. `before` is the state the
 * event applied to, `after` the state it produced. The employee concerned hears of every step of
 * their move; the holders of a task hear when it opens for them (opened, delegated, escalated,
 * passed on by a holder who declared a conflict of interest) and
 * again as it falls due, if still open; the proposal's authors hear of its return, rejection and
 * approval, and, with the employee, when the evaluation falls due. The actor is left out later,
 * when recipients are resolved (see `outboxRows`).
 */
export function notificationsFor(
  event: TransferEvent,
  before: TransferState,
  after: Transfer,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): NotificationIntent[] {
  const employee: RecipientRef = { kind: 'employee', nip: after.employeeNip };
  const authors: RecipientRef[] = after.authorUserIds.map((username) => ({ kind: 'user', username }));
  const to = (
    recipients: RecipientRef[],
    template: NotificationIntent['template'],
    details: NotificationDetails = {},
  ) => recipients.map((recipient): NotificationIntent => ({ template, recipient, details }));
  /** Reminds the holders of a task shortly before it falls due, unless that moment has already come. */
  const reminder = (recipients: RecipientRef[], stage: StageState, task: TaskState, dueAt: string, at: string) => {
    const sendAt = new Date(Date.parse(dueAt) - settings.taskReminderLeadHours * 3_600_000).toISOString();
    if (Date.parse(sendAt) <= Date.parse(at)) return [];
    return recipients.map((recipient): NotificationIntent => ({
      template: 'task-due-soon',
      recipient,
      details: { task: taskFacts(stage, task), dueAt },
      schedule: { sendAt, condition: { kind: 'task-open', taskId: task.id, dueAt } },
    }));
  };

  /**
   * Tells the employee and the operators of both agencies, some days before a temporary assignment
   * ends, that they return home then; not if it was extended, converted or ended meanwhile.
   */
  const assignmentEnding = (at: string): NotificationIntent[] => {
    const assignment = after.temporary ?? null;
    if (assignment === null || assignment.phase !== 'away') return [];
    const { endDate } = assignment;
    const sendOn = addDays(endDate, -settings.assignmentEndingLeadDays);
    const sendAt = Date.parse(morningOf(sendOn)) > Date.parse(at) ? morningOf(sendOn) : at;
    if (Date.parse(sendAt) >= Date.parse(`${endDate}T00:00:00+07:00`)) return [];
    const schedule = { sendAt, condition: { kind: 'assignment-ending', endDate } as const };
    const operators: RecipientRef = {
      kind: 'agency-operators',
      agencyIds: [...new Set([after.origin.agency.id, after.target.agency.id])],
    };
    return to([employee, operators], 'assignment-ending', { endDate }).map((intent) => ({ ...intent, schedule }));
  };

  switch (event.type) {
    case 'TransferProposed':
      return to([employee], 'transfer-proposed');
    case 'StageOpened': {
      const stage = after.stages[event.data.stageIndex];
      if (stage === undefined) return [];
      const { dueAt, openedAt } = event.data;
      return stage.tasks
        .filter((task) => task.status === 'open')
        .flatMap((task) =>
          task.type === 'hearing'
            ? to([employee], 'hearing-requested', { task: taskFacts(stage, task), dueAt })
            : [
                ...to(holders(task.positionIds), 'task-assigned', { task: taskFacts(stage, task), dueAt }),
                ...reminder(holders(task.positionIds), stage, task, dueAt, openedAt),
              ],
        );
    }
    case 'ConsultationAnswered':
    case 'ApprovalGranted':
    case 'ApprovalRejected':
    case 'ProposalReturned': {
      if (before.status === after.status) return [];
      const details: NotificationDetails = {
        reason: event.data.reason,
        decidedBy: event.data.deciderUserId,
        onBehalfOf: event.data.onBehalfOfUserId,
      };
      if (after.status === 'REJECTED') {
        return [...to([employee], 'proposal-rejected', details), ...to(authors, 'proposal-rejected-proposer', details)];
      }
      if (after.status === 'RETURNED') return to(authors, 'proposal-returned', details);
      return [];
    }
    case 'TaskDelegated': {
      const found = findOpenTask(after, event.data.taskId);
      if (found === null) return [];
      return to([{ kind: 'user', username: event.data.delegateUserId }], 'task-delegated', {
        task: taskFacts(found.stage, found.task),
        dueAt: found.stage.dueAt ?? undefined,
        delegatedBy: event.data.delegatorUserId,
        delegation: { from: event.data.from, to: event.data.to },
      });
    }
    case 'StageEscalated': {
      const stage = after.stages[event.data.stageIndex];
      if (stage === undefined) return [];
      return event.data.escalations.flatMap((escalation) => {
        const task = stage.tasks.find((t) => t.id === escalation.taskId);
        if (task === undefined || task.status !== 'open') return [];
        const { dueAt, escalatedAt, reason } = event.data;
        return [
          ...to(holders(escalation.positionIds), 'task-escalated', {
            task: taskFacts(stage, task),
            dueAt,
            escalatedFrom: escalation.fromChainRole,
            reason,
          }),
          ...reminder(holders(escalation.positionIds), stage, task, dueAt, escalatedAt),
        ];
      });
    }
    case 'ConflictOfInterestDeclared': {
      const found = findOpenTask(after, event.data.taskId);
      const dueAt = found?.stage.dueAt;
      if (!found || !dueAt) return [];
      const { stage, task } = found;
      const { positionIds, fromChainRole } = event.data.reassignment;
      return [
        ...to(holders(positionIds), 'task-reassigned-conflict', {
          task: taskFacts(stage, task),
          dueAt,
          escalatedFrom: fromChainRole,
        }),
        ...reminder(holders(positionIds), stage, task, dueAt, event.data.declaredAt),
      ];
    }
    case 'ProposalApproved':
      return [...to([employee], 'proposal-approved'), ...to(authors, 'proposal-approved-proposer')];
    case 'ProposalWithdrawn':
      return to([employee], 'proposal-withdrawn', {
        reason: event.data.reason,
        withdrawnBy: event.data.withdrawnByUserId,
      });
    case 'TransferDecreeIssued': {
      const { decreeNumber, decreeDate, effectiveDate } = event.data;
      return to([employee], 'decree-issued', { decree: { decreeNumber, decreeDate, effectiveDate } });
    }
    case 'TransferExecuted': {
      const { effectiveDate } = event.data;
      const evaluationFrom = addMonths(effectiveDate, settings.evaluationPeriodMonths);
      const schedule = { sendAt: morningOf(evaluationFrom), condition: { kind: 'not-evaluated' } as const };
      return [
        ...to([employee], 'transfer-executed', { effectiveDate }),
        ...assignmentEnding(event.data.executedAt),
        ...[
          ...to([employee], 'evaluation-due', { effectiveDate, evaluationFrom }),
          ...to(authors, 'evaluation-due-proposer', { effectiveDate, evaluationFrom }),
        ].map((intent) => ({ ...intent, schedule })),
      ];
    }
    case 'TransferEvaluated': {
      const { performanceScore, adaptation, notes } = event.data;
      return to([employee], 'transfer-evaluated', { evaluation: { performanceScore, adaptation, notes } });
    }
    case 'AssignmentExtended':
      return assignmentEnding(event.data.extendedAt);
    case 'ProposalRevised':
    case 'AssignmentConvertedToPermanent':
    case 'AssignmentReturned':
      return [];
  }
}

function holders(positionIds: readonly string[]): RecipientRef[] {
  return positionIds.length === 0 ? [] : [{ kind: 'position-holders', positionIds: [...positionIds] }];
}

function taskFacts(stage: StageState, task: TaskState): TaskFacts {
  return {
    id: task.id,
    type: task.type,
    chainRole: task.chainRole,
    side: task.side,
    purpose: task.purpose,
    required: task.required,
    stageIndex: stage.index,
  };
}

function findOpenTask(transfer: Transfer, taskId: string): { stage: StageState; task: TaskState } | null {
  for (const stage of transfer.stages) {
    const task = stage.tasks.find((t) => t.id === taskId && t.status === 'open');
    if (task) return { stage, task };
  }
  return null;
}
