import type { StageState, TaskState, Transfer, TransferEvent, TransferState } from '@mutasi/transfers';
import type { NotificationDetails, NotificationIntent, RecipientRef, TaskFacts } from './notification-intent';

/**
 * PRODUCT.md §7: who is told what about one event of a transfer stream. `before` is the state the
 * event applied to, `after` the state it produced. The employee concerned hears of every step of
 * their move; the holders of a task hear when it opens for them (opened, delegated, escalated);
 * the proposal's authors hear of its return, rejection and approval. The actor is left out later,
 * when recipients are resolved (see `outboxRows`).
 */
export function notificationsFor(event: TransferEvent, before: TransferState, after: Transfer): NotificationIntent[] {
  const employee: RecipientRef = { kind: 'employee', nip: after.employeeNip };
  const authors: RecipientRef[] = after.authorUserIds.map((username) => ({ kind: 'user', username }));
  const to = (
    recipients: RecipientRef[],
    template: NotificationIntent['template'],
    details: NotificationDetails = {},
  ) => recipients.map((recipient): NotificationIntent => ({ template, recipient, details }));

  switch (event.type) {
    case 'TransferProposed':
      return to([employee], 'transfer-proposed');
    case 'StageOpened': {
      const stage = after.stages[event.data.stageIndex];
      if (stage === undefined) return [];
      return stage.tasks
        .filter((task) => task.status === 'open')
        .flatMap((task) =>
          task.type === 'hearing'
            ? to([employee], 'hearing-requested', { task: taskFacts(stage, task), dueAt: event.data.dueAt })
            : to(holders(task.positionIds), 'task-assigned', { task: taskFacts(stage, task), dueAt: event.data.dueAt }),
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
        return to(holders(escalation.positionIds), 'task-escalated', {
          task: taskFacts(stage, task),
          dueAt: event.data.dueAt,
          escalatedFrom: escalation.fromChainRole,
          reason: event.data.reason,
        });
      });
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
    case 'TransferExecuted':
      return to([employee], 'transfer-executed', { effectiveDate: event.data.effectiveDate });
    case 'TransferEvaluated': {
      const { performanceScore, adaptation, notes } = event.data;
      return to([employee], 'transfer-evaluated', { evaluation: { performanceScore, adaptation, notes } });
    }
    case 'ProposalRevised':
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
