import { provinceOf } from '@mutasi/transfers';
import { requiredStaff } from '@mutasi/workforce/domain';
import { MOVE_COSTS, type PlanParameters } from '../model/plan-parameters';
import type { PlannerInput } from '../model/planner-input';

export interface SimpleMove {
  employeeNip: string;
  originPositionId: string;
  targetPositionId: string;
}

/**
 * The model's objective, computed from scratch for checking: Σ|required − actual| after the moves
 * over measured positions, plus each move's cost (by agency and province), minus wish bonuses.
 */
export function planObjective(input: PlannerInput, parameters: PlanParameters, moves: readonly SimpleMove[]): number {
  const unitAgency = new Map(input.units.map((u) => [u.id, u.agencyId]));
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  const positions = new Map(input.positions.map((p) => [p.id, p]));
  const count = new Map<string, number>();
  for (const e of input.employees) count.set(e.positionId, (count.get(e.positionId) ?? 0) + 1);
  for (const m of moves) {
    count.set(m.originPositionId, (count.get(m.originPositionId) ?? 0) - 1);
    count.set(m.targetPositionId, (count.get(m.targetPositionId) ?? 0) + 1);
  }
  let total = 0;
  for (const p of input.positions) {
    if (p.annualWorkloadMinutes === null) continue;
    total += Math.abs((count.get(p.id) ?? 0) - requiredStaff(p.annualWorkloadMinutes, input.settings));
  }
  for (const m of moves) {
    const from = agencies.get(unitAgency.get(positions.get(m.originPositionId)!.unitId)!)!;
    const to = agencies.get(unitAgency.get(positions.get(m.targetPositionId)!.unitId)!)!;
    total +=
      from.id === to.id
        ? MOVE_COSTS.sameAgency
        : provinceOf(from.regionCode) === provinceOf(to.regionCode)
          ? MOVE_COSTS.interAgency
          : MOVE_COSTS.interProvince;
    const wishes = input.wishes.filter((w) => w.nip === m.employeeNip).sort((a, b) => a.rank - b.rank);
    const granted = wishes.find(
      (w) =>
        w.positionId === m.targetPositionId ||
        (w.positionId === null && w.unitId === positions.get(m.targetPositionId)!.unitId),
    );
    if (granted) total -= (parameters.wishWeight * (4 - granted.rank)) / 3;
  }
  return total;
}
