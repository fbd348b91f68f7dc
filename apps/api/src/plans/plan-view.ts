import type { PlanMove, PlanState } from '@mutasi/planner';

export interface MovePage {
  limit: number;
  cursor?: string;
  unitId?: string;
}

/** A page of moves (optionally those leaving or entering a unit), from an offset cursor. */
export function pageOfMoves(moves: readonly PlanMove[], page: MovePage) {
  const selected = page.unitId
    ? moves.filter((m) => m.originUnitId === page.unitId || m.targetUnitId === page.unitId)
    : moves;
  const start = page.cursor ? Number(page.cursor) : 0;
  const items = selected.slice(start, start + page.limit);
  const next = start + items.length;
  return { total: selected.length, items, nextCursor: next < selected.length ? String(next) : null };
}

/** A stored plan as GET /plans/{id} shows it: what it was drafted from, its totals, the decision, a page of moves. */
export function planView(state: PlanState, page: MovePage) {
  const drafted = state.drafted;
  if (drafted === null) throw new Error('view of a plan that was never drafted');
  const created = new Map((state.proposals?.created ?? []).map((c) => [c.moveId, c.transferId]));
  const refused = new Map((state.proposals?.notProposed ?? []).map((n) => [n.moveId, n]));
  const moves = pageOfMoves(state.moves, page);
  return {
    id: drafted.planId,
    version: state.version,
    status: state.status,
    scope: drafted.scope,
    parameters: drafted.parameters,
    model: drafted.model,
    inputHash: drafted.inputHash,
    inputCounts: drafted.inputCounts,
    solver: drafted.solver,
    totals: drafted.totals,
    emptyReason: drafted.emptyReason,
    draftedBy: drafted.draftedBy,
    draftedAt: drafted.draftedAt,
    decision: state.decision,
    proposals:
      state.proposals === null
        ? null
        : {
            created: state.proposals.created.length,
            notProposed: state.proposals.notProposed,
            createdAt: state.proposals.createdAt,
          },
    moveCount: drafted.moveCount,
    moves: {
      total: moves.total,
      nextCursor: moves.nextCursor,
      items: moves.items.map((move) => ({
        ...move,
        transferId: created.get(move.moveId) ?? null,
        notProposed: refused.has(move.moveId)
          ? { code: refused.get(move.moveId)?.code, message: refused.get(move.moveId)?.message }
          : null,
      })),
    },
  };
}
