import { DEFAULT_POLICY_V1 } from '../chain/default-policy.v1';
import type { ConflictDeclarationInput } from '../conflict-of-interest';
import { DEFAULT_CHECKLIST_V1 } from '../documents/default-checklist.v1';
import { NO_PENDING_PROPOSALS } from '../eligibility/eligibility-rule';
import type { Decision } from '../decision';
import type {
  ActingUser,
  DecideTask,
  DeclareConflict,
  Decider,
  DelegateTask,
  EscalateStage,
  EvaluateTransfer,
  ExecuteTransfer,
  IssueDecree,
  ProposalInput,
  ProposeTransfer,
  ReviseProposal,
  WithdrawProposal,
} from '../transfer-commands';
import type { WorkloadSnapshot } from '../snapshots';
import { DEMO_DIRECTORY, DEMO_NOW, demoEmployee, demoPlacement, demoPositionWorkload } from './demo-data';

export const TRANSFER_ID = '0b9c3a4e-7d2f-4c1a-9e55-3f8d2b6a1c00';
export const NOW = DEMO_NOW;
export const OPERATOR: ActingUser = { userId: 'operator-99-71', role: 'operator' };

/** Bambang Setiawan, Disdukcapil Pesisir Timur → Disdukcapil Kota Lestari (kind B). */
export const BAMBANG = '199011082014031006';
/** Ahmad Fauzi, Dinsos → Setda inside Pemkab Gunung Hijau (kind A, with the TPK committee). */
export const AHMAD = '199103212013091001';

/** The chain of Bambang's proposal: task id → position holding it. */
export const KIND_B_TASKS = {
  originUnitHead: { taskId: 's1-t1', positionId: 'P000110' },
  targetUnitHead: { taskId: 's1-t2', positionId: 'P000233' },
  targetPpk: { taskId: 's2-t1', positionId: 'P000206' },
  originPpk: { taskId: 's3-t1', positionId: 'P000083' },
  pertek: { taskId: 's4-t1', positionId: 'P000371' },
  governor: { taskId: 's5-t1', positionId: 'P000001' },
} as const;

export const TPK_POSITIONS = ['P000166', 'P000167', 'P000173'] as const;

export function workloadFor(originPositionId: string, targetPositionId: string): WorkloadSnapshot {
  const unit = (positionId: string) => {
    const figures = demoPositionWorkload(positionId);
    const { unitId } = demoPlacement(positionId).position;
    return figures === null
      ? null
      : { unitId, required: figures.required, actual: figures.actual, efficiency: null, band: null };
  };
  return { origin: unit(originPositionId), target: unit(targetPositionId) };
}

export function proposalInput(nip: string, targetPositionId: string): ProposalInput {
  const employee = demoEmployee(nip);
  return {
    employee,
    origin: demoPlacement(employee.positionId),
    target: demoPlacement(targetPositionId),
    reason: 'Kebutuhan organisasi sesuai analisis beban kerja',
    requestedEffectiveDate: '2027-01-01',
    attachments: [{ name: 'nota-usul.pdf', sha256: 'a'.repeat(64) }],
    workload: workloadFor(employee.positionId, targetPositionId),
    targetPositionWorkload: demoPositionWorkload(targetPositionId),
    pending: NO_PENDING_PROPOSALS,
    originRegionCalendar: null,
    policy: DEFAULT_POLICY_V1,
    checklist: DEFAULT_CHECKLIST_V1,
    directory: DEMO_DIRECTORY,
  };
}

export function propose(
  overrides: Partial<ProposeTransfer['data']> = {},
  nip = BAMBANG,
  targetPositionId = 'P000236',
): ProposeTransfer {
  return {
    type: 'ProposeTransfer',
    data: {
      ...proposalInput(nip, targetPositionId),
      transferId: TRANSFER_ID,
      proposer: OPERATOR,
      now: NOW,
      ...overrides,
    },
  };
}

export function proposeAhmad(): ProposeTransfer {
  return propose({}, AHMAD, 'P000170');
}

export function holder(positionId: string, userId = `user-${positionId}`): Decider {
  return { userId, roles: ['approver'], positionIds: [positionId], employeeNip: null };
}

export function employeeUser(nip = BAMBANG): Decider {
  return { userId: `employee-${nip}`, roles: ['employee'], positionIds: [], employeeNip: nip };
}

/** The declaration every official gives with a decision; the builders pass it unless told otherwise. */
export const NO_CONFLICT: ConflictDeclarationInput = { noConflictOfInterest: true };

