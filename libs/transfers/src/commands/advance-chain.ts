import { addWorkingDays, endOfJakartaDay, jakartaDate } from '@mutasi/calendar';
import type { TransferConfig } from '../transfer-config';
import type { StageOpened, TransferEvent } from '../transfer-events';
import { currentStage, type Transfer } from '../transfer-state';

/** The stage's due instant: the end of the Jakarta day `days` working days after `now`. */
export function dueAt(now: string, days: number, config: TransferConfig): string {
  return endOfJakartaDay(addWorkingDays(jakartaDate(now), days, config.holidays));
}

export function openStage(transfer: Transfer, stageIndex: number, now: string, config: TransferConfig): StageOpened {
  const stage = transfer.stages[stageIndex];
  return {
    type: 'StageOpened',
    data: {
      revision: transfer.revision,
      stageIndex,
      openedAt: now,
      dueAt: dueAt(now, stage.dueInWorkingDays, config),
    },
  };
}

/** After the current stage completes: open the next one, or approve after the last (the decree authority). */
export function advanceChain(transfer: Transfer, now: string, config: TransferConfig): TransferEvent[] {
  const stage = currentStage(transfer);
  if (stage === null || stage.status !== 'completed') return [];
  const next = transfer.stages[stage.index + 1];
  if (next) return [openStage(transfer, next.index, now, config)];
  return [{ type: 'ProposalApproved', data: { revision: transfer.revision, approvedAt: now } }];
}
