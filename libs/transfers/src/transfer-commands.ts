import type { CalendarDate } from '@mutasi/calendar';
import type { ApprovalChainPolicy } from './chain/approval-chain.policy';
import type { DirectoryEntry } from './chain/directory';
import type { ConflictDeclarationInput } from './conflict-of-interest';
import type { Decision, HearingAnswer } from './decision';
import type { DocumentChecklistPolicy } from './documents/document-checklist.policy';
import type { DocumentEntryInput } from './documents/document-entry';
import type { PendingProposals } from './eligibility/eligibility-rule';
import type {
  EmployeeSnapshot,
  MinisterialApproval,
  PerformanceRating,
  PlacementSnapshot,
  PositionWorkload,
  RegionCalendar,
  WorkloadSnapshot,
} from './snapshots';
import type { Adaptation } from './transfer-events';

/**
 * Commands carry everything decide needs: the master data the app layer read, the acting user,
 * the ids and the current instant (`now`, ISO-8601 UTC). decide itself reads no clock.
 */
type Command<Type extends string, Data> = { type: Type; data: Data };

/** A user acting in a role (operator, scheduler…). */
export type ActingUser = { userId: string; role: string };

/** A user deciding on a chain task, with the positions they hold and, if an ASN, their NIP. */
export type Decider = {
  userId: string;
  roles: string[];
  positionIds: string[];
  employeeNip: string | null;
};

/** The official a delegate acts for, from a standing delegation the app layer checked. */
export type Principal = { userId: string; positionIds: string[]; employeeNip: string | null };

/** The proposal's fields and the data they are checked against. */
export type ProposalInput = {
  employee: EmployeeSnapshot;
  origin: PlacementSnapshot;
  target: PlacementSnapshot;
  reason: string;
  requestedEffectiveDate: CalendarDate;
  /** An entry without a type fills no checklist item (`other`). */
  attachments: DocumentEntryInput[];
  /** The employee follows their spouse: the checklist then asks for the spouse's work letter. */
  followsSpouse?: boolean;
  /** A temporary assignment: the employee returns home on the end date (YYYY-MM-DD). */
  temporary?: { endDate: string };
  /** The Minister of Home Affairs' written approval of a move in a blackout window or JPT lock. */
  ministerialApproval?: MinisterialApproval | null;
  /** The calendar of the origin agency's region, when one was imported. */
  originRegionCalendar: RegionCalendar | null;
  workload: WorkloadSnapshot;
  targetPositionWorkload: PositionWorkload | null;
  /** Both units' workload after the move, as the app layer forecast it from the positions' staffing. */
  workloadForecast?: WorkloadSnapshot;
  /** Open proposals of the employee and into the target position, as the app layer found them. */
  pending: PendingProposals;
  policy: ApprovalChainPolicy;
  /** The document checklist in force; a revision keeps the one its proposal is pinned to. */
  checklist: DocumentChecklistPolicy;
  directory: DirectoryEntry[];
};

/** The transfer plan and move a proposal was created from. */
export type PlanReference = { planId: string; moveId: string };

export type ProposeTransfer = Command<
  'ProposeTransfer',
  ProposalInput & { transferId: string; proposer: ActingUser; now: string; plan?: PlanReference }
>;

export type DecideTask = Command<
  'DecideTask',
  {
    taskId: string;
    decision: Decision;
    reason: string | null;
    actor: Decider;
    onBehalfOf: Principal | null;
    /** Both units' workload as shown to the decider. */
    workload: WorkloadSnapshot;
    /** Letters given with the decision (a technical consideration, the decree). */
    documents?: DocumentEntryInput[];
    /** The decider's declaration of no conflict of interest: required on every task but the hearing. */
    declaration: ConflictDeclarationInput | null;
    now: string;
  }
>;

/** A task holder declares a conflict of interest in the move: the task goes to the superior chain role. */
export type DeclareConflict = Command<
  'DeclareConflict',
  { taskId: string; reason: string; directory: DirectoryEntry[]; actor: Decider; now: string }
>;

/** New values for the proposal's fields; `policy` must be the one the proposal is pinned to. */
export type ReviseProposal = Command<'ReviseProposal', ProposalInput & { actor: ActingUser; now: string }>;

export type WithdrawProposal = Command<'WithdrawProposal', { reason: string; actor: ActingUser; now: string }>;

export type DelegateTask = Command<
  'DelegateTask',
  {
    taskId: string;
    delegateUserId: string;
    from: CalendarDate | null;
    to: CalendarDate | null;
    actor: Decider;
    now: string;
  }
>;

export type EscalateStage = Command<
  'EscalateStage',
  { reason: string | null; directory: DirectoryEntry[]; actor: ActingUser; now: string }
>;

export type IssueDecree = Command<
  'IssueDecree',
  {
    decreeNumber: string;
    decreeDate: CalendarDate;
    effectiveDate: CalendarDate;
    /** The decree itself, and any letter that goes with it. */
    documents?: DocumentEntryInput[];
    /** The issuer checked the proposal's ministerial approval letter; required when it carries one. */
    ministerialApprovalConfirmed?: boolean;
    actor: ActingUser;
    now: string;
  }
>;

/** Re-checked on the effective date: the employee as they are now, the target position's staffing now. */
export type ExecuteTransfer = Command<
  'ExecuteTransfer',
  {
    employee: { active: boolean; positionId: string };
    targetPositionWorkload: PositionWorkload | null;
    actor: ActingUser;
    now: string;
  }
>;

export type EvaluateTransfer = Command<
  'EvaluateTransfer',
  {
    performanceScore: number;
    /** The performance predicate in the new post, when known. */
    performanceRating?: PerformanceRating | null;
    adaptation: Adaptation;
    notes: string;
    /** Whether the training needs were met: required when the proposal has any. */
    trainingCompleted?: boolean | null;
    /** Both units' workload now, compared with the figures recorded at the proposal. */
    workload: WorkloadSnapshot;
    /** The start-of-duty and pay-stop letters, and any other. */
    documents?: DocumentEntryInput[];
    actor: ActingUser;
    now: string;
  }
>;

/** An operator records the hearing answer the employee gave on a signed paper form. */
export type RecordHearing = Command<
  'RecordHearing',
  {
    taskId: string;
    answer: HearingAnswer;
    reason: string | null;
    formSha256: string;
    /** The day the employee signed the form (Jakarta). */
    answeredOn: string;
    recorder: Decider;
    workload: WorkloadSnapshot;
    now: string;
  }
>;

/** The decree (SK) extending or converting a temporary assignment, as the operator records it. */
type AssignmentDecreeInput = {
  reason: string;
  decreeNumber: string;
  decreeDate: string;
  actor: ActingUser;
  now: string;
};

export type ExtendAssignment = Command<'ExtendAssignment', AssignmentDecreeInput & { endDate: string }>;

export type ConvertAssignmentToPermanent = Command<'ConvertAssignmentToPermanent', AssignmentDecreeInput>;

/** Sent on the end date; re-checks that the employee still holds the host position. */
export type ReturnFromAssignment = Command<
  'ReturnFromAssignment',
  { employee: { active: boolean; positionId: string }; actor: ActingUser; now: string }
>;

export type TransferCommand =
  | ProposeTransfer
  | DecideTask
  | DeclareConflict
  | RecordHearing
  | ReviseProposal
  | WithdrawProposal
  | DelegateTask
  | EscalateStage
  | IssueDecree
  | ExecuteTransfer
  | EvaluateTransfer
  | ExtendAssignment
  | ConvertAssignmentToPermanent
  | ReturnFromAssignment;
