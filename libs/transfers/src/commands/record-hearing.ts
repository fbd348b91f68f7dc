import { jakartaDate } from '@mutasi/calendar';
import { DomainError } from '../domain-error';
import { evolve } from '../evolve';
import { checkSeparationOfDuties } from '../separation-of-duties';
import type { RecordHearing } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { ConsultationAnswered, TransferEvent } from '../transfer-events';
import { CHAIN_RUNNING_STATUSES } from '../transfer-status';
import type { TransferState } from '../transfer-state';
import { advanceChain } from './advance-chain';
import { checkedReason, requireDate, requireOpenTask, requireStatus, requireTransfer } from './guards';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * The hearing answered on paper: an operator records the employee's consent or objection with the
 * signed form's sha256. It counts as the employee's answer and shows as recorded on paper, by
 * whom, to every later step. Separation of duties holds: the proposer does not record it.
 */
export function recordHearing(state: TransferState, { data }: RecordHearing, config: TransferConfig): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, CHAIN_RUNNING_STATUSES, 'record the hearing');
  const { stage, task } = requireOpenTask(transfer, data.taskId);
  if (task.type !== 'hearing') {
    throw new DomainError(
      'DECISION_NOT_ALLOWED_FOR_TASK',
      `Hanya permintaan pendapat pegawai yang dicatat dari formulir / Only the employee hearing is recorded from a paper form, not a ${task.type} task`,
      { taskId: task.id, allowed: ['hearing'] },
    );
  }
  const reason = checkedReason(data.reason, data.answer === 'objection', config.maxTextLength);
  if (!SHA256_HEX.test(data.formSha256)) {
    throw new DomainError(
      'INVALID_FORM_HASH',
      'formSha256 harus hash sha256 (64 digit heksadesimal) dari formulir bertanda tangan / formSha256 must be the sha256 (64 hex digits) of the signed form',
    );
  }
  const answeredOn = requireDate(data.answeredOn, 'answeredOn');
  const openedOn = stage.openedAt === null ? null : jakartaDate(stage.openedAt);
  if (answeredOn > jakartaDate(data.now) || (openedOn !== null && answeredOn < openedOn)) {
    throw new DomainError(
      'HEARING_DATE_INVALID',
      'Tanggal formulir harus antara dibukanya permintaan pendapat dan hari ini / The form must be signed between the hearing’s opening and today',
      { answeredOn, openedOn },
    );
  }
  checkSeparationOfDuties(transfer, task, data.recorder);
  const event: ConsultationAnswered = {
    type: 'ConsultationAnswered',
    data: {
      revision: transfer.revision,
      stageIndex: stage.index,
      taskId: task.id,
      taskType: task.type,
      chainRole: task.chainRole,
      decision: data.answer,
      reason,
      deciderUserId: data.recorder.userId,
      onBehalfOfUserId: null,
      viaPositionId: null,
      decidedAt: data.now,
      taskStatus: 'completed',
      proposalVersion: transfer.version,
      workload: data.workload,
      eligibility: transfer.eligibility,
      objectionOnRecord: transfer.objection !== null,
      paperForm: { formSha256: data.formSha256.toLowerCase(), answeredOn, recordedByUserId: data.recorder.userId },
    },
  };
  return [event, ...advanceChain(evolve(transfer, event), data.now, config)];
}
