import type { CalendarDate } from '@mutasi/calendar';
import type { ResolvedStage } from './chain/resolved-chain';
import { recorded, typedEntries, type RecordedDocument } from './documents/document-entry';
import type {
  ConflictOfInterestDeclared,
  DecisionEvent,
  ProposalContent,
  StageEscalated,
  TaskDelegated,
  TaskEscalation,
  TransferEvent,
} from './transfer-events';
import {
  initialState,
  isStageDone,
  isTransfer,
  statusOfOpenStage,
  type Closing,
  type StageState,
  type TaskState,
  type TemporaryAssignmentState,
  type Transfer,
  type TransferState,
} from './transfer-state';

function pendingStages(chain: ResolvedStage[]): StageState[] {
  return chain.map((stage) => ({
    index: stage.index,
    status: 'pending',
    dueInWorkingDays: stage.dueInWorkingDays,
    openedAt: null,
    dueAt: null,
    tasks: stage.tasks.map((task) => ({
      ...task,
      status: 'pending',
      decisions: [],
      delegations: [],
      escalatedFrom: [],
    })),
  }));
}

function content(data: ProposalContent) {
  return {
    kind: data.kind,
    employeeNip: data.employee.nip,
    employee: data.employee,
    origin: data.origin,
    target: data.target,
    originPositionId: data.origin.position.id,
    targetPositionId: data.target.position.id,
    reason: data.reason,
    requestedEffectiveDate: data.requestedEffectiveDate,
    attachments: typedEntries(data.attachments),
    followsSpouse: data.followsSpouse ?? false,
    temporary: data.temporary ? plannedAssignment(data.temporary.endDate, data.origin.position.id) : null,
    ministerialApproval: data.ministerialApproval ?? null,
    eligibility: data.eligibility,
    workload: data.workload,
    targetPositionWorkload: data.targetPositionWorkload,
    workloadForecast: data.workloadForecast ?? null,
    trainingNeeds: data.trainingNeeds ?? [],
    stages: pendingStages(data.chain),
    currentStageIndex: null,
    objection: null,
  };
}

function plannedAssignment(endDate: CalendarDate, homePositionId: string): TemporaryAssignmentState {
  return {
    phase: 'planned',
    endDate,
    proposedEndDate: endDate,
    homePositionId,
    extensions: [],
    conversion: null,
    returned: null,
  };
}

/** A temporary assignment moved on by an event; a permanent transfer has none to move. */
function withAssignment(
  transfer: Transfer,
  update: (assignment: TemporaryAssignmentState) => TemporaryAssignmentState,
): Transfer {
  const assignment = transfer.temporary ?? null;
  return assignment === null ? transfer : { ...transfer, temporary: update(assignment) };
}

/** Details folded before documents were recorded have none. */
function withRecorded(transfer: Transfer, added: RecordedDocument[]): RecordedDocument[] {
  return [...(transfer.documents ?? []), ...added];
}

function mapStage(transfer: Transfer, index: number, update: (stage: StageState) => StageState): StageState[] {
  return transfer.stages.map((stage) => (stage.index === index ? update(stage) : stage));
}

function mapTasks(stage: StageState, update: (task: TaskState) => TaskState): StageState {
  return { ...stage, tasks: stage.tasks.map(update) };
}

/** Closes the open stage of a proposal that leaves the chain (returned, rejected, withdrawn). */
function closeOpenStage(transfer: Transfer, status: 'returned' | 'rejected' | 'cancelled'): StageState[] {
  return transfer.stages.map((stage) =>
    stage.status !== 'open'
      ? stage
      : {
          ...mapTasks(stage, (task) => (task.status === 'open' ? { ...task, status: 'cancelled' } : task)),
          status,
        },
  );
}

function applyDecision(transfer: Transfer, event: DecisionEvent): Transfer {
  const { data } = event;
  const stages = mapStage(transfer, data.stageIndex, (stage) => {
    const updated = mapTasks(stage, (task) =>
      task.id !== data.taskId
        ? task
        : {
            ...task,
            status: data.taskStatus,
            decisions: [
              ...task.decisions,
              {
                actorId: data.deciderUserId,
                onBehalfOf: data.onBehalfOfUserId,
                decision: data.decision,
                reason: data.reason,
                at: data.decidedAt,
                viaPositionId: data.viaPositionId,
                paperForm: data.paperForm ?? null,
                declaration: data.declaration ?? null,
              },
            ],
          },
    );
    return isStageDone(updated) ? { ...updated, status: 'completed' } : updated;
  });
  const purpose = transfer.stages[data.stageIndex]?.tasks.find((task) => task.id === data.taskId)?.purpose;
  const documents = recorded(data.documents, `decide:${purpose}`, data.revision, data.decidedAt, data.deciderUserId);
  const decided: Transfer = {
    ...transfer,
    documents: withRecorded(transfer, documents),
    stages,
    objection:
      data.decision === 'objection'
        ? { reason: data.reason, at: data.decidedAt, paperForm: data.paperForm ?? null }
        : transfer.objection,
  };
  const closing: Closing = {
    byUserId: data.onBehalfOfUserId ?? data.deciderUserId,
    reason: data.reason,
    at: data.decidedAt,
  };
  if (data.taskStatus === 'rejected') {
    return { ...decided, status: 'REJECTED', rejected: closing, stages: closeOpenStage(decided, 'rejected') };
  }
  if (data.taskStatus === 'returned') {
    return { ...decided, status: 'RETURNED', returned: closing, stages: closeOpenStage(decided, 'returned') };
  }
  return decided;
}

