import { transferChecklist, typedEntries, type EligibilityResult, type Transfer } from '@mutasi/transfers';

/** How `GET /transfers/{id}` (and the state at an instant) shows a proposal (PRODUCT.md §5). */
export type TransferView = ReturnType<typeof transferView>;

const eligibilityItem = ({ code, level, message, details }: EligibilityResult) => ({ code, level, message, details });

export function transferView(transfer: Transfer) {
  return {
    id: transfer.id,
    version: transfer.version,
    status: transfer.status,
    kind: transfer.kind,
    revision: transfer.revision,
    employeeNip: transfer.employeeNip,
    employeeName: transfer.employee.name,
    originPositionId: transfer.originPositionId,
    targetPositionId: transfer.targetPositionId,
    originUnitId: transfer.origin.position.unitId,
    targetUnitId: transfer.target.position.unitId,
    originAgencyId: transfer.origin.agency.id,
    targetAgencyId: transfer.target.agency.id,
    requestedEffectiveDate: transfer.requestedEffectiveDate,
    reason: transfer.reason,
    attachments: typedEntries(transfer.attachments),
    followsSpouse: transfer.followsSpouse ?? false,
    /** A temporary assignment: its end date, the home position kept, extensions, conversion or return. */
    temporary: transfer.temporary ?? null,
    ministerialApproval: transfer.ministerialApproval ?? null,
    policyVersion: transfer.policyVersion,
    policyHash: transfer.policyHash,
    checklistVersion: transfer.checklistVersion ?? null,
    checklistHash: transfer.checklistHash ?? null,
    /** What the pinned checklist asks for at each step, present or missing. */
    checklist: transferChecklist(transfer),
    /** Every document any step referred to: open each at GET /documents/{sha256}. */
    documents: transfer.documents ?? [],
    eligibility: transfer.eligibility.map(eligibilityItem),
    warnings: transfer.eligibility.filter((r) => r.level === 'warning').map((r) => r.code),
    objection: transfer.objection,
    currentStageIndex: transfer.currentStageIndex,
    stages: transfer.stages.map((stage) => ({
      index: stage.index,
      status: stage.status,
      openedAt: stage.openedAt,
      dueAt: stage.dueAt,
      tasks: stage.tasks.map((task) => ({
        id: task.id,
        type: task.type,
        chainRole: task.chainRole,
        side: task.side,
        purpose: task.purpose,
        positionIds: task.positionIds,
        required: task.required,
        status: task.status,
        alsoActsAs: task.alsoActsAs,
        escalatedFrom: task.escalatedFrom,
        decisions: task.decisions.map(
          ({ actorId, onBehalfOf, decision, reason, at, viaPositionId, paperForm, declaration }) => ({
            actorId,
            onBehalfOf,
            decision,
            reason,
            at,
            viaPositionId,
            paperForm,
            declaration,
          }),
        ),
        delegations: task.delegations,
      })),
    })),
    /** Conflicts of interest declared on the proposal: who, on which task, and where the task went. */
    recusals: transfer.recusals,
    workload: transfer.workload,
    targetPositionWorkload: transfer.targetPositionWorkload,
    workloadForecast: transfer.workloadForecast ?? null,
    trainingNeeds: transfer.trainingNeeds ?? [],
    proposer: transfer.proposer,
    proposedAt: transfer.proposedAt,
    revisedAt: transfer.revisedAt,
    returned: transfer.returned,
    rejected: transfer.rejected,
    withdrawn: transfer.withdrawn,
    approvedAt: transfer.approvedAt,
    decree: transfer.decree,
    execution: transfer.execution,
    evaluation: transfer.evaluation && {
      ...transfer.evaluation,
      performanceRating: transfer.evaluation.performanceRating ?? null,
      trainingCompleted: transfer.evaluation.trainingCompleted ?? null,
    },
  };
}
