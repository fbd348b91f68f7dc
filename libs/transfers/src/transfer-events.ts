import type { CalendarDate } from '@mutasi/calendar';
import type { ChainRole } from '@mutasi/workforce/domain';
import type { TaskRole, TaskType } from './chain/chain-role';
import type { ResolvedStage } from './chain/resolved-chain';
import type { ConflictDeclaration } from './conflict-of-interest';
import type { ApprovalDecision, ConsultationAnswer, HearingAnswer } from './decision';
import type { TemporaryAssignment } from './assignment/temporary-assignment';
import type { DocumentEntry } from './documents/document-entry';
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
import type { PlanReference } from './transfer-commands';
import type { TransferKind } from './transfer-kind';
import type { TransferStatus } from './transfer-status';
import type { TaskStatus } from './transfer-state';

/**
 * The events of a transfer stream (`transfer-<uuid>`). `data` is plain JSON: it is stored as jsonb
 * and hashed. Metadata (actor, role, on-behalf-of, correlation) is added by the app layer; the
 * actor ids that domain rules use are also in `data`.
 */
type Event<Type extends string, Data> = { type: Type; data: Data };

/** What a proposal says, with what the system derived from it when it was made. */
export type ProposalContent = {
  employee: EmployeeSnapshot;
  origin: PlacementSnapshot;
  target: PlacementSnapshot;
  kind: TransferKind;
  reason: string;
  requestedEffectiveDate: CalendarDate;
  attachments: Attachment[];
  /** Absent in events recorded before checklists: false. */
  followsSpouse?: boolean;
  /** The Minister of Home Affairs' written approval the proposal carries; absent when none. */
  ministerialApproval?: MinisterialApproval;
  eligibility: EligibilityResult[];
  workload: WorkloadSnapshot;
  targetPositionWorkload: PositionWorkload | null;
  chain: ResolvedStage[];
  /** Present when the proposal is a temporary assignment with automatic return. */
  temporary?: TemporaryAssignment;
  /** Both units' workload after the move, as forecast when proposed; absent in events recorded before forecasts. */
  workloadForecast?: WorkloadSnapshot;
  /** The competence gaps training is to close; absent in events recorded before training needs. */
  trainingNeeds?: TrainingNeed[];
};

/**
 * A hearing answer the employee gave on paper, recorded by an operator: the signed form's sha256,
 * the day it was signed and who recorded it (the event's deciderUserId too).
 */
export type PaperHearingForm = { formSha256: string; answeredOn: CalendarDate; recordedByUserId: string };

/** A decision on a task, with what the decider saw. */
export type DecisionRecord<D> = {
  revision: number;
  stageIndex: number;
  taskId: string;
  taskType: TaskType;
  chainRole: TaskRole;
  decision: D;
  reason: string | null;
  deciderUserId: string;
  /** The official a delegate decided for, or null. */
  onBehalfOfUserId: string | null;
  /** The task position the decision was made through; null for the hearing. */
  viaPositionId: string | null;
  decidedAt: string;
  /** The task's status after this decision. */
  taskStatus: TaskStatus;
  /** The stream version the decider saw. */
  proposalVersion: number;
  workload: WorkloadSnapshot;
  eligibility: EligibilityResult[];
  objectionOnRecord: boolean;
  /** Letters given with the decision; absent when none. */
  documents?: DocumentEntry[];
  /** Set when an operator recorded the employee's answer given on paper (absent on earlier events). */
  paperForm?: PaperHearingForm;
  /**
   * The official's declaration of no conflict of interest; absent on the hearing and on decisions
   * recorded before declarations were asked for.
   */
  declaration?: ConflictDeclaration;
};

export type TransferProposed = Event<
  'TransferProposed',
  ProposalContent & {
    transferId: string;
    revision: number;
    policyVersion: string;
    policyHash: string;
    /** The document checklist pinned to the proposal; absent in events recorded before checklists. */
    checklistVersion?: string;
    checklistHash?: string;
    proposerUserId: string;
    proposerRole: string;
    proposedAt: string;
    /** Present when the proposal was created from an approved transfer plan. */
    plan?: PlanReference;
  }
>;

export type StageOpened = Event<
  'StageOpened',
  { revision: number; stageIndex: number; openedAt: string; dueAt: string }
>;

export type ConsultationAnswered = Event<'ConsultationAnswered', DecisionRecord<HearingAnswer | ConsultationAnswer>>;
export type ApprovalGranted = Event<'ApprovalGranted', DecisionRecord<Extract<ApprovalDecision, 'approve'>>>;
export type ApprovalRejected = Event<'ApprovalRejected', DecisionRecord<Extract<ApprovalDecision, 'reject'>>>;
export type ProposalReturned = Event<'ProposalReturned', DecisionRecord<Extract<ApprovalDecision, 'return'>>>;

export type ProposalRevised = Event<
  'ProposalRevised',
  ProposalContent & { revision: number; revisedByUserId: string; revisedAt: string }
>;

