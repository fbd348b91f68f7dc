import {
  checkEligibility,
  firstBlocking,
  DEFAULT_ELIGIBILITY_CONFIG,
  provinceOf,
  type EligibilityConfig,
  type EligibilityInput,
  type EmployeeSnapshot,
  type PlacementSnapshot,
  type RegionCalendar,
} from '@mutasi/transfers';
import type { PlanParameters } from './plan-parameters';
import type { PlannerInput, PlannerPosition } from './planner-input';
import { positionFigures, type PositionFigures } from './position-figures';
import { buildFlowNetwork, networkProblem, type FlowNetwork, type NetworkClass } from './flow-network';
import { sortedBy } from './sorted-by';
import { runSteps, STEP_RECORDS, type Steps } from './steps';
import type { TransportProblem } from './transport-problem';

export type MoveRelation = 'sameAgency' | 'interAgency' | 'interProvince';

/** Employees of one position who are interchangeable under every cost and constraint of the model. */
export interface SupplyClass {
  positionId: string;
  unitId: string;
  /** In the order persons are chosen: aspirants first, then longest in post, then NIP. */
  members: EmployeeSnapshot[];
  /** Relevant wishes: target position → the wish's rank (1 first). */
  wishes: ReadonlyMap<string, number>;
  sameAgency: boolean;
  otherAgency: boolean;
  field: string;
  rank: string;
}

/** Why employees of the scope's surplus positions cannot move at all, by eligibility code. */
export type Exclusions = Record<string, number>;

export interface EmptyReason {
  code: 'NO_WORKLOAD_FIGURES' | 'NO_SHORTAGE' | 'NO_SURPLUS' | 'NO_ELIGIBLE_MOVE';
  message: string;
}

export interface PlanModel {
  parameters: PlanParameters;
  figures: ReadonlyMap<string, PositionFigures>;
  placements: ReadonlyMap<string, PlacementSnapshot>;
  positions: ReadonlyMap<string, PlannerPosition>;
  classes: SupplyClass[];
  network: FlowNetwork;
  /** Source positions in row order, with how many may leave before the position falls below need. */
  sources: { positionId: string; surplus: number }[];
  exclusions: Exclusions;
  problem: TransportProblem;
  emptyReason: EmptyReason | null;
}

const EMPTY_REASONS: Record<EmptyReason['code'], string> = {
  NO_WORKLOAD_FIGURES:
    'Tidak ada jabatan dengan analisis beban kerja dalam lingkup ini / No position in this scope has a workload analysis',
  NO_SHORTAGE: 'Tidak ada jabatan yang kekurangan pegawai / No position in this scope is short of staff',
  NO_SURPLUS: 'Tidak ada jabatan yang kelebihan pegawai / No position in this scope has staff beyond its need',
  NO_ELIGIBLE_MOVE:
    'Tidak ada pegawai yang memenuhi syarat dan kompetensi untuk jabatan yang kekurangan / No eligible employee fits a position short of staff',
};

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds the min-cost flow of a plan as a linear program. Columns: one per (supply class, target
 * position) arc, then (without keep-need) one "below need" column per source position. Rows: one
 * per supply class (its head count), per source position (its surplus), per source unit (the
 * unit cap) and per target position (its shortage). Rows nest on the source side and partition
 * the target side, so the matrix is totally unimodular and a basic optimum is whole.
 *
 * Each arc costs −1 for the shortage it fills, −1 for the surplus it takes (+2 more through the
 * "below need" column once the surplus is used up), plus the move's cost, minus the wish bonus.
 * Eligibility and competence come from the proposals' own `checkEligibility`.
 */
export function buildPlanModel(
  input: PlannerInput,
  parameters: PlanParameters,
  eligibility: EligibilityConfig = DEFAULT_ELIGIBILITY_CONFIG,
): PlanModel {
  return runSteps(planModelSteps(input, parameters, eligibility));
}