function applyDelegation(transfer: Transfer, { data }: TaskDelegated): Transfer {
  const delegation = {
    delegatorUserId: data.delegatorUserId,
    delegatorPositionId: data.delegatorPositionId,
    delegatorEmployeeNip: data.delegatorEmployeeNip,
    delegateUserId: data.delegateUserId,
    from: data.from,
    to: data.to,
    at: data.delegatedAt,
  };
  return {
    ...transfer,
    stages: mapStage(transfer, data.stageIndex, (stage) =>
      mapTasks(stage, (task) =>
        task.id === data.taskId ? { ...task, delegations: [...task.delegations, delegation] } : task,
      ),
    ),
  };
}

/** A task sent to the superior chain role (by an escalation or a declared conflict): its delegations end. */
function reassigned(task: TaskState, escalation: TaskEscalation): TaskState {
  return {
    ...task,
    chainRole: escalation.toChainRole,
    positionIds: escalation.positionIds,
    delegations: [],
    escalatedFrom: [...task.escalatedFrom, escalation.fromChainRole],
  };
}

function applyEscalation(transfer: Transfer, { data }: StageEscalated): Transfer {
  const stages = mapStage(transfer, data.stageIndex, (stage) => {
    const updated = mapTasks(stage, (task) => {
      if (data.lapsedTaskIds.includes(task.id)) return { ...task, status: 'lapsed' };
      const escalation = data.escalations.find((e) => e.taskId === task.id);
      return escalation ? reassigned(task, escalation) : task;
    });
    return { ...updated, dueAt: data.dueAt, status: isStageDone(updated) ? 'completed' : updated.status };
  });
  return { ...transfer, stages };
}

function applyConflict(transfer: Transfer, { data }: ConflictOfInterestDeclared): Transfer {
  const { reassignment } = data;
  return {
    ...transfer,
    stages: mapStage(transfer, data.stageIndex, (stage) =>
      mapTasks(stage, (task) => (task.id === data.taskId ? reassigned(task, reassignment) : task)),
    ),
    recusals: [
      ...transfer.recusals,
      {
        userId: data.declaredByUserId,
        revision: data.revision,
        stageIndex: data.stageIndex,
        taskId: data.taskId,
        viaPositionId: data.viaPositionId,
        fromChainRole: reassignment.fromChainRole,
        toChainRole: reassignment.toChainRole,
        reason: data.reason,
        at: data.declaredAt,
      },
    ],
  };
}

