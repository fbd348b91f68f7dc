import type { TaskType } from './chain/chain-role';

export type HearingAnswer = 'consent' | 'objection';
export type ConsultationAnswer = 'recommended' | 'not_recommended';
export type ApprovalDecision = 'approve' | 'reject' | 'return';
export type Decision = HearingAnswer | ConsultationAnswer | ApprovalDecision;

export const DECISIONS_FOR_TASK: Record<TaskType, readonly Decision[]> = {
  hearing: ['consent', 'objection'],
  consultation: ['recommended', 'not_recommended'],
  approval: ['approve', 'reject', 'return'],
};

/** Decisions that must give a reason. */
export const NEGATIVE_DECISIONS: readonly Decision[] = ['reject', 'return', 'objection', 'not_recommended'];
