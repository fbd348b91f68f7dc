import type { SolverIdentity } from '../model/transport-problem';
import type { PlanMove } from '../model/plan-move';
import type { PlanParameters } from '../model/plan-parameters';
import type { PlanTotals } from '../model/plan-totals';
import type { PlanScope } from './plan-scope';

type Event<Type extends string, Data> = { type: Type; data: Data };

/** A plan was computed: everything needed to reproduce it, and its totals. Its moves follow in PlanMovesRecorded. */
export type PlanDrafted = Event<
  'PlanDrafted',
  {
    planId: string;
    scope: PlanScope;
    parameters: PlanParameters;
    /** Move costs and wish bonus rule of the model, in staff of gap. */
    model: { moveCosts: Record<string, number>; wishBonus: string };
    inputHash: string;
    inputCounts: { positions: number; employees: number; wishes: number };
    solver: SolverIdentity;
    totals: PlanTotals;
    moveCount: number;
    emptyReason: { code: string; message: string } | null;
    draftedBy: string;
    draftedAt: string;
  }
>;

/** A slice of the plan's moves (events stay well under the store's size limit). */
export type PlanMovesRecorded = Event<'PlanMovesRecorded', { planId: string; part: number; moves: PlanMove[] }>;

export type PlanApproved = Event<
  'PlanApproved',
  { planId: string; approvedBy: string; chainRole: string; positionId: string; approvedAt: string }
>;

export type PlanRejected = Event<
  'PlanRejected',
  { planId: string; rejectedBy: string; chainRole: string; positionId: string; reason: string; rejectedAt: string }
>;

/** The approved plan's moves turned into transfer proposals; a move no longer eligible is reported instead. */
export type PlanProposalsCreated = Event<
  'PlanProposalsCreated',
  {
    planId: string;
    created: { moveId: string; transferId: string }[];
    notProposed: { moveId: string; transferId: string; code: string; message: string }[];
    createdAt: string;
  }
>;

export type PlanEvent = PlanDrafted | PlanMovesRecorded | PlanApproved | PlanRejected | PlanProposalsCreated;

export const PLAN_EVENT_TYPES: readonly PlanEvent['type'][] = [
  'PlanDrafted',
  'PlanMovesRecorded',
  'PlanApproved',
  'PlanRejected',
  'PlanProposalsCreated',
];
