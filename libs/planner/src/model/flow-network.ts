import { provinceOf, type PlacementSnapshot } from '@mutasi/transfers';
import { MOVE_COSTS, type PlanParameters } from './plan-parameters';
import type { PositionFigures } from './position-figures';
import type { TransportProblem } from './transport-problem';

/** An edge of the min-cost flow; `from`/`to` −1 is the outside (supply enters units, shortage leaves targets). */
export interface FlowEdge {
  from: number;
  to: number;
  cost: number;
  upper: number;
}

export interface FlowNetwork {
  nodeCount: number;
  edges: FlowEdge[];
  /** Node of each supply class (by class index) and the target position of each target node. */
  classNodes: number[];
  targetOfNode: ReadonlyMap<number, string>;
}

export interface NetworkClass {
  positionId: string;
  unitId: string;
  agencyId: string;
  size: number;
  otherAgency: boolean;
  /** Requirement keys (education fields and minimum rank) of the targets the class fits. */
  fits: readonly string[];
  wishes: ReadonlyMap<string, number>;
}

/**
 * The plan as a min-cost flow, small enough for a province: units → positions → supply classes →
 * hubs per (agency, requirement) → targets. Supply enters a unit up to the unit cap; a position
 * passes its surplus at −1 each (and, without keep-need, more at +1: below need); a class at most
 * its head count. A class reaches targets of its own agency through its agency's target hub
 * (cost of a move within the agency), other agencies through its agency's source hub and the
 * province hub (cost between agencies) or the national hub (cost between provinces). A wish is a
 * direct edge to the wished target, its cost lowered by the bonus. A target takes its shortage at −1.
 * A node-arc incidence matrix is totally unimodular: a basic optimum is whole.
 */
export function buildFlowNetwork(
  classes: readonly NetworkClass[],
  targets: readonly PositionFigures[],
  requirementOf: ReadonlyMap<string, string>,
  placements: ReadonlyMap<string, PlacementSnapshot>,
  sources: readonly { positionId: string; surplus: number }[],
  parameters: PlanParameters,
  wishBonus: (rank: number) => number,
): FlowNetwork {
  let nodeCount = 0;
  const edges: FlowEdge[] = [];
  const nodes = new Map<string, number>();
  const node = (key: string): number => {
    let id = nodes.get(key);
    if (id === undefined) {
      id = nodeCount++;
      nodes.set(key, id);
    }
    return id;
  };
  const edge = (from: number, to: number, cost: number, upper = Infinity) => edges.push({ from, to, cost, upper });
  const agencyOf = (positionId: string) => (placements.get(positionId) as PlacementSnapshot).agency;

  const units = [...new Set(classes.map((c) => c.unitId))].sort();
  for (const unitId of units) edge(-1, node(`u:${unitId}`), 0, parameters.maxMovesPerUnit);
  const surplus = new Map(sources.map((s) => [s.positionId, s.surplus]));
  const linkedPositions = new Set<string>();
  const classNodes = classes.map((c, index) => {
    const positionNode = node(`p:${c.positionId}`);
    if (!linkedPositions.has(c.positionId)) {
      linkedPositions.add(c.positionId);
      const unitNode = node(`u:${c.unitId}`);
      edge(unitNode, positionNode, -1, surplus.get(c.positionId) ?? 0);
      if (!parameters.keepNeed) edge(unitNode, positionNode, 1);
    }
    const classNode = node(`c:${index}`);
    edge(positionNode, classNode, 0, c.size);
    return classNode;
  });

  const targetOfNode = new Map<number, string>();
  const targetNode = new Map<string, number>();
  const agenciesByProvince = new Map<string, string[]>();
  const keysByAgency = new Map<string, Set<string>>();
  for (const target of targets) {
    const id = node(`t:${target.positionId}`);
    targetNode.set(target.positionId, id);
    targetOfNode.set(id, target.positionId);
    const agency = agencyOf(target.positionId);
    const key = requirementOf.get(target.positionId) as string;
    edge(node(`ht:${agency.id}:${key}`), id, 0);
    edge(id, -1, -1, -target.gap);
    const province = provinceOf(agency.regionCode);
    const inProvince = agenciesByProvince.get(province) ?? [];
    if (!inProvince.includes(agency.id)) inProvince.push(agency.id);
    agenciesByProvince.set(province, inProvince);
    const keys = keysByAgency.get(agency.id) ?? new Set<string>();
    keys.add(key);
    keysByAgency.set(agency.id, keys);
  }
  const hasTargets = (agencyId: string, key: string) => keysByAgency.get(agencyId)?.has(key) ?? false;

  const sourceHubs = new Set<string>();
  classes.forEach((c, index) => {
    const from = classNodes[index];
    for (const [targetId, rank] of c.wishes) {
      const origin = agencyOf(c.positionId);
      const target = agencyOf(targetId);
      const relation =
        origin.id === target.id
          ? 'sameAgency'
          : provinceOf(origin.regionCode) === provinceOf(target.regionCode)
            ? 'interAgency'
            : 'interProvince';
      if (relation !== 'sameAgency' && !c.otherAgency) continue;
      if (relation === 'interProvince' && !parameters.allowInterProvince) continue;
      edge(from, targetNode.get(targetId) as number, MOVE_COSTS[relation] - wishBonus(rank));
    }
    for (const key of c.fits) {
      if (hasTargets(c.agencyId, key)) edge(from, node(`ht:${c.agencyId}:${key}`), MOVE_COSTS.sameAgency);
      if (c.otherAgency) {
        edge(from, node(`hs:${c.agencyId}:${key}`), 0);
        sourceHubs.add(`${c.agencyId}\u0000${key}`);
      }
    }
  });

  const provinceOfAgency = new Map<string, string>();
  for (const c of classes) provinceOfAgency.set(c.agencyId, provinceOf(agencyOf(c.positionId).regionCode));
  const linkedProvinceHubs = new Set<string>();
  const linkedNationalHubs = new Set<string>();
  for (const hub of [...sourceHubs].sort()) {
    const [agencyId, key] = hub.split('\u0000');
    const province = provinceOfAgency.get(agencyId) as string;
    const hubNode = node(`hs:${agencyId}:${key}`);
    edge(hubNode, node(`hp:${province}:${key}`), MOVE_COSTS.interAgency);
    if (!linkedProvinceHubs.has(`${province}\u0000${key}`)) {
      linkedProvinceHubs.add(`${province}\u0000${key}`);
      for (const target of agenciesByProvince.get(province) ?? []) {
        if (hasTargets(target, key)) edge(node(`hp:${province}:${key}`), node(`ht:${target}:${key}`), 0);
      }
    }
    if (!parameters.allowInterProvince) continue;
    edge(hubNode, node(`hn:${key}`), MOVE_COSTS.interProvince);
    if (!linkedNationalHubs.has(key)) {
      linkedNationalHubs.add(key);
      for (const target of [...keysByAgency.keys()].sort()) {
        if (hasTargets(target, key)) edge(node(`hn:${key}`), node(`ht:${target}:${key}`), 0);
      }
    }
  }
  return { nodeCount, edges, classNodes, targetOfNode };
}