/** `buildPlanModel` in pieces (see steps.ts). */
export function* planModelSteps(
  input: PlannerInput,
  parameters: PlanParameters,
  eligibility: EligibilityConfig = DEFAULT_ELIGIBILITY_CONFIG,
): Steps<PlanModel> {
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  const units = new Map(input.units.map((u) => [u.id, u]));
  const positions = new Map(input.positions.map((p) => [p.id, p]));
  const headcount = new Map<string, number>();
  for (const employee of input.employees) {
    headcount.set(employee.positionId, (headcount.get(employee.positionId) ?? 0) + 1);
  }
  const openOf = new Map<string, string[]>();
  const claimed = new Map<string, number>();
  for (const open of input.openProposals) {
    openOf.set(open.employeeNip, [...(openOf.get(open.employeeNip) ?? []), open.transferId]);
    claimed.set(open.targetPositionId, (claimed.get(open.targetPositionId) ?? 0) + 1);
  }

  const placements = new Map<string, PlacementSnapshot>();
  const figures = new Map<string, PositionFigures>();
  for (const position of [...input.positions].sort(byId)) {
    const unit = units.get(position.unitId);
    const agency = unit ? agencies.get(unit.agencyId) : undefined;
    if (!unit || !agency) continue;
    placements.set(position.id, {
      position: {
        id: position.id,
        unitId: position.unitId,
        title: position.title,
        type: position.type,
        minRank: position.minRank,
        educationFields: position.educationFields,
      },
      topUnitId: unit.topUnitId,
      agency: { id: agency.id, kind: agency.kind, regionCode: agency.regionCode },
    });
    if (position.annualWorkloadMinutes !== null) {
      figures.set(
        position.id,
        positionFigures(
          { id: position.id, unitId: position.unitId, annualWorkloadMinutes: position.annualWorkloadMinutes },
          headcount.get(position.id) ?? 0,
          input.settings,
        ),
      );
    }
  }

  const measured = [...figures.values()];
  // Open proposals into a position claim its shortage; what is left is what the plan may fill.
  const targets = measured
    .map((f) => ({ ...f, gap: f.gap + (claimed.get(f.positionId) ?? 0) }))
    .filter((f) => f.gap < 0);
  const sourceFigures = measured.filter((f) => (parameters.keepNeed ? f.gap > 0 : f.gap >= 0));
  const empty = (code: EmptyReason['code']): PlanModel => ({
    parameters,
    figures,
    placements,
    positions,
    classes: [],
    network: { nodeCount: 0, edges: [], classNodes: [], targetOfNode: new Map() },
    sources: [],
    exclusions: {},
    problem: emptyProblem(),
    emptyReason: { code, message: EMPTY_REASONS[code] },
  });
  if (measured.length === 0) return empty('NO_WORKLOAD_FIGURES');
  if (targets.length === 0) return empty('NO_SHORTAGE');
  if (parameters.keepNeed && sourceFigures.length === 0) return empty('NO_SURPLUS');

  const wishesByNip = new Map<string, { rank: number; unitId: string | null; positionId: string | null }[]>();
  for (const wish of input.wishes) {
    const list = wishesByNip.get(wish.nip);
    if (list) list.push(wish);
    else wishesByNip.set(wish.nip, [wish]);
  }
  const targetsByUnit = new Map<string, string[]>();
  for (const target of targets) {
    const list = targetsByUnit.get(target.unitId);
    if (list) list.push(target.positionId);
    else targetsByUnit.set(target.unitId, [target.positionId]);
  }
  const targetIds = new Set(targets.map((t) => t.positionId));

  const context: EligibilityContext = {
    placements,
    figures,
    today: input.today,
    requestedEffectiveDate: parameters.requestedEffectiveDate,
    config: eligibility,
    openOf,
    calendars: new Map(input.regionCalendars.map((c) => [c.regionCode, c])),
  };
  const probes = probeTargets(targets, placements);
  const sourceIds = new Set(sourceFigures.map((f) => f.positionId));
  const exclusions: Exclusions = {};
  const classByKey = new Map<string, SupplyClass>();
  const employees = sortedBy(
    input.employees.filter((e) => sourceIds.has(e.positionId)),
    (e) => e.nip,
  );
  let checked = 0;
  for (const employee of employees) {
    if (++checked % STEP_RECORDS === 0) yield;
    const stated = wishesByNip.get(employee.nip) ?? [];
    if (parameters.aspirantsOnly && stated.length === 0) {
      exclusions.NOT_AN_ASPIRANT = (exclusions.NOT_AN_ASPIRANT ?? 0) + 1;
      continue;
    }
    const origin = placements.get(employee.positionId) as PlacementSnapshot;
    const probe = probes.get(origin.agency.id) ?? { same: null, other: null };
    const sameBlock = blockingCode(employee, origin, probe.same, context);
    const otherBlock =
      sameBlock !== null
        ? sameBlock
        : parameters.allowInterAgency
          ? blockingCode(employee, origin, probe.other, context)
          : 'INTER_AGENCY_NOT_ALLOWED';
    // A same-agency block is personal (status, performance, discipline, study leave): it blocks every move.
    const sameAgency = probe.same !== null && sameBlock === null;
    const otherAgency = probe.other !== null && otherBlock === null && sameBlock === null;
    if (!sameAgency && !otherAgency) {
      const code = sameBlock ?? otherBlock ?? 'NO_TARGET';
      exclusions[code] = (exclusions[code] ?? 0) + 1;
      continue;
    }
    const wishes = relevantWishes(stated, targetIds, targetsByUnit);
    const wishKey = [...wishes].map(([id, rank]) => `${id}:${rank}`).join(',');
    const key = [employee.positionId, employee.educationField, employee.rank, sameAgency, otherAgency, wishKey].join(
      '\u0000',
    );
    const existing = classByKey.get(key);
    if (existing) existing.members.push(employee);
    else {
      classByKey.set(key, {
        positionId: employee.positionId,
        unitId: origin.position.unitId,
        members: [employee],
        wishes,
        sameAgency,
        otherAgency,
        field: employee.educationField,
        rank: employee.rank,
      });
    }
  }
  yield;
  const aspirant = (e: EmployeeSnapshot) => (wishesByNip.has(e.nip) ? 0 : 1);
  const classes = [...classByKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
  let ordered = 0;
  for (const c of classes) {
    ordered += c.members.length;
    if (ordered >= STEP_RECORDS) {
      ordered = 0;
      yield;
    }
    c.members.sort(
      (a, b) =>
        aspirant(a) - aspirant(b) ||
        (a.positionSince < b.positionSince ? -1 : a.positionSince > b.positionSince ? 1 : 0) ||
        (a.nip < b.nip ? -1 : 1),
    );
  }

  yield;
  const fits = competenceCheck(context);
  const requirementOf = new Map(
    targets.map((t) => {
      const { educationFields, minRank } = (placements.get(t.positionId) as PlacementSnapshot).position;
      return [t.positionId, `${educationFields.join(';')}|${minRank ?? ''}`];
    }),
  );
  const representativeTarget = new Map<string, PlacementSnapshot>();
  for (const t of targets) {
    const key = requirementOf.get(t.positionId) as string;
    if (!representativeTarget.has(key))
      representativeTarget.set(key, placements.get(t.positionId) as PlacementSnapshot);
  }
  const fitsByCompetence = new Map<string, string[]>();
  const networkClasses: NetworkClass[] = [];
  for (const supply of classes) {
    if (networkClasses.length % STEP_RECORDS === 0) yield;
    const origin = placements.get(supply.positionId) as PlacementSnapshot;
    const competenceKey = `${supply.field}\u0000${supply.rank}`;
    let keys = fitsByCompetence.get(competenceKey);
    if (!keys) {
      keys = [...representativeTarget]
        .filter(([, target]) => fits(supply.members[0], origin, target))
        .map(([key]) => key)
        .sort();
      fitsByCompetence.set(competenceKey, keys);
    }
    const wishes = new Map(
      [...supply.wishes].filter(([targetId]) => keys.includes(requirementOf.get(targetId) as string)),
    );
    supply.wishes = wishes;
    networkClasses.push({
      positionId: supply.positionId,
      unitId: supply.unitId,
      agencyId: origin.agency.id,
      size: supply.members.length,
      otherAgency: supply.otherAgency,
      fits: keys,
      wishes,
    });
  }
  const usable = networkClasses.filter((c) => c.fits.length > 0);
  if (usable.length === 0) return { ...empty('NO_ELIGIBLE_MOVE'), exclusions };
  const usablePositions = new Set(usable.map((c) => c.positionId));
  const sources = sourceFigures
    .filter((f) => usablePositions.has(f.positionId))
    .map((f) => ({ positionId: f.positionId, surplus: Math.max(f.gap, 0) }));
  yield;
  const network = buildFlowNetwork(networkClasses, targets, requirementOf, placements, sources, parameters, (rank) =>
    wishBonus(parameters.wishWeight, rank),
  );
  yield;
  return {
    parameters,
    figures,
    placements,
    positions,
    classes,
    network,
    sources,
    exclusions,
    problem: networkProblem(network),
    emptyReason: null,
  };
}

/** First wish = the full weight, second ⅔, third ⅓. */
export function wishBonus(weight: number, rank: number): number {
  return (weight * (4 - rank)) / 3;
}

export function relationOf(origin: PlacementSnapshot, target: PlacementSnapshot): MoveRelation {
  if (origin.agency.id === target.agency.id) return 'sameAgency';
  return provinceOf(origin.agency.regionCode) === provinceOf(target.agency.regionCode)
    ? 'interAgency'
    : 'interProvince';
}

/**
 * For each agency, a target position in it and one in another agency. The blocking rules that look
 * at the target read only its agency (the pledge), whether it is the origin (never: sources are not
 * short) and whether it is short of staff (every target is), so these two answer for every target.
 */
function probeTargets(
  targets: readonly PositionFigures[],
  placements: ReadonlyMap<string, PlacementSnapshot>,
): Map<string, { same: string | null; other: string | null }> {
  const agencyIds = [...new Set([...placements.values()].map((p) => p.agency.id))];
  const firstByAgency = new Map<string, string>();
  for (const target of targets) {
    const agencyId = (placements.get(target.positionId) as PlacementSnapshot).agency.id;
    if (!firstByAgency.has(agencyId)) firstByAgency.set(agencyId, target.positionId);
  }
  const byAgency = [...firstByAgency.entries()];
  return new Map(
    agencyIds.map((agencyId) => [
      agencyId,
      {
        same: firstByAgency.get(agencyId) ?? null,
        other: byAgency.find(([other]) => other !== agencyId)?.[1] ?? null,
      },
    ]),
  );
}

interface EligibilityContext {
  placements: ReadonlyMap<string, PlacementSnapshot>;
  figures: ReadonlyMap<string, PositionFigures>;
  today: string;
  requestedEffectiveDate: string;
  config: EligibilityConfig;
  openOf: ReadonlyMap<string, string[]>;
  calendars: ReadonlyMap<string, RegionCalendar>;
}

function eligibilityInput(
  employee: EmployeeSnapshot,
  origin: PlacementSnapshot,
  target: PlacementSnapshot,
  context: EligibilityContext,
): EligibilityInput {
  const f = context.figures.get(target.position.id);
  return {
    today: context.today,
    requestedEffectiveDate: context.requestedEffectiveDate,
    employee,
    origin,
    target,
    targetPositionWorkload: f ? { positionId: f.positionId, required: f.required, actual: f.existing } : null,
    // The planner fills only what open proposals leave of a shortage, so none is claimed twice.
    pending: { ofEmployee: context.openOf.get(employee.nip) ?? [], intoTargetPosition: [] },
    originRegionCalendar: context.calendars.get(origin.agency.regionCode) ?? null,
    // A plan carries no ministerial approval: a move in a blackout window is not planned.
    ministerialApproval: null,
  };
}

function blockingCode(
  employee: EmployeeSnapshot,
  origin: PlacementSnapshot,
  targetId: string | null,
  context: EligibilityContext,
): string | null {
  if (targetId === null) return null;
  const target = context.placements.get(targetId) as PlacementSnapshot;
  return firstBlocking(eligibilityInput(employee, origin, target, context), context.config)?.code ?? null;
}

/**
 * Competence: the target lists the employee's education field (a target listing none fits nobody)
 * and the rank reaches its minimum, by the proposals' own rules; memoised on what those rules read.
 */
function competenceCheck(context: EligibilityContext) {
  const memo = new Map<string, boolean>();
  return (employee: EmployeeSnapshot, origin: PlacementSnapshot, target: PlacementSnapshot): boolean => {
    const { educationFields, minRank } = target.position;
    const key = [employee.educationField, employee.rank, educationFields.join(';'), minRank].join('\u0000');
    const known = memo.get(key);
    if (known !== undefined) return known;
    const codes = checkEligibility(eligibilityInput(employee, origin, target, context), context.config).map(
      (r) => r.code,
    );
    const fit =
      educationFields.length > 0 &&
      !codes.includes('ELIGIBILITY_EDUCATION_MISMATCH') &&
      !codes.includes('ELIGIBILITY_RANK_BELOW_MINIMUM');
    memo.set(key, fit);
    return fit;
  };
}

function relevantWishes(
  stated: readonly { rank: number; unitId: string | null; positionId: string | null }[],
  targetIds: ReadonlySet<string>,
  targetsByUnit: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const wishes = new Map<string, number>();
  for (const wish of [...stated].sort((a, b) => a.rank - b.rank)) {
    const ids = wish.positionId !== null ? [wish.positionId] : (targetsByUnit.get(wish.unitId ?? '') ?? []);
    for (const id of ids) if (targetIds.has(id) && !wishes.has(id)) wishes.set(id, wish.rank);
  }
  return new Map([...wishes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function emptyProblem(): TransportProblem {
  return {
    numCols: 0,
    numRows: 0,
    colCost: new Float64Array(0),
    colLower: new Float64Array(0),
    colUpper: new Float64Array(0),
    rowLower: new Float64Array(0),
    rowUpper: new Float64Array(0),
    starts: new Int32Array(1),
    indices: new Int32Array(0),
    values: new Float64Array(0),
  };
}