/** A decision with the decider's declaration of no conflict of interest (pass `declaration: null` to leave it out). */
export function decideTask(
  taskId: string,
  decision: Decision,
  actor: Decider,
  overrides: Partial<DecideTask['data']> = {},
): DecideTask {
  const needsReason = ['reject', 'return', 'objection', 'not_recommended'].includes(decision);
  const { declaration = NO_CONFLICT, ...rest } = overrides;
  return {
    type: 'DecideTask',
    data: {
      taskId,
      decision,
      reason: needsReason ? `Alasan ${decision}` : null,
      actor,
      onBehalfOf: null,
      workload: workloadFor('P000113', 'P000236'),
      now: NOW,
      declaration,
      ...rest,
    },
  };
}

/** A task holder declares a conflict of interest on the task. */
export function declareConflict(
  taskId: string,
  actor: Decider,
  overrides: Partial<DeclareConflict['data']> = {},
): DeclareConflict {
  return {
    type: 'DeclareConflict',
    data: {
      taskId,
      reason: 'Pegawai yang diusulkan adalah adik kandung saya',
      directory: DEMO_DIRECTORY,
      actor,
      now: NOW,
      ...overrides,
    },
  };
}

export const consent = (nip = BAMBANG): DecideTask => decideTask('s0-t1', 'consent', employeeUser(nip));

/** Approves (or recommends) a task of Bambang's chain by its holder. */
export function approveB(task: keyof typeof KIND_B_TASKS): DecideTask {
  const { taskId, positionId } = KIND_B_TASKS[task];
  return decideTask(taskId, task === 'pertek' ? 'recommended' : 'approve', holder(positionId));
}

/** Every approval of Bambang's chain after the hearing, in order. */
export const APPROVE_KIND_B_CHAIN: DecideTask[] = [
  approveB('originUnitHead'),
  approveB('targetUnitHead'),
  approveB('targetPpk'),
  approveB('originPpk'),
  approveB('pertek'),
  approveB('governor'),
];

export function revise(overrides: Partial<ReviseProposal['data']> = {}): ReviseProposal {
  return {
    type: 'ReviseProposal',
    data: { ...proposalInput(BAMBANG, 'P000236'), actor: OPERATOR, now: NOW, ...overrides },
  };
}

export function withdraw(overrides: Partial<WithdrawProposal['data']> = {}): WithdrawProposal {
  return {
    type: 'WithdrawProposal',
    data: { reason: 'Pegawai mengundurkan diri dari usulan', actor: OPERATOR, now: NOW, ...overrides },
  };
}

export function delegate(
  taskId: string,
  actor: Decider,
  delegateUserId: string,
  overrides: Partial<DelegateTask['data']> = {},
): DelegateTask {
  return {
    type: 'DelegateTask',
    data: { taskId, delegateUserId, from: null, to: null, actor, now: NOW, ...overrides },
  };
}

export function escalate(now: string): EscalateStage {
  return {
    type: 'EscalateStage',
    data: {
      reason: 'Lewat batas waktu',
      directory: DEMO_DIRECTORY,
      actor: { userId: 'system', role: 'scheduler' },
      now,
    },
  };
}

export const SK_SHA256 = 'b'.repeat(64);
export const SPMT_SHA256 = 'c'.repeat(64);
export const SKPP_SHA256 = 'd'.repeat(64);

export function issueDecree(overrides: Partial<IssueDecree['data']> = {}): IssueDecree {
  return {
    type: 'IssueDecree',
    data: {
      decreeNumber: '800/123/BKD/2026',
      decreeDate: '2026-12-01',
      effectiveDate: '2027-01-01',
      documents: [{ type: 'sk_mutasi', name: 'sk-mutasi.pdf', sha256: SK_SHA256 }],
      actor: OPERATOR,
      now: NOW,
      ...overrides,
    },
  };
}

export function execute(overrides: Partial<ExecuteTransfer['data']> = {}): ExecuteTransfer {
  return {
    type: 'ExecuteTransfer',
    data: {
      employee: { active: true, positionId: 'P000113' },
      targetPositionWorkload: { positionId: 'P000236', required: 5, actual: 3 },
      actor: { userId: 'system', role: 'scheduler' },
      now: '2027-01-01T01:00:00.000Z',
      ...overrides,
    },
  };
}

export function evaluate(overrides: Partial<EvaluateTransfer['data']> = {}): EvaluateTransfer {
  return {
    type: 'EvaluateTransfer',
    data: {
      performanceScore: 82,
      adaptation: 'good',
      notes: 'Beradaptasi dengan baik',
      workload: workloadFor('P000113', 'P000236'),
      documents: [
        { type: 'spmt', name: 'spmt.pdf', sha256: SPMT_SHA256 },
        { type: 'skpp', name: 'skpp.pdf', sha256: SKPP_SHA256 },
      ],
      actor: OPERATOR,
      now: '2027-07-01T01:00:00.000Z',
      ...overrides,
    },
  };
}
