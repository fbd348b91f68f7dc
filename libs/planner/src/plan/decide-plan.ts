import { MOVE_COSTS, type PlanParameters } from '../model/plan-parameters';
import type { DraftedPlan } from '../model/draft-plan';
import { PlannerError } from '../planner-error';
import type { PlanEvent, PlanProposalsCreated } from './plan-events';
import type { PlanScope } from './plan-scope';
import type { PlanState } from './plan-state';

/** Moves per PlanMovesRecorded event: about 300 KB of JSON, a third of the store's limit per event. */
export const MOVES_PER_EVENT = 500;
export const MAX_REASON_LENGTH = 2000;

/** Who decides on a plan: the user and the chain role (personnel_head or ppk of the scope) they hold. */
export interface PlanDecider {
  userId: string;
  chainRole: string;
  positionId: string;
}

export type PlanCommand =
  | {
      type: 'DraftPlan';
      data: {
        planId: string;
        scope: PlanScope;
        parameters: PlanParameters;
        plan: Omit<DraftedPlan, 'timings'>;
        inputCounts: { positions: number; employees: number; wishes: number };
        draftedBy: string;
        now: string;
      };
    }
  | { type: 'ApprovePlan'; data: { decider: PlanDecider; now: string } }
  | { type: 'RejectPlan'; data: { decider: PlanDecider; reason: string; now: string } }
  | {
      type: 'RecordPlanProposals';
      data: Pick<PlanProposalsCreated['data'], 'created' | 'notProposed'> & { now: string };
    };

export function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
  switch (command.type) {
    case 'DraftPlan':
      return draft(command.data, state);
    case 'ApprovePlan': {
      const drafted = decidable(state, command.data.decider);
      if (state.status === 'APPROVED') return [];
      const { userId, chainRole, positionId } = command.data.decider;
      return [
        {
          type: 'PlanApproved',
          data: { planId: drafted.planId, approvedBy: userId, chainRole, positionId, approvedAt: command.data.now },
        },
      ];
    }
    case 'RejectPlan': {
      const drafted = decidable(state, command.data.decider);
      if (state.status === 'APPROVED') throw alreadyDecided(state);
      const reason = command.data.reason.trim();
      if (reason.length === 0) {
        throw new PlannerError('REASON_REQUIRED', 'Alasan wajib diisi / A reason is required');
      }
      if (reason.length > MAX_REASON_LENGTH) {
        throw new PlannerError(
          'REASON_TOO_LONG',
          `Alasan melebihi ${MAX_REASON_LENGTH} karakter / The reason exceeds ${MAX_REASON_LENGTH} characters`,
        );
      }
      const { userId, chainRole, positionId } = command.data.decider;
      return [
        {
          type: 'PlanRejected',
          data: {
            planId: drafted.planId,
            rejectedBy: userId,
            chainRole,
            positionId,
            reason,
            rejectedAt: command.data.now,
          },
        },
      ];
    }
    case 'RecordPlanProposals': {
      if (state.status !== 'APPROVED' || state.drafted === null) {
        throw new PlannerError('PLAN_NOT_APPROVED', 'Rencana belum disetujui / The plan is not approved');
      }
      if (state.proposals !== null) return [];
      const { created, notProposed, now } = command.data;
      return [
        { type: 'PlanProposalsCreated', data: { planId: state.drafted.planId, created, notProposed, createdAt: now } },
      ];
    }
  }
}

function draft(data: Extract<PlanCommand, { type: 'DraftPlan' }>['data'], state: PlanState): PlanEvent[] {
  if (state.status !== 'NONE') {
    throw new PlannerError('PLAN_ALREADY_EXISTS', 'Rencana sudah ada / The plan already exists', {
      planId: data.planId,
    });
  }
  const { planId, scope, parameters, plan, inputCounts, draftedBy, now } = data;
  const events: PlanEvent[] = [
    {
      type: 'PlanDrafted',
      data: {
        planId,
        scope,
        parameters,
        model: { moveCosts: { ...MOVE_COSTS }, wishBonus: 'wishWeight × (4 − wish rank) / 3' },
        inputHash: plan.inputHash,
        inputCounts,
        solver: plan.solver,
        totals: plan.totals,
        moveCount: plan.moves.length,
        emptyReason: plan.emptyReason,
        draftedBy,
        draftedAt: now,
      },
    },
  ];
  for (let part = 0; part * MOVES_PER_EVENT < plan.moves.length; part++) {
    const moves = plan.moves.slice(part * MOVES_PER_EVENT, (part + 1) * MOVES_PER_EVENT);
    events.push({ type: 'PlanMovesRecorded', data: { planId, part, moves } });
  }
  return events;
}

/** The plan exists, is not rejected, and the decider did not draft it. */
function decidable(state: PlanState, decider: PlanDecider) {
  if (state.drafted === null) {
    throw new PlannerError('PLAN_NOT_FOUND', 'Rencana tidak ditemukan / Plan not found');
  }
  if (state.status === 'REJECTED') throw alreadyDecided(state);
  if (decider.userId === state.drafted.draftedBy) {
    throw new PlannerError(
      'PLAN_SELF_APPROVAL',
      'Penyusun rencana tidak boleh memutuskannya / The drafter of a plan may not decide on it',
      { draftedBy: state.drafted.draftedBy },
    );
  }
  return state.drafted;
}

function alreadyDecided(state: PlanState): PlannerError {
  return new PlannerError(
    'PLAN_ALREADY_DECIDED',
    `Rencana sudah diputuskan (${state.status}) / The plan was already decided (${state.status})`,
    { status: state.status },
  );
}
