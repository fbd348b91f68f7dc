import type { ApprovalChainPolicy, StageSpec, TaskSpec } from './approval-chain.policy';
import type { ChainSide, TaskRole } from './chain-role';

const approve = (chainRole: TaskRole, side: ChainSide, purpose: string, required = 1): TaskSpec => ({
  type: 'approval',
  chainRole,
  side,
  required,
  purpose,
});
const consult = (chainRole: TaskRole, side: ChainSide, purpose: string): TaskSpec => ({
  type: 'consultation',
  chainRole,
  side,
  required: 1,
  purpose,
});
const stage = (...tasks: TaskSpec[]): StageSpec => ({ tasks });

const hearing = stage({ type: 'hearing', chainRole: 'employee', side: 'origin', required: 1, purpose: 'hearing' });
const unitHeads = stage(approve('unit_head', 'origin', 'recommend'), approve('unit_head', 'target', 'recommend'));

const withinProvince: StageSpec[] = [
  hearing,
  unitHeads,
  stage(approve('ppk', 'target', 'accept')),
  stage(approve('ppk', 'origin', 'release')),
  stage(consult('bkn_regional', 'target', 'pertek')),
  stage(approve('governor', 'target', 'decree')),
];

const betweenProvinces: StageSpec[] = [
  hearing,
  unitHeads,
  stage(approve('ppk', 'target', 'accept')),
  stage(approve('ppk', 'origin', 'release')),
  stage(approve('governor', 'target', 'forward')),
  stage(consult('bkn_head', 'national', 'pertek')),
  stage(approve('mendagri', 'national', 'decree')),
];

/** DOMAIN.md §9, default chain v1. */
export const DEFAULT_POLICY_V1: ApprovalChainPolicy = {
  version: 'v1',
  dueInWorkingDays: 5,
  chains: {
    A: [
      hearing,
      unitHeads,
      stage(approve('personnel_head', 'origin', 'verify')),
      stage(approve('tpk_member', 'origin', 'consider', 2)),
      stage(approve('ppk', 'origin', 'decree')),
    ],
    B: withinProvince,
    C: withinProvince,
    D: withinProvince,
    E: betweenProvinces,
    F: betweenProvinces,
    G: betweenProvinces,
    H: [
      hearing,
      unitHeads,
      stage(approve('ppk', 'target', 'accept')),
      stage(approve('ppk', 'origin', 'release')),
      stage(approve('bkn_head', 'national', 'decree')),
    ],
  },
};