function applyToTransfer(transfer: Transfer, event: TransferEvent): Transfer {
  switch (event.type) {
    case 'TransferProposed':
      throw new Error(`Transfer ${transfer.id} is already proposed`);
    case 'StageOpened': {
      const { stageIndex, openedAt, dueAt } = event.data;
      const stages = mapStage(transfer, stageIndex, (stage) => ({
        ...mapTasks(stage, (task) => ({ ...task, status: 'open' })),
        status: 'open',
        openedAt,
        dueAt,
      }));
      return { ...transfer, stages, currentStageIndex: stageIndex, status: statusOfOpenStage(stages[stageIndex]) };
    }
    case 'ConsultationAnswered':
    case 'ApprovalGranted':
    case 'ApprovalRejected':
    case 'ProposalReturned':
      return applyDecision(transfer, event);
    case 'ProposalRevised':
      return {
        ...transfer,
        ...content(event.data),
        documents: withRecorded(
          transfer,
          recorded(
            typedEntries(event.data.attachments),
            'propose',
            event.data.revision,
            event.data.revisedAt,
            event.data.revisedByUserId,
          ),
        ),
        status: 'PROPOSED',
        revision: event.data.revision,
        authorUserIds: [...new Set([...transfer.authorUserIds, event.data.revisedByUserId])],
        revisedAt: event.data.revisedAt,
      };
    case 'ProposalWithdrawn':
      return {
        ...transfer,
        status: 'WITHDRAWN',
        stages: closeOpenStage(transfer, 'cancelled'),
        withdrawn: { byUserId: event.data.withdrawnByUserId, reason: event.data.reason, at: event.data.withdrawnAt },
      };
    case 'TaskDelegated':
      return applyDelegation(transfer, event);
    case 'StageEscalated':
      return applyEscalation(transfer, event);
    case 'ConflictOfInterestDeclared':
      return applyConflict(transfer, event);
    case 'ProposalApproved':
      return { ...transfer, status: 'APPROVED', approvedAt: event.data.approvedAt, currentStageIndex: null };
    case 'TransferDecreeIssued': {
      const { decreeNumber, decreeDate, effectiveDate, issuedByUserId, issuedAt } = event.data;
      return {
        ...transfer,
        documents: withRecorded(
          transfer,
          recorded(event.data.documents, 'execute', transfer.revision, issuedAt, issuedByUserId),
        ),
        status: 'DECREE_ISSUED',
        decree: { decreeNumber, decreeDate, effectiveDate, issuedByUserId, issuedAt },
      };
    }
    case 'TransferExecuted': {
      const { executedAt, executedByUserId, effectiveDate } = event.data;
      return withAssignment(
        { ...transfer, status: 'EXECUTED', execution: { executedAt, executedByUserId, effectiveDate } },
        (assignment) => ({ ...assignment, phase: 'away' }),
      );
    }
    case 'AssignmentExtended': {
      const { reason, decreeNumber, decreeDate, previousEndDate, endDate, extendedByUserId, extendedAt } = event.data;
      return withAssignment(transfer, (assignment) => ({
        ...assignment,
        endDate,
        extensions: [
          ...assignment.extensions,
          { reason, decreeNumber, decreeDate, previousEndDate, endDate, byUserId: extendedByUserId, at: extendedAt },
        ],
      }));
    }
    case 'AssignmentConvertedToPermanent': {
      const { reason, decreeNumber, decreeDate, convertedByUserId, convertedAt } = event.data;
      return withAssignment(transfer, (assignment) => ({
        ...assignment,
        phase: 'converted',
        conversion: { reason, decreeNumber, decreeDate, byUserId: convertedByUserId, at: convertedAt },
      }));
    }
    case 'AssignmentReturned': {
      const { effectiveDate, returnedByUserId, returnedAt } = event.data;
      return withAssignment(transfer, (assignment) => ({
        ...assignment,
        phase: 'returned',
        returned: { effectiveDate, byUserId: returnedByUserId, at: returnedAt },
      }));
    }
    case 'TransferEvaluated': {
      const { performanceScore, adaptation, notes, evaluatedByUserId, evaluatedAt, workloadNow } = event.data;
      return {
        ...transfer,
        documents: withRecorded(
          transfer,
          recorded(event.data.documents, 'evaluate', transfer.revision, evaluatedAt, evaluatedByUserId),
        ),
        status: 'EVALUATED',
        evaluation: {
          performanceScore,
          adaptation,
          notes,
          evaluatedByUserId,
          evaluatedAt,
          workloadNow,
          performanceRating: event.data.performanceRating ?? null,
          trainingCompleted: event.data.trainingCompleted ?? null,
        },
      };
    }
  }
}

function propose(event: TransferEvent): Transfer {
  if (event.type !== 'TransferProposed') throw new Error(`${event.type} before TransferProposed`);
  const { data } = event;
  return {
    ...content(data),
    status: 'PROPOSED',
    id: data.transferId,
    version: 0,
    revision: data.revision,
    policyVersion: data.policyVersion,
    policyHash: data.policyHash,
    checklistVersion: data.checklistVersion ?? null,
    checklistHash: data.checklistHash ?? null,
    documents: recorded(typedEntries(data.attachments), 'propose', data.revision, data.proposedAt, data.proposerUserId),
    proposer: { userId: data.proposerUserId, role: data.proposerRole },
    authorUserIds: [data.proposerUserId],
    recusals: [],
    proposedAt: data.proposedAt,
    revisedAt: null,
    returned: null,
    rejected: null,
    withdrawn: null,
    approvedAt: null,
    decree: null,
    execution: null,
    evaluation: null,
  };
}

/** Applies one event; every event moves the version on by one. Throws on an impossible stream. */
export function evolve(state: TransferState, event: TransferEvent): Transfer {
  const next = isTransfer(state) ? applyToTransfer(state, event) : propose(event);
  return { ...next, version: state.version + 1 };
}

export function foldEvents(events: readonly TransferEvent[]): TransferState {
  return events.reduce<TransferState>(evolve, initialState);
}
