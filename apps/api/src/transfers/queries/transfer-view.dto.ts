import { ApiProperty } from '@nestjs/swagger';

/** Response shapes of the transfer queries, as OpenAPI schemas (the web app's types are generated from them). */

export class EligibilityItemDto {
  @ApiProperty() code: string;
  @ApiProperty({ enum: ['blocking', 'warning'] }) level: 'blocking' | 'warning';
  @ApiProperty() message: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

export class UnitWorkloadDto {
  @ApiProperty() unitId: string;
  @ApiProperty() required: number;
  @ApiProperty() actual: number;
  @ApiProperty({ type: Number, nullable: true }) efficiency: number | null;
  @ApiProperty({ type: String, nullable: true }) band: string | null;
}

export class WorkloadDto {
  @ApiProperty({ type: UnitWorkloadDto, nullable: true }) origin: UnitWorkloadDto | null;
  @ApiProperty({ type: UnitWorkloadDto, nullable: true }) target: UnitWorkloadDto | null;
}

export class PositionWorkloadDto {
  @ApiProperty() positionId: string;
  @ApiProperty() required: number;
  @ApiProperty() actual: number;
}

export class ConflictDeclarationViewDto {
  @ApiProperty({ enum: [true] }) noConflictOfInterest: true;
  @ApiProperty({ description: 'The text the decider stated, as recorded with the decision' }) statement: string;
}

export class TaskDecisionDto {
  @ApiProperty() actorId: string;
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty() decision: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() at: string;
  @ApiProperty({ type: String, nullable: true }) viaPositionId: string | null;
  @ApiProperty({
    type: ConflictDeclarationViewDto,
    nullable: true,
    description:
      'The declaration of no conflict of interest; null on the hearing and on decisions made before it was asked',
  })
  declaration: ConflictDeclarationViewDto | null;
}

export class RecusalDto {
  @ApiProperty({ description: 'Who declared the conflict; they decide nothing on the proposal afterwards' })
  userId: string;
  @ApiProperty() revision: number;
  @ApiProperty() stageIndex: number;
  @ApiProperty() taskId: string;
  @ApiProperty() viaPositionId: string;
  @ApiProperty() fromChainRole: string;
  @ApiProperty({ description: 'The superior chain role the task went to' }) toChainRole: string;
  @ApiProperty() reason: string;
  @ApiProperty() at: string;
}

export class TaskDelegationDto {
  @ApiProperty() delegatorUserId: string;
  @ApiProperty() delegatorPositionId: string;
  @ApiProperty() delegateUserId: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty() at: string;
}

export class TaskViewDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['hearing', 'consultation', 'approval'] }) type: 'hearing' | 'consultation' | 'approval';
  @ApiProperty() chainRole: string;
  @ApiProperty({ enum: ['origin', 'target', 'national'] }) side: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ type: [String] }) positionIds: string[];
  @ApiProperty() required: number;
  @ApiProperty() status: string;
  @ApiProperty({ type: [TaskDecisionDto] }) decisions: TaskDecisionDto[];
  @ApiProperty({ type: [TaskDelegationDto] }) delegations: TaskDelegationDto[];
  @ApiProperty({ type: [String] }) escalatedFrom: string[];
}

export class StageViewDto {
  @ApiProperty() index: number;
  @ApiProperty() status: string;
  @ApiProperty({ type: String, nullable: true }) openedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) dueAt: string | null;
  @ApiProperty({ type: [TaskViewDto] }) tasks: TaskViewDto[];
}

export class ClosingDto {
  @ApiProperty() byUserId: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() at: string;
}

export class ObjectionDto {
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() at: string;
}

export class AttachmentDto {
  @ApiProperty() name: string;
  @ApiProperty() sha256: string;
}

export class DocumentNameDto {
  @ApiProperty() id: string;
  @ApiProperty() en: string;
}

