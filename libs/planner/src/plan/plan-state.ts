import type { PlanMove } from '../model/plan-move';
import type { PlanDrafted, PlanEvent, PlanProposalsCreated } from './plan-events';

export type PlanStatus = 'NONE' | 'DRAFTED' | 'APPROVED' | 'REJECTED';

export interface PlanState {
  status: PlanStatus;
  version: number;
  drafted: PlanDrafted['data'] | null;
  moves: PlanMove[];
  decision: { by: string; chainRole: string; positionId: string; at: string; reason: string | null } | null;
  proposals: PlanProposalsCreated['data'] | null;
}

export const initialPlanState: PlanState = {
  status: 'NONE',
  version: 0,
  drafted: null,
  moves: [],
  decision: null,
  proposals: null,
};

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  const version = state.version + 1;
  switch (event.type) {
    case 'PlanDrafted':
      return { ...state, version, status: 'DRAFTED', drafted: event.data };
    case 'PlanMovesRecorded':
      return { ...state, version, moves: [...state.moves, ...event.data.moves] };
    case 'PlanApproved': {
      const { approvedBy, chainRole, positionId, approvedAt } = event.data;
      return {
        ...state,
        version,
        status: 'APPROVED',
        decision: { by: approvedBy, chainRole, positionId, at: approvedAt, reason: null },
      };
    }
    case 'PlanRejected': {
      const { rejectedBy, chainRole, positionId, rejectedAt, reason } = event.data;
      return {
        ...state,
        version,
        status: 'REJECTED',
        decision: { by: rejectedBy, chainRole, positionId, at: rejectedAt, reason },
      };
    }
    case 'PlanProposalsCreated':
      return { ...state, version, proposals: event.data };
  }
}

export function foldPlan(events: readonly PlanEvent[]): PlanState {
  return events.reduce(evolvePlan, initialPlanState);
}
