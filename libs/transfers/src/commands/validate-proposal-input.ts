import { addDays, type CalendarDate } from '@mutasi/calendar';
import { checkedEndDate } from '../assignment/temporary-assignment';
import { DomainError } from '../domain-error';
import { validateDocumentEntries } from '../documents/checklist';
import type { DocumentChecklistPolicy } from '../documents/document-checklist.policy';
import type { DocumentEntry } from '../documents/document-entry';
import type { ProposalInput } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import { checkedReason, requireDate } from './guards';
import { validateMinisterialApproval } from './validate-ministerial-approval';

/** Checks the proposal's own fields, its documents against the checklist it is (to be) pinned to; returns the trimmed reason. */
export function validateProposalInput(
  input: ProposalInput,
  attachments: readonly DocumentEntry[],
  checklist: DocumentChecklistPolicy | null,
  today: CalendarDate,
  config: Pick<TransferConfig, 'maxTextLength' | 'proposalHorizonDays' | 'temporaryAssignmentMaxMonths'>,
): string {
  const reason = checkedReason(input.reason, true, config.maxTextLength) ?? '';
  const effective = requireDate(input.requestedEffectiveDate, 'requestedEffectiveDate');
  if (effective < today) {
    throw new DomainError(
      'EFFECTIVE_DATE_IN_PAST',
      'TMT yang diminta sudah lewat / The requested effective date is in the past',
      { requestedEffectiveDate: effective, today },
    );
  }
  const latest = addDays(today, config.proposalHorizonDays);
  if (effective > latest) {
    throw new DomainError(
      'EFFECTIVE_DATE_BEYOND_HORIZON',
      `TMT yang diminta paling lambat ${latest} / The requested effective date may be at most ${config.proposalHorizonDays} days ahead (${latest})`,
      { requestedEffectiveDate: effective, latest, horizonDays: config.proposalHorizonDays },
    );
  }
  if (input.temporary) checkedEndDate(input.temporary.endDate, effective, config);
  validateDocumentEntries(checklist, attachments);
  validateMinisterialApproval(input.ministerialApproval ?? null, today);
  if (input.employee.positionId !== input.origin.position.id) {
    throw new DomainError(
      'ORIGIN_POSITION_MISMATCH',
      'Jabatan asal bukan jabatan pegawai sekarang / The origin position is not the employee’s current position',
      { employeePositionId: input.employee.positionId, originPositionId: input.origin.position.id },
    );
  }
  return reason;
}