/** One document the proposal's pinned checklist asks for, and whether a document fills it. */
export class ChecklistItemDto {
  @ApiProperty({ example: 'persetujuan_melepas' }) code: string;
  @ApiProperty({ type: DocumentNameDto }) name: DocumentNameDto;
  @ApiProperty({ description: 'propose, execute, evaluate or decide:<chain role>', example: 'propose' }) step: string;
  @ApiProperty({ enum: ['blocking', 'recommended'], description: 'blocking: the step is refused while it is missing' })
  level: 'blocking' | 'recommended';
  @ApiProperty() present: boolean;
  @ApiProperty({ type: [String], description: 'the documents that fill it; open each at GET /documents/{sha256}' })
  sha256s: string[];
}

/** A document some step of the proposal referred to. */
export class RecordedDocumentDto {
  @ApiProperty({ description: 'the checklist code it fills, or other' }) type: string;
  @ApiProperty() name: string;
  @ApiProperty() sha256: string;
  @ApiProperty({ description: 'propose, execute, evaluate or decide:<chain role>' }) step: string;
  @ApiProperty() revision: number;
  @ApiProperty() at: string;
  @ApiProperty() byUserId: string;
}

export class DecreeDto {
  @ApiProperty() decreeNumber: string;
  @ApiProperty() decreeDate: string;
  @ApiProperty() effectiveDate: string;
  @ApiProperty() issuedByUserId: string;
  @ApiProperty() issuedAt: string;
}

export class MinisterialApprovalViewDto {
  @ApiProperty() number: string;
  @ApiProperty() date: string;
}

export class ExecutionDto {
  @ApiProperty() executedAt: string;
  @ApiProperty() executedByUserId: string;
  @ApiProperty() effectiveDate: string;
}

/** A competence gap between the employee and the target position, for training to close. */
export class TrainingNeedDto {
  @ApiProperty({ enum: ['TRAINING_EDUCATION_FIELD', 'TRAINING_RANK_BELOW_MINIMUM', 'TRAINING_FUNCTIONAL_FAMILY'] })
  code: string;
  @ApiProperty({ description: 'Indonesian / English' }) message: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) details: Record<string, string>;
}

export class EvaluationDto {
  @ApiProperty() performanceScore: number;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'],
  })
  performanceRating: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null when the proposal recorded no training need' })
  trainingCompleted: boolean | null;
  @ApiProperty({ type: WorkloadDto, description: "both units' workload measured at the evaluation" })
  workloadNow: WorkloadDto;
  @ApiProperty({ enum: ['good', 'fair', 'poor'] }) adaptation: string;
  @ApiProperty() notes: string;
  @ApiProperty() evaluatedByUserId: string;
  @ApiProperty() evaluatedAt: string;
}

export class AssignmentChangeDto {
  @ApiProperty() reason: string;
  @ApiProperty() decreeNumber: string;
  @ApiProperty() decreeDate: string;
  @ApiProperty() byUserId: string;
  @ApiProperty() at: string;
}

export class AssignmentExtensionDto extends AssignmentChangeDto {
  @ApiProperty() previousEndDate: string;
  @ApiProperty() endDate: string;
}

export class AssignmentReturnDto {
  @ApiProperty() effectiveDate: string;
  @ApiProperty() byUserId: string;
  @ApiProperty() at: string;
}

export class TemporaryAssignmentViewDto {
  @ApiProperty({
    enum: ['planned', 'away', 'returned', 'converted'],
    description: 'planned before execution; away in the host unit; returned home; converted to a permanent transfer',
  })
  phase: string;
  @ApiProperty({ description: 'The end date now (extensions move it): the day of the automatic return' })
  endDate: string;
  @ApiProperty() proposedEndDate: string;
  @ApiProperty({ description: 'The home position kept for the employee' }) homePositionId: string;
  @ApiProperty({ type: [AssignmentExtensionDto] }) extensions: AssignmentExtensionDto[];
  @ApiProperty({ type: AssignmentChangeDto, nullable: true }) conversion: AssignmentChangeDto | null;
  @ApiProperty({ type: AssignmentReturnDto, nullable: true }) returned: AssignmentReturnDto | null;
}