/** The network as a linear program: one column per edge, one conservation row (= 0) per node. */
export function networkProblem(network: FlowNetwork): TransportProblem {
  const { nodeCount, edges } = network;
  const numCols = edges.length;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  edges.forEach((e, j) => {
    colCost[j] = e.cost;
    colUpper[j] = e.upper;
    starts[j] = indices.length;
    const entries: [number, number][] = [];
    if (e.from >= 0) entries.push([e.from, -1]);
    if (e.to >= 0) entries.push([e.to, 1]);
    entries.sort((a, b) => a[0] - b[0]);
    for (const [row, value] of entries) {
      indices.push(row);
      values.push(value);
    }
  });
  starts[numCols] = indices.length;
  return {
    numCols,
    numRows: nodeCount,
    colCost,
    colLower,
    colUpper,
    rowLower: new Float64Array(nodeCount),
    rowUpper: new Float64Array(nodeCount),
    starts,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/**
 * Splits whole edge flows into (class, target, count) paths, deterministically: classes in index
 * order, each node's edges in the order they were made (a class's wishes first).
 */
export function decomposeFlows(
  network: FlowNetwork,
  flows: readonly number[],
): { classIndex: number; targetId: string; count: number }[] {
  const out = new Map<number, number[]>();
  network.edges.forEach((e, j) => {
    if (flows[j] <= 0 || e.from < 0) return;
    const list = out.get(e.from);
    if (list) list.push(j);
    else out.set(e.from, [j]);
  });
  const remaining = [...flows];
  const paths: { classIndex: number; targetId: string; count: number }[] = [];
  network.classNodes.forEach((start, classIndex) => {
    for (;;) {
      const path: number[] = [];
      let at = start;
      while (!network.targetOfNode.has(at)) {
        const next = (out.get(at) ?? []).find((j) => remaining[j] > 0);
        if (next === undefined) break;
        path.push(next);
        at = network.edges[next].to;
      }
      if (path.length === 0 || !network.targetOfNode.has(at)) return;
      const count = Math.min(...path.map((j) => remaining[j]));
      for (const j of path) remaining[j] -= count;
      paths.push({ classIndex, targetId: network.targetOfNode.get(at) as string, count });
    }
  });
  return paths;
}
