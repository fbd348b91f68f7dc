import { jakartaDate } from '@mutasi/calendar';
import { checkedDeclaration } from '../conflict-of-interest';
import { DECISIONS_FOR_TASK, NEGATIVE_DECISIONS, type Decision } from '../decision';
import { DomainError } from '../domain-error';
import { stepDocuments, withDocuments } from '../documents/step-documents';
import { evolve } from '../evolve';
import type { DecideTask } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { DecisionEvent, DecisionRecord, TransferEvent } from '../transfer-events';
import { CHAIN_RUNNING_STATUSES } from '../transfer-status';
import type { TaskState, TaskStatus, TransferState } from '../transfer-state';
import { advanceChain } from './advance-chain';
import { checkedReason, requireOpenTask, requireStatus, requireTransfer } from './guards';
import { assignTask } from './task-assignment';

/**
 * The task's status after a decision. A committee (k of n) completes with its k-th approval and
 * is rejected once so many members rejected that k approvals can no longer be reached; a return
 * by any member returns the proposal.
 */
function taskStatusAfter(task: TaskState, decision: Decision): TaskStatus {
  const count = (word: Decision) =>
    task.decisions.filter((d) => d.decision === word).length + (decision === word ? 1 : 0);
  switch (decision) {
    case 'consent':
    case 'objection':
    case 'recommended':
      return 'completed';
    case 'not_recommended':
      return 'rejected';
    case 'approve':
      return count('approve') >= task.required ? 'completed' : 'open';
    case 'reject':
      return task.positionIds.length - count('reject') < task.required ? 'rejected' : 'open';
    case 'return':
      return 'returned';
  }
}

function decisionEvent(record: DecisionRecord<Decision>): DecisionEvent {
  const { decision } = record;
  switch (decision) {
    case 'consent':
    case 'objection':
    case 'recommended':
    case 'not_recommended':
      return { type: 'ConsultationAnswered', data: { ...record, decision } };
    case 'approve':
      return { type: 'ApprovalGranted', data: { ...record, decision } };
    case 'reject':
      return { type: 'ApprovalRejected', data: { ...record, decision } };
    case 'return':
      return { type: 'ProposalReturned', data: { ...record, decision } };
  }
}

export function decideTask(state: TransferState, { data }: DecideTask, config: TransferConfig): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, CHAIN_RUNNING_STATUSES, 'decide');
  const { stage, task } = requireOpenTask(transfer, data.taskId);
  if (!DECISIONS_FOR_TASK[task.type].includes(data.decision)) {
    throw new DomainError(
      'DECISION_NOT_ALLOWED_FOR_TASK',
      `Keputusan "${data.decision}" tidak berlaku untuk tugas ${task.type} / "${data.decision}" is not a decision on a ${task.type} task`,
      { taskId: task.id, decision: data.decision, allowed: DECISIONS_FOR_TASK[task.type] },
    );
  }
  const declaration = checkedDeclaration(task.type, data.declaration);
  const reason = checkedReason(data.reason, NEGATIVE_DECISIONS.includes(data.decision), config.maxTextLength);
  // A step's documents are needed to go forward; refusing or returning needs a reason, not a letter.
  const positive = !NEGATIVE_DECISIONS.includes(data.decision);
  const documents = stepDocuments(transfer, `decide:${task.purpose}`, data.documents, positive);
  const { onBehalfOfUserId, viaPositionId } = assignTask(
    transfer,
    task,
    data.actor,
    data.onBehalfOf,
    jakartaDate(data.now),
  );
  const event = decisionEvent({
    revision: transfer.revision,
    stageIndex: stage.index,
    taskId: task.id,
    taskType: task.type,
    chainRole: task.chainRole,
    decision: data.decision,
    reason,
    deciderUserId: data.actor.userId,
    onBehalfOfUserId,
    viaPositionId,
    decidedAt: data.now,
    taskStatus: taskStatusAfter(task, data.decision),
    proposalVersion: transfer.version,
    workload: data.workload,
    eligibility: transfer.eligibility,
    objectionOnRecord: transfer.objection !== null,
    ...withDocuments(documents),
    ...(declaration === null ? {} : { declaration }),
  });
  return [event, ...advanceChain(evolve(transfer, event), data.now, config)];
}
