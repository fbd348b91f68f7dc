import { DomainError } from '../domain-error';
import { stepDocuments, withDocuments } from '../documents/step-documents';
import type { IssueDecree } from '../transfer-commands';
import type { TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';
import { requireDate, requireStatus, requireTransfer } from './guards';

/** Records the SK; execution is then scheduled for the effective date. */
export function issueDecree(state: TransferState, { data }: IssueDecree): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, ['APPROVED'], 'issue the decree for');
  const decreeNumber = data.decreeNumber.trim();
  if (decreeNumber === '') {
    throw new DomainError('DECREE_NUMBER_REQUIRED', 'Nomor SK wajib diisi / The decree number is required');
  }
  const decreeDate = requireDate(data.decreeDate, 'decreeDate');
  const effectiveDate = requireDate(data.effectiveDate, 'effectiveDate');
  if (effectiveDate < decreeDate) {
    throw new DomainError(
      'EFFECTIVE_DATE_BEFORE_DECREE',
      'TMT tidak boleh sebelum tanggal SK / The effective date cannot precede the decree date',
      { decreeDate, effectiveDate },
    );
  }
  const assignment = transfer.temporary ?? null;
  if (assignment !== null && effectiveDate >= assignment.endDate) {
    throw new DomainError(
      'ASSIGNMENT_END_DATE_INVALID',
      `TMT penugasan sementara harus sebelum ${assignment.endDate} / The assignment's effective date must precede ${assignment.endDate}`,
      { effectiveDate, endDate: assignment.endDate },
    );
  }
  const approval = transfer.ministerialApproval ?? null;
  if (approval !== null && data.ministerialApprovalConfirmed !== true) {
    throw new DomainError(
      'MINISTERIAL_APPROVAL_UNCONFIRMED',
      `Persetujuan tertulis Mendagri no. ${approval.number} tanggal ${approval.date} belum dikonfirmasi / Confirm the Minister of Home Affairs' written approval no. ${approval.number} of ${approval.date} before issuing the decree`,
      { approvalNumber: approval.number, approvalDate: approval.date },
    );
  }
  const documents = stepDocuments(transfer, 'execute', data.documents, true);
  return [
    {
      type: 'TransferDecreeIssued',
      data: {
        decreeNumber,
        decreeDate,
        effectiveDate,
        issuedByUserId: data.actor.userId,
        issuedAt: data.now,
        ...withDocuments(documents),
        ...(approval !== null ? { ministerialApprovalConfirmed: true as const } : {}),
      },
    },
  ];
}