export class ProposerDto {
  @ApiProperty() userId: string;
  @ApiProperty() role: string;
}

export class TransferViewDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty() status: string;
  @ApiProperty() kind: string;
  @ApiProperty() revision: number;
  @ApiProperty() employeeNip: string;
  @ApiProperty() employeeName: string;
  @ApiProperty() originPositionId: string;
  @ApiProperty() targetPositionId: string;
  @ApiProperty() originUnitId: string;
  @ApiProperty() targetUnitId: string;
  @ApiProperty() originAgencyId: string;
  @ApiProperty() targetAgencyId: string;
  @ApiProperty() requestedEffectiveDate: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty() followsSpouse: boolean;
  @ApiProperty({ type: TemporaryAssignmentViewDto, nullable: true, description: 'null for a permanent transfer' })
  temporary: TemporaryAssignmentViewDto | null;
  @ApiProperty({
    type: MinisterialApprovalViewDto,
    nullable: true,
    description: 'The written approval the proposal carries; the decree must confirm it',
  })
  ministerialApproval: MinisterialApprovalViewDto | null;
  @ApiProperty() policyVersion: string;
  @ApiProperty({ type: String, nullable: true }) checklistVersion: string | null;
  @ApiProperty({ type: [ChecklistItemDto], description: 'empty for proposals made before checklists' })
  checklist: ChecklistItemDto[];
  @ApiProperty({ type: [RecordedDocumentDto], description: 'every document any step referred to' })
  documents: RecordedDocumentDto[];
  @ApiProperty({ type: [EligibilityItemDto] }) eligibility: EligibilityItemDto[];
  @ApiProperty({ type: ObjectionDto, nullable: true }) objection: ObjectionDto | null;
  @ApiProperty({ type: Number, nullable: true }) currentStageIndex: number | null;
  @ApiProperty({ type: [StageViewDto] }) stages: StageViewDto[];
  @ApiProperty({ type: [RecusalDto], description: 'conflicts of interest declared on the proposal, in every revision' })
  recusals: RecusalDto[];
  @ApiProperty({ type: WorkloadDto }) workload: WorkloadDto;
  @ApiProperty({ type: PositionWorkloadDto, nullable: true }) targetPositionWorkload: PositionWorkloadDto | null;
  @ApiProperty({
    type: WorkloadDto,
    nullable: true,
    description:
      "both units' workload after the move, as forecast when proposed; null for proposals made before forecasts",
  })
  workloadForecast: WorkloadDto | null;
  @ApiProperty({ type: [TrainingNeedDto], description: 'the competence gaps training is to close' })
  trainingNeeds: TrainingNeedDto[];
  @ApiProperty({ type: ProposerDto }) proposer: ProposerDto;
  @ApiProperty() proposedAt: string;
  @ApiProperty({ type: String, nullable: true }) revisedAt: string | null;
  @ApiProperty({ type: ClosingDto, nullable: true }) returned: ClosingDto | null;
  @ApiProperty({ type: ClosingDto, nullable: true }) rejected: ClosingDto | null;
  @ApiProperty({ type: ClosingDto, nullable: true }) withdrawn: ClosingDto | null;
  @ApiProperty({ type: String, nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: DecreeDto, nullable: true }) decree: DecreeDto | null;
  @ApiProperty({ type: ExecutionDto, nullable: true }) execution: ExecutionDto | null;
  @ApiProperty({ type: EvaluationDto, nullable: true }) evaluation: EvaluationDto | null;
}

export class TransferListItemDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty() status: string;
  @ApiProperty() kind: string;
  @ApiProperty() employeeNip: string;
  @ApiProperty() employeeName: string;
  @ApiProperty() originPositionId: string;
  @ApiProperty() targetPositionId: string;
  @ApiProperty() originAgencyId: string;
  @ApiProperty() targetAgencyId: string;
  @ApiProperty() requestedEffectiveDate: string;
  @ApiProperty({ type: String, nullable: true, description: 'A temporary assignment’s end date' })
  temporaryEndDate: string | null;
  @ApiProperty() proposedAt: string;
  @ApiProperty() updatedAt: string;
}

