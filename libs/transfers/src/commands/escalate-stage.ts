import { DomainError } from '../domain-error';
import { evolve } from '../evolve';
import type { EscalateStage } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { StageEscalated, TransferEvent } from '../transfer-events';
import { CHAIN_RUNNING_STATUSES } from '../transfer-status';
import { currentStage, type TransferState } from '../transfer-state';
import { advanceChain, dueAt } from './advance-chain';
import { checkedReason, requireStatus, requireTransfer } from './guards';
import { superiorReassignment } from './superior-reassignment';

/**
 * An overdue stage: each open task goes to the holder's superior role (unit_head → personnel_head
 * → ppk) with a new due date; an unanswered hearing lapses, because the hearing never blocks the chain.
 */
export function escalateStage(state: TransferState, { data }: EscalateStage, config: TransferConfig): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, CHAIN_RUNNING_STATUSES, 'escalate');
  const stage = currentStage(transfer);
  if (stage === null || stage.dueAt === null || Date.parse(data.now) <= Date.parse(stage.dueAt)) {
    throw new DomainError('STAGE_NOT_OVERDUE', 'Tahap belum melewati batas waktu / The stage is not overdue', {
      dueAt: stage?.dueAt ?? null,
    });
  }
  const reason = checkedReason(data.reason, false, config.maxTextLength);
  const open = stage.tasks.filter((task) => task.status === 'open');
  const lapsedTaskIds = open.filter((task) => task.type === 'hearing').map((task) => task.id);
  const escalations = open
    .filter((task) => task.type !== 'hearing')
    .map((task) => superiorReassignment(transfer, task, data.directory))
    .filter((e) => e !== null);
  if (lapsedTaskIds.length === 0 && escalations.length === 0) {
    throw new DomainError(
      'ESCALATION_NOT_POSSIBLE',
      'Tidak ada atasan untuk peran pada tahap ini / No superior role to escalate this stage to',
      { stageIndex: stage.index },
    );
  }
  const event: StageEscalated = {
    type: 'StageEscalated',
    data: {
      revision: transfer.revision,
      stageIndex: stage.index,
      escalatedAt: data.now,
      reason,
      dueAt: dueAt(data.now, stage.dueInWorkingDays, config),
      escalations,
      lapsedTaskIds,
    },
  };
  return [event, ...advanceChain(evolve(transfer, event), data.now, config)];
}
