import type { TaskType } from './chain/chain-role';
import type { Decider } from './transfer-commands';
import type { DecisionEvent, TransferEvent } from './transfer-events';

/** Who a DecideTask's events are recorded as having come from (their metadata). */
export interface DecisionActor {
  /** The employee answers the hearing, a consultant a consultation, an approver the rest. */
  actorRole: string;
  /** The official the decider acted for under a standing delegation, if any. */
  onBehalfOfUserId: string | null;
}

const DECISION_TYPES: readonly TransferEvent['type'][] = [
  'ConsultationAnswered',
  'ApprovalGranted',
  'ApprovalRejected',
  'ProposalReturned',
];

export function isDecisionEvent(event: TransferEvent): event is DecisionEvent {
  return DECISION_TYPES.includes(event.type);
}

/** The role a user acts in on a task of `taskType`: the employee, a consultant, or an approver. */
export function actorRoleFor(taskType: TaskType, roles: readonly string[]): string {
  if (taskType === 'hearing') return 'employee';
  if (taskType === 'consultation' && roles.includes('consultant')) return 'consultant';
  return roles.includes('approver') ? 'approver' : (roles[0] ?? 'unknown');
}

/** Read from the decision among the events `decide` gave for a DecideTask by `decider`. */
export function decisionActor(events: readonly TransferEvent[], decider: Decider): DecisionActor {
  const decision = events.find(isDecisionEvent);
  if (!decision) throw new Error('DecideTask produced no decision event');
  return {
    actorRole: actorRoleFor(decision.data.taskType, decider.roles),
    onBehalfOfUserId: decision.data.onBehalfOfUserId,
  };
}
