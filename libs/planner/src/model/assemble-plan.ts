import { transferKind, type PlacementSnapshot } from '@mutasi/transfers';
import { summarizeWorkload, type StaffedPosition } from '@mutasi/workforce/domain';
import { relationOf, wishBonus, type PlanModel } from './build-model';
import { decomposeFlows } from './flow-network';
import { MOVE_COSTS } from './plan-parameters';
import { explainMove } from './explain-move';
import type { PlanMove, UnitEfficiency } from './plan-move';
import type { PlannerInput } from './planner-input';
import { positionFigures } from './position-figures';
import { runSteps, STEP_RECORDS, type Steps } from './steps';
import { emptyBandCounts, emptyKindCounts, isSevere, type PlanTotals } from './plan-totals';

export interface PlanDraft {
  moves: PlanMove[];
  totals: PlanTotals;
  emptyReason: { code: string; message: string } | null;
}

const INTEGRALITY_TOLERANCE = 1e-6;

/** The solver's flow per edge as whole moves; the network is totally unimodular, so anything else is a solver fault. */
export function edgeFlows(model: PlanModel, colValue: Float64Array | null): number[] {
  return model.network.edges.map((_, j) => {
    const value = colValue?.[j] ?? 0;
    const whole = Math.round(value);
    if (Math.abs(value - whole) > INTEGRALITY_TOLERANCE) {
      throw new Error(`The solver returned a fractional flow ${value} on edge ${j}`);
    }
    return whole;
  });
}

export interface ChosenMove {
  employee: PlannerInput['employees'][number];
  targetPositionId: string;
  wishRank: number | null;
}

/**
 * Turns whole flows into persons: per supply class, its paths (wishes first, as the network lists
 * them), persons in the class's order (aspirants, then longest in post, then NIP).
 */
export function choosePersons(model: PlanModel, flows: readonly number[]): ChosenMove[] {
  const next = new Map<number, number>();
  const chosen: ChosenMove[] = [];
  for (const { classIndex, targetId, count } of decomposeFlows(model.network, flows)) {
    const supply = model.classes[classIndex];
    let at = next.get(classIndex) ?? 0;
    for (let n = 0; n < count; n++) {
      chosen.push({
        employee: supply.members[at++],
        targetPositionId: targetId,
        wishRank: supply.wishes.get(targetId) ?? null,
      });
    }
    next.set(classIndex, at);
  }
  return chosen;
}

/** The plan from the model and the solver's column values: persons, explanations, totals. */
export function assemblePlan(input: PlannerInput, model: PlanModel, colValue: Float64Array | null): PlanDraft {
  return runSteps(assemblePlanSteps(input, model, colValue));
}

/** `assemblePlan` in pieces (see steps.ts). */
export function* assemblePlanSteps(
  input: PlannerInput,
  model: PlanModel,
  colValue: Float64Array | null,
): Steps<PlanDraft> {
  const chosen = choosePersons(model, edgeFlows(model, colValue)).sort(
    (a, b) =>
      compare(a.employee.positionId, b.employee.positionId) ||
      compare(a.targetPositionId, b.targetPositionId) ||
      compare(a.employee.nip, b.employee.nip),
  );

  const delta = new Map<string, number>();
  for (const { employee, targetPositionId: target } of chosen) {
    delta.set(employee.positionId, (delta.get(employee.positionId) ?? 0) - 1);
    delta.set(target, (delta.get(target) ?? 0) + 1);
  }
  const unitNames = new Map(input.units.map((u) => [u.id, u.name]));
  const unitEfficiency = unitEfficiencies(input, model, delta, unitNames);

  const groupSizes = new Map<string, number>();
  for (const { employee, targetPositionId } of chosen) {
    const key = `${employee.positionId}>${targetPositionId}`;
    groupSizes.set(key, (groupSizes.get(key) ?? 0) + 1);
  }
  const groupSeen = new Map<string, number>();
  const takenFrom = new Map<string, number>();
  yield;
  const moves: PlanMove[] = [];
  for (const { employee, targetPositionId, wishRank } of chosen) {
    if (moves.length % STEP_RECORDS === 0) yield;
    const origin = model.placements.get(employee.positionId) as PlacementSnapshot;
    const target = model.placements.get(targetPositionId) as PlacementSnapshot;
    const originFigures = model.figures.get(employee.positionId);
    const targetFigures = model.figures.get(targetPositionId);
    const key = `${employee.positionId}>${targetPositionId}`;
    const relation = relationOf(origin, target);
    const groupIndex = (groupSeen.get(key) ?? 0) + 1;
    groupSeen.set(key, groupIndex);
    const taken = takenFrom.get(employee.positionId) ?? 0;
    takenFrom.set(employee.positionId, taken + 1);
    const originSurplus = Math.max(originFigures?.gap ?? 0, 0);
    const move: Omit<PlanMove, 'explanation'> = {
      moveId: employee.nip,
      employeeNip: employee.nip,
      employeeName: employee.name,
      originPositionId: employee.positionId,
      originUnitId: origin.position.unitId,
      originAgencyId: origin.agency.id,
      targetPositionId: targetPositionId,
      targetUnitId: target.position.unitId,
      targetAgencyId: target.agency.id,
      positionTitle: origin.position.title,
      kind: transferKind(origin.agency, target.agency),
      relation,
      wishRank,
      groupSize: groupSizes.get(key) ?? 1,
      groupIndex,
      originSurplus,
      targetShortage: Math.max(-(targetFigures?.gap ?? 0), 0),
      gapReduction: taken < originSurplus ? 2 : 0,
      cost: round(MOVE_COSTS[relation] - (wishRank === null ? 0 : wishBonus(model.parameters.wishWeight, wishRank))),
      origin: unitEfficiency(origin.position.unitId),
      target: unitEfficiency(target.position.unitId),
    };
    moves.push({ ...move, explanation: explainMove(move) });
  }
  yield;
  return { moves, totals: planTotals(input, model, moves, delta), emptyReason: model.emptyReason };
}