export type ProposalWithdrawn = Event<
  'ProposalWithdrawn',
  { reason: string; withdrawnByUserId: string; withdrawnAt: string; previousStatus: TransferStatus }
>;

export type TaskDelegated = Event<
  'TaskDelegated',
  {
    revision: number;
    stageIndex: number;
    taskId: string;
    delegatorUserId: string;
    delegatorPositionId: string;
    delegatorEmployeeNip: string | null;
    delegateUserId: string;
    from: CalendarDate | null;
    to: CalendarDate | null;
    delegatedAt: string;
  }
>;

export type TaskEscalation = { taskId: string; fromChainRole: TaskRole; toChainRole: ChainRole; positionIds: string[] };

export type StageEscalated = Event<
  'StageEscalated',
  {
    revision: number;
    stageIndex: number;
    escalatedAt: string;
    reason: string | null;
    dueAt: string;
    escalations: TaskEscalation[];
    /** Hearings left unanswered past their due date: closed without an answer, the chain goes on. */
    lapsedTaskIds: string[];
  }
>;

/**
 * The holder of an open task declared a conflict of interest (PP 11/2017 Ps 190(5)): they do not
 * decide it, and the task goes to the superior chain role, as an escalation would send it.
 */
export type ConflictOfInterestDeclared = Event<
  'ConflictOfInterestDeclared',
  {
    revision: number;
    stageIndex: number;
    taskId: string;
    declaredByUserId: string;
    /** The task position the declarer holds. */
    viaPositionId: string;
    reason: string;
    declaredAt: string;
    reassignment: TaskEscalation;
  }
>;

export type ProposalApproved = Event<'ProposalApproved', { revision: number; approvedAt: string }>;

export type TransferDecreeIssued = Event<
  'TransferDecreeIssued',
  {
    decreeNumber: string;
    decreeDate: CalendarDate;
    effectiveDate: CalendarDate;
    issuedByUserId: string;
    issuedAt: string;
    /** Absent when none were given. */
    documents?: DocumentEntry[];
    /** Present when the proposal carried a ministerial approval and the issuer confirmed it. */
    ministerialApprovalConfirmed?: true;
  }
>;

export type TransferExecuted = Event<
  'TransferExecuted',
  {
    employeeNip: string;
    fromPositionId: string;
    toPositionId: string;
    effectiveDate: CalendarDate;
    executedByUserId: string;
    executedAt: string;
    targetPositionWorkload: PositionWorkload | null;
    /** A temporary assignment's end date, when the automatic return is due; absent for a permanent transfer. */
    returnOn?: CalendarDate;
  }
>;

export type Adaptation = 'good' | 'fair' | 'poor';

export type TransferEvaluated = Event<
  'TransferEvaluated',
  {
    performanceScore: number;
    adaptation: Adaptation;
    notes: string;
    evaluatedByUserId: string;
    evaluatedAt: string;
    workloadAtProposal: WorkloadSnapshot;
    workloadNow: WorkloadSnapshot;
    /** Absent when none were given. */
    documents?: DocumentEntry[];
    /** The performance predicate in the new post (PermenPANRB 6/2022); absent when not given. */
    performanceRating?: PerformanceRating;
    /** Whether the proposal's training needs were met; present only when it had any. */
    trainingCompleted?: boolean;
  }
>;

/** What the operator records of a decision (SK) on a temporary assignment taken outside the system. */
export type AssignmentDecree = { reason: string; decreeNumber: string; decreeDate: CalendarDate };

export type AssignmentExtended = Event<
  'AssignmentExtended',
  AssignmentDecree & {
    previousEndDate: CalendarDate;
    endDate: CalendarDate;
    extendedByUserId: string;
    extendedAt: string;
  }
>;

/** The employee stays in the host position for good; the home position is released. */
export type AssignmentConvertedToPermanent = Event<
  'AssignmentConvertedToPermanent',
  AssignmentDecree & {
    employeeNip: string;
    positionId: string;
    releasedPositionId: string;
    convertedByUserId: string;
    convertedAt: string;
  }
>;

/** The employee is back in the home position kept for them, from the end date. */
export type AssignmentReturned = Event<
  'AssignmentReturned',
  {
    employeeNip: string;
    fromPositionId: string;
    toPositionId: string;
    effectiveDate: CalendarDate;
    returnedByUserId: string;
    returnedAt: string;
  }
>;

export type DecisionEvent = ConsultationAnswered | ApprovalGranted | ApprovalRejected | ProposalReturned;

export type TransferEvent =
  | TransferProposed
  | StageOpened
  | DecisionEvent
  | ProposalRevised
  | ProposalWithdrawn
  | TaskDelegated
  | StageEscalated
  | ConflictOfInterestDeclared
  | ProposalApproved
  | TransferDecreeIssued
  | TransferExecuted
  | TransferEvaluated
  | AssignmentExtended
  | AssignmentConvertedToPermanent
  | AssignmentReturned;

export type TransferEventType = TransferEvent['type'];
