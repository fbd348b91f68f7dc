import { DomainError } from '../domain-error';
import type { PlacementSnapshot } from '../snapshots';
import type { TransferKind } from '../transfer-kind';
import type { ApprovalChainPolicy, TaskSpec } from './approval-chain.policy';
import { holdersOf, type DirectoryEntry, type SideRef } from './directory';
import { taskId, type ActsAs, type ResolvedStage, type ResolvedTask } from './resolved-chain';

export type ChainSides = { origin: SideRef; target: SideRef };

type Draft = Omit<ResolvedTask, 'id'>;

function resolveTask(
  spec: TaskSpec,
  dueInWorkingDays: number,
  sides: ChainSides,
  directory: readonly DirectoryEntry[],
): Draft {
  const draft: Draft = { ...spec, positionIds: [], dueInWorkingDays, alsoActsAs: [] };
  if (spec.chainRole === 'employee') return draft;
  const side = spec.side === 'national' ? null : sides[spec.side];
  const positionIds = holdersOf(spec.chainRole, side, directory);
  if (positionIds.length === 0 || positionIds.length < spec.required) {
    throw new DomainError(
      'CHAIN_ROLE_UNRESOLVED',
      `Tidak ada pemegang peran ${spec.chainRole} di sisi ${spec.side} / No holder of chain role ${spec.chainRole} on the ${spec.side} side`,
      { chainRole: spec.chainRole, side: spec.side, found: positionIds.length, required: spec.required },
    );
  }
  return { ...draft, positionIds };
}

const actsAs = (task: Draft): ActsAs[] => [
  { chainRole: task.chainRole, side: task.side, purpose: task.purpose },
  ...task.alsoActsAs,
];

/** A single official's approval; committees and consultations are never folded together. */
const foldable = (task: Draft): boolean => task.type === 'approval' && task.required === 1;
const holdersKey = (task: Draft): string => task.positionIds.join(',');

/**
 * Folds tasks whose holders are exactly the same officials, because nobody may decide twice on a
 * proposal: within a stage the first task takes the others over (both unit heads of one OPD);
 * across stages the later task does (a governor who is also the origin PPK decides once, at the
 * decree). The kept task lists the roles it also fills.
 */
function foldSameHolders(stages: Draft[][]): Draft[][] {
  const withinStages = stages.map((tasks) => {
    const kept = new Map<string, Draft>();
    return tasks.filter((task) => {
      const first = foldable(task) ? kept.get(holdersKey(task)) : undefined;
      if (first) {
        first.alsoActsAs.push(...actsAs(task));
        return false;
      }
      if (foldable(task)) kept.set(holdersKey(task), task);
      return true;
    });
  });
  const later = new Map<string, Draft>();
  const folded: Draft[][] = [];
  for (const tasks of [...withinStages].reverse()) {
    folded.unshift(
      tasks.filter((task) => {
        if (!foldable(task)) return true;
        const decider = later.get(holdersKey(task));
        if (decider) {
          decider.alsoActsAs.unshift(...actsAs(task));
          return false;
        }
        later.set(holdersKey(task), task);
        return true;
      }),
    );
  }
  return folded.filter((tasks) => tasks.length > 0);
}

/**
 * Resolves the policy's chain for a kind of transfer into stages of tasks assigned to the
 * positions holding each role on the proposal's sides. Throws CHAIN_ROLE_UNRESOLVED when a role
 * has no holder (or a committee fewer members than the votes it needs).
 */
export function resolveChain(
  policy: ApprovalChainPolicy,
  kind: TransferKind,
  sides: ChainSides,
  directory: readonly DirectoryEntry[],
  revision = 1,
): ResolvedStage[] {
  const drafts = policy.chains[kind].map((stage) =>
    stage.tasks.map((spec) => resolveTask(spec, policy.dueInWorkingDays, sides, directory)),
  );
  return foldSameHolders(drafts).map((tasks, index) => ({
    index,
    dueInWorkingDays: Math.max(...tasks.map((task) => task.dueInWorkingDays)),
    tasks: tasks.map((task, t) => ({ id: taskId(index, t + 1, revision), ...task })),
  }));
}

export function chainSides(origin: PlacementSnapshot, target: PlacementSnapshot): ChainSides {
  const side = (placement: PlacementSnapshot): SideRef => ({
    agencyId: placement.agency.id,
    topUnitId: placement.topUnitId,
    regionCode: placement.agency.regionCode,
  });
  return { origin: side(origin), target: side(target) };
}
