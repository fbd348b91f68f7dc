import { addDays, type CalendarDate } from '../calendar-date';
import { DomainError } from '../domain-error';
import type { ProposalInput } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import { checkedReason, requireDate } from './guards';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Checks the proposal's own fields; returns the trimmed reason. */
export function validateProposalInput(
  input: ProposalInput,
  today: CalendarDate,
  config: Pick<TransferConfig, 'maxTextLength' | 'proposalHorizonDays'>,
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
  for (const attachment of input.attachments) {
    if (attachment.name.trim() === '' || !SHA256_HEX.test(attachment.sha256)) {
      throw new DomainError(
        'INVALID_ATTACHMENT',
        'Lampiran memerlukan nama dan hash sha256 / An attachment needs a name and a sha256 hash',
        { name: attachment.name },
      );
    }
  }
  if (input.employee.positionId !== input.origin.position.id) {
    throw new DomainError(
      'ORIGIN_POSITION_MISMATCH',
      'Jabatan asal bukan jabatan pegawai sekarang / The origin position is not the employee’s current position',
      { employeePositionId: input.employee.positionId, originPositionId: input.origin.position.id },
    );
  }
  return reason;
}