export class TransferListPageDto {
  @ApiProperty({ type: [TransferListItemDto] }) items: TransferListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class InboxItemDto {
  @ApiProperty() transferId: string;
  @ApiProperty() taskId: string;
  @ApiProperty({ enum: ['hearing', 'consultation', 'approval'] }) type: string;
  @ApiProperty() chainRole: string;
  @ApiProperty() stageIndex: number;
  @ApiProperty({ type: [String] }) positionIds: string[];
  @ApiProperty() employeeNip: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({ type: String, nullable: true }) dueAt: string | null;
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty() originAgencyId: string;
  @ApiProperty() targetAgencyId: string;
  @ApiProperty() originPositionId: string;
  @ApiProperty() targetPositionId: string;
}

export class InboxDto {
  @ApiProperty({ type: [InboxItemDto] }) items: InboxItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' })
  nextCursor: string | null;
  @ApiProperty({ description: 'open tasks the filters keep, over every page' }) openCount: number;
  @ApiProperty({ description: 'of those, the ones past their due date' }) overdueCount: number;
}

export class ChainTaskDto {
  @ApiProperty() id: string;
  @ApiProperty() type: string;
  @ApiProperty() chainRole: string;
  @ApiProperty() side: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ type: [String] }) positionIds: string[];
  @ApiProperty() required: number;
  @ApiProperty() dueInWorkingDays: number;
}

export class ChainStageDto {
  @ApiProperty() index: number;
  @ApiProperty() dueInWorkingDays: number;
  @ApiProperty({ type: [ChainTaskDto] }) tasks: ChainTaskDto[];
}

export class UnitImpactDto {
  @ApiProperty() unitId: string;
  @ApiProperty() required: number;
  @ApiProperty() actualBefore: number;
  @ApiProperty() actualAfter: number;
  @ApiProperty() gapBefore: number;
  @ApiProperty() gapAfter: number;
  @ApiProperty({ type: Number, nullable: true }) efficiencyBefore: number | null;
  @ApiProperty({ type: String, nullable: true }) bandBefore: string | null;
}

export class WorkloadImpactDto {
  @ApiProperty({ type: UnitImpactDto, nullable: true }) origin: UnitImpactDto | null;
  @ApiProperty({ type: UnitImpactDto, nullable: true }) target: UnitImpactDto | null;
}

export class TransferPreviewDto {
  @ApiProperty() kind: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ type: [EligibilityItemDto] }) eligibility: EligibilityItemDto[];
  @ApiProperty({ type: [ChainStageDto] }) chain: ChainStageDto[];
  @ApiProperty() policyVersion: string;
  @ApiProperty() checklistVersion: string;
  @ApiProperty({
    type: [ChecklistItemDto],
    description: 'what the checklist asks for, present or missing given the attachments sent',
  })
  checklist: ChecklistItemDto[];
  @ApiProperty({ type: WorkloadDto }) workload: WorkloadDto;
  @ApiProperty({ type: PositionWorkloadDto, nullable: true }) targetPositionWorkload: PositionWorkloadDto | null;
  @ApiProperty({ type: WorkloadImpactDto }) impact: WorkloadImpactDto;
}

export class HistoryEntryDto {
  @ApiProperty() version: number;
  @ApiProperty() position: string;
  @ApiProperty() eventId: string;
  @ApiProperty() type: string;
  @ApiProperty() recordedAt: string;
  @ApiProperty() actorId: string;
  @ApiProperty() actorRole: string;
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty() correlationId: string;
  @ApiProperty({ type: String, nullable: true }) causationId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() prevHash: string;
  @ApiProperty() hash: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

export class TransferHistoryDto {
  @ApiProperty() transferId: string;
  @ApiProperty({ type: [HistoryEntryDto] }) events: HistoryEntryDto[];
}