function unitEfficiencies(
  input: PlannerInput,
  model: PlanModel,
  delta: ReadonlyMap<string, number>,
  unitNames: ReadonlyMap<string, string>,
): (unitId: string) => UnitEfficiency {
  const byUnit = new Map<string, string[]>();
  for (const position of model.figures.values()) {
    const list = byUnit.get(position.unitId);
    if (list) list.push(position.positionId);
    else byUnit.set(position.unitId, [position.positionId]);
  }
  const memo = new Map<string, UnitEfficiency>();
  return (unitId) => {
    const known = memo.get(unitId);
    if (known) return known;
    const [before, after] = [false, true].map((applied) =>
      summarizeWorkload(unitId, staffed(model, byUnit.get(unitId) ?? [], applied ? delta : null), input.settings),
    );
    const result: UnitEfficiency = {
      unitId,
      unitName: unitNames.get(unitId) ?? unitId,
      efficiencyBefore: before.efficiency,
      efficiencyAfter: after.efficiency,
      bandBefore: before.band,
      bandAfter: after.band,
    };
    memo.set(unitId, result);
    return result;
  };
}

function staffed(
  model: PlanModel,
  positionIds: readonly string[],
  delta: ReadonlyMap<string, number> | null,
): StaffedPosition[] {
  return positionIds.map((id) => {
    const f = model.figures.get(id);
    return {
      positionId: id,
      unitId: f?.unitId ?? '',
      annualWorkloadMinutes: f?.annualWorkloadMinutes ?? null,
      existing: (f?.existing ?? 0) + (delta?.get(id) ?? 0),
    };
  });
}

function planTotals(
  input: PlannerInput,
  model: PlanModel,
  moves: readonly PlanMove[],
  delta: ReadonlyMap<string, number>,
): PlanTotals {
  const positionsPerBand = { before: emptyBandCounts(), after: emptyBandCounts() };
  const unitsPerBand = { before: emptyBandCounts(), after: emptyBandCounts() };
  const severe = { positions: { before: 0, after: 0 }, units: { before: 0, after: 0 } };
  let sumAbsGapBefore = 0;
  let sumAbsGapAfter = 0;
  const byUnit = new Map<string, string[]>();
  for (const f of model.figures.values()) {
    const after = positionFigures(
      { id: f.positionId, unitId: f.unitId, annualWorkloadMinutes: f.annualWorkloadMinutes },
      f.existing + (delta.get(f.positionId) ?? 0),
      input.settings,
    );
    sumAbsGapBefore += Math.abs(f.gap);
    sumAbsGapAfter += Math.abs(after.gap);
    positionsPerBand.before[f.band ?? 'none']++;
    positionsPerBand.after[after.band ?? 'none']++;
    if (isSevere(f.efficiency, f.band)) severe.positions.before++;
    if (isSevere(after.efficiency, after.band)) severe.positions.after++;
    const list = byUnit.get(f.unitId);
    if (list) list.push(f.positionId);
    else byUnit.set(f.unitId, [f.positionId]);
  }
  for (const [unitId, ids] of byUnit) {
    const before = summarizeWorkload(unitId, staffed(model, ids, null), input.settings);
    const after = summarizeWorkload(unitId, staffed(model, ids, delta), input.settings);
    unitsPerBand.before[before.band ?? 'none']++;
    unitsPerBand.after[after.band ?? 'none']++;
    if (isSevere(before.efficiency, before.band)) severe.units.before++;
    if (isSevere(after.efficiency, after.band)) severe.units.after++;
  }
  const movesByKind = emptyKindCounts();
  const movesByRelation = { sameAgency: 0, interAgency: 0, interProvince: 0 };
  let cost = 0;
  for (const move of moves) {
    movesByKind[move.kind]++;
    movesByRelation[move.relation]++;
    cost += move.cost;
  }
  return {
    moves: moves.length,
    wishesGranted: moves.filter((m) => m.wishRank !== null).length,
    sumAbsGapBefore,
    sumAbsGapAfter,
    objectiveBefore: sumAbsGapBefore,
    objectiveAfter: round(sumAbsGapAfter + cost),
    measuredPositions: model.figures.size,
    positionsPerBand,
    unitsPerBand,
    severeImbalances: severe,
    movesByKind,
    movesByRelation,
    excluded: model.exclusions,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
