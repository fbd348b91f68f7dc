import type { CalendarDate } from '@mutasi/calendar';
import type { AssignmentPhase } from './assignment/temporary-assignment';
import type { TaskRole } from './chain/chain-role';
import type { ResolvedTask } from './chain/resolved-chain';
import type { ConflictDeclaration } from './conflict-of-interest';
import type { Decision } from './decision';
import type { RecordedDocument } from './documents/document-entry';
import type { EligibilityResult } from './eligibility/eligibility-rule';
import type {
  Attachment,
  EmployeeSnapshot,
  MinisterialApproval,
  PerformanceRating,
  PlacementSnapshot,
  PositionWorkload,
  WorkloadSnapshot,
} from './snapshots';
import type { TrainingNeed } from './training/training-needs';
import type { Adaptation, PaperHearingForm } from './transfer-events';
import type { TransferKind } from './transfer-kind';
import type { TransferStatus } from './transfer-status';

export type TaskStatus = 'pending' | 'open' | 'completed' | 'rejected' | 'returned' | 'lapsed' | 'cancelled';
export type StageStatus = 'pending' | 'open' | 'completed' | 'rejected' | 'returned' | 'cancelled';

export type TaskDecision = {
  actorId: string;
  onBehalfOf: string | null;
  decision: Decision;
  reason: string | null;
  at: string;
  viaPositionId: string | null;
  /** The signed paper form, when an operator recorded the employee's hearing answer. */
  paperForm: PaperHearingForm | null;
  /** The official's declaration of no conflict of interest; null on the hearing and on earlier decisions. */
  declaration: ConflictDeclaration | null;
};

/** A task holder who declared a conflict of interest, and where the task went. */
export type Recusal = {
  userId: string;
  revision: number;
  stageIndex: number;
  taskId: string;
  viaPositionId: string;
  fromChainRole: TaskRole;
  toChainRole: TaskRole;
  reason: string;
  at: string;
};

export type TaskDelegation = {
  delegatorUserId: string;
  delegatorPositionId: string;
  delegatorEmployeeNip: string | null;
  delegateUserId: string;
  from: CalendarDate | null;
  to: CalendarDate | null;
  at: string;
};

export type TaskState = ResolvedTask & {
  status: TaskStatus;
  decisions: TaskDecision[];
  delegations: TaskDelegation[];
  /** Roles the task was escalated away from, oldest first. */
  escalatedFrom: TaskRole[];
};

export type StageState = {
  index: number;
  status: StageStatus;
  dueInWorkingDays: number;
  openedAt: string | null;
  dueAt: string | null;
  tasks: TaskState[];
};

export type AssignmentChange = {
  reason: string;
  decreeNumber: string;
  decreeDate: CalendarDate;
  byUserId: string;
  at: string;
};

/** A temporary assignment: its end date now (extensions move it), the home position kept, how it ended. */
export type TemporaryAssignmentState = {
  phase: AssignmentPhase;
  endDate: CalendarDate;
  proposedEndDate: CalendarDate;
  homePositionId: string;
  extensions: (AssignmentChange & { previousEndDate: CalendarDate; endDate: CalendarDate })[];
  conversion: AssignmentChange | null;
  returned: { effectiveDate: CalendarDate; byUserId: string; at: string } | null;
};

export type Closing = { byUserId: string; reason: string | null; at: string };

export type Transfer = {
  status: TransferStatus;
  id: string;
  /** Number of events folded: the stream version. */
  version: number;
  revision: number;
  kind: TransferKind;
  employeeNip: string;
  employee: EmployeeSnapshot;
  origin: PlacementSnapshot;
  target: PlacementSnapshot;
  originPositionId: string;
  targetPositionId: string;
  reason: string;
  requestedEffectiveDate: CalendarDate;
  attachments: Attachment[];
  followsSpouse: boolean;
  /** null for a permanent transfer (and in states folded before temporary assignments). */
  temporary: TemporaryAssignmentState | null;
  /** The Minister of Home Affairs' written approval the current revision carries, which the decree must confirm. */
  ministerialApproval: MinisterialApproval | null;
  /** Every document any step referred to, the current revision's attachments among them. */
  documents: RecordedDocument[];
  policyVersion: string;
  policyHash: string;
  /** null for proposals made before checklists: they need no documents. */
  checklistVersion: string | null;
  checklistHash: string | null;
  eligibility: EligibilityResult[];
  workload: WorkloadSnapshot;
  targetPositionWorkload: PositionWorkload | null;
  /** Both units' workload after the move as forecast; null for proposals made before forecasts. */
  workloadForecast: WorkloadSnapshot | null;
  trainingNeeds: TrainingNeed[];
  stages: StageState[];
  currentStageIndex: number | null;
  /** The employee's objection at the hearing of the current revision, shown to every later step. */
  objection: { reason: string | null; at: string; paperForm: PaperHearingForm | null } | null;
  proposer: { userId: string; role: string };
  /** The proposer and everyone who revised the proposal: none of them may decide on it. */
  authorUserIds: string[];
  /** Conflicts of interest declared on the proposal, in every revision: none of those users may decide on it. */
  recusals: Recusal[];
  proposedAt: string;
  revisedAt: string | null;
  returned: Closing | null;
  rejected: Closing | null;
  withdrawn: Closing | null;
  approvedAt: string | null;
  decree: {
    decreeNumber: string;
    decreeDate: CalendarDate;
    effectiveDate: CalendarDate;
    issuedByUserId: string;
    issuedAt: string;
  } | null;
  execution: { executedAt: string; executedByUserId: string; effectiveDate: CalendarDate } | null;
  evaluation: {
    performanceScore: number;
    adaptation: Adaptation;
    notes: string;
    evaluatedByUserId: string;
    evaluatedAt: string;
    workloadNow: WorkloadSnapshot;
    performanceRating: PerformanceRating | null;
    trainingCompleted: boolean | null;
  } | null;
};

export type NoTransfer = { status: 'NONE'; version: 0 };

export type TransferState = NoTransfer | Transfer;

export const initialState: TransferState = { status: 'NONE', version: 0 };

export function isTransfer(state: TransferState): state is Transfer {
  return state.status !== 'NONE';
}

/** The proposal status while a stage is open: approval stages are IN_APPROVAL, the rest IN_CONSULTATION. */
export function statusOfOpenStage(stage: StageState): TransferStatus {
  return stage.tasks.some((task) => task.type === 'approval') ? 'IN_APPROVAL' : 'IN_CONSULTATION';
}

export function currentStage(transfer: Transfer): StageState | null {
  return transfer.currentStageIndex === null ? null : (transfer.stages[transfer.currentStageIndex] ?? null);
}

export function findTask(transfer: Transfer, taskId: string): { stage: StageState; task: TaskState } | null {
  for (const stage of transfer.stages) {
    const task = stage.tasks.find((t) => t.id === taskId);
    if (task) return { stage, task };
  }
  return null;
}

const DONE: readonly TaskStatus[] = ['completed', 'lapsed'];

export function isStageDone(stage: StageState): boolean {
  return stage.tasks.every((task) => DONE.includes(task.status));
}
