import { addMonths, jakartaDate } from '@mutasi/calendar';
import { CHAIN_RUNNING_STATUSES, isTransfer, type Transfer, type TransferState } from '@mutasi/transfers';

/** How a demo proposal's story ends. */
export type Ending =
  | 'evaluated'
  | 'executed'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'returned'
  | 'revised-executed'
  | 'in-chain'
  | 'in-hearing';

export interface Fate {
  ending: Ending;
  /** How many proposals end so. */
  count: number;
  /** When the first step is played, in days before the history's anchor: [latest, earliest]. */
  startDaysAgo: [number, number];
  /** Days between steps. */
  gapDays: number;
  /** Chain decisions of the first round before the ending's own step (reject, return, withdraw, stop). */
  decisionsBefore?: number;
  /** The employee objects at the hearing (the chain goes on, the objection shown to everyone). */
  objection?: boolean;
  /** A temporary assignment of this many months from the requested TMT, then the automatic return. */
  temporaryMonths?: number;
}

/**
 * A year of proposals: some evaluated, several executed and due for evaluation, some executed
 * lately, rejected, withdrawn, returned (one still awaiting its revision), approved and awaiting
 * the decree, the freshest still in the hearing or in the approval chain (the inboxes' tasks), and
 * a temporary assignment that ends next month.
 */
export const FATES: readonly Fate[] = [
  { ending: 'evaluated', count: 3, startDaysAgo: [335, 365], gapDays: 3 },
  { ending: 'executed', count: 7, startDaysAgo: [215, 330], gapDays: 3 },
  { ending: 'executed', count: 1, startDaysAgo: [240, 250], gapDays: 3, objection: true },
  { ending: 'executed', count: 6, startDaysAgo: [60, 180], gapDays: 2 },
  { ending: 'revised-executed', count: 2, startDaysAgo: [200, 300], gapDays: 3, decisionsBefore: 2 },
  { ending: 'rejected', count: 3, startDaysAgo: [60, 330], gapDays: 3, decisionsBefore: 3 },
  { ending: 'withdrawn', count: 3, startDaysAgo: [30, 300], gapDays: 4, decisionsBefore: 1 },
  { ending: 'returned', count: 2, startDaysAgo: [20, 40], gapDays: 2, decisionsBefore: 2 },
  { ending: 'approved', count: 2, startDaysAgo: [25, 40], gapDays: 1 },
  { ending: 'in-hearing', count: 3, startDaysAgo: [1, 3], gapDays: 1 },
  { ending: 'in-chain', count: 8, startDaysAgo: [6, 14], gapDays: 1, decisionsBefore: 3 },
  // Executed about two months ago; the assignment ends next month, so its return is scheduled.
  { ending: 'executed', count: 1, startDaysAgo: [85, 90], gapDays: 2, temporaryMonths: 3 },
];

/** What the next step of a story does. */
export type Move =
  | { kind: 'propose' }
  | { kind: 'hearing'; taskId: string; answer: 'consent' | 'objection' }
  | { kind: 'lapse' }
  | { kind: 'decide'; taskId: string }
  | { kind: 'reject'; taskId: string }
  | { kind: 'return'; taskId: string }
  | { kind: 'withdraw' }
  | { kind: 'revise' }
  | { kind: 'decree' }
  | { kind: 'evaluate' };

function decisionsInRound(transfer: Transfer): number {
  return transfer.stages.reduce((sum, stage) => sum + stage.tasks.reduce((n, task) => n + task.decisions.length, 0), 0);
}

function openTask(transfer: Transfer) {
  const stage = transfer.stages.find((s) => s.index === transfer.currentStageIndex);
  return stage?.tasks.find((task) => task.status === 'open') ?? null;
}

/**
 * The next step of the story on the proposal as it stands, or null when the story is told. The
 * hearing is recorded from the signed form when an operator of the other agency can record it,
 * else it lapses when the stage falls due.
 */
export function nextMove(fate: Fate, state: TransferState, formRecorded: boolean): Move | null {
  if (!isTransfer(state)) return { kind: 'propose' };
  const transfer = state;
  if (CHAIN_RUNNING_STATUSES.includes(transfer.status)) {
    const task = openTask(transfer);
    if (task === null) return null;
    if (task.type === 'hearing') {
      if (fate.ending === 'in-hearing') return null;
      if (!formRecorded) return { kind: 'lapse' };
      return { kind: 'hearing', taskId: task.id, answer: fate.objection ? 'objection' : 'consent' };
    }
    // The hearing's answer and then `decisionsBefore` decisions of the first round.
    const reached = transfer.revision === 1 && decisionsInRound(transfer) >= 1 + (fate.decisionsBefore ?? Infinity);
    if (reached && fate.ending === 'withdrawn') return { kind: 'withdraw' };
    if (reached && fate.ending === 'in-chain') return null;
    if (reached && task.type === 'approval' && fate.ending === 'rejected') return { kind: 'reject', taskId: task.id };
    if (reached && task.type === 'approval' && (fate.ending === 'returned' || fate.ending === 'revised-executed')) {
      return { kind: 'return', taskId: task.id };
    }
    return { kind: 'decide', taskId: task.id };
  }
  switch (transfer.status) {
    case 'RETURNED':
      return fate.ending === 'revised-executed' ? { kind: 'revise' } : null;
    case 'APPROVED':
      return ['evaluated', 'executed', 'revised-executed'].includes(fate.ending) ? { kind: 'decree' } : null;
    case 'EXECUTED':
      return fate.ending === 'evaluated' ? { kind: 'evaluate' } : null;
    default:
      return null;
  }
}

const DAY_MS = 24 * 3600 * 1000;

/** A working day's hour (09:00–14:00 WIB) on the day `days` after `from`, moved past a weekend. */
export function stepInstant(from: Date, days: number, hour: number): Date {
  const day = new Date(Date.parse(`${jakartaDate(new Date(from.getTime() + days * DAY_MS))}T00:00:00+07:00`));
  while ([0, 6].includes(new Date(day.getTime() + 7 * 3600 * 1000).getUTCDay())) day.setTime(day.getTime() + DAY_MS);
  return new Date(day.getTime() + (9 + (hour % 6)) * 3600 * 1000);
}

/**
 * When a proposal's next step is played: its start, then a gap after the last step; a lapsing
 * hearing waits for its due date, an evaluation for the evaluation period (and a week of paperwork).
 */
export function nextInstant(
  fate: Fate,
  move: Move,
  state: TransferState,
  last: Date | null,
  start: Date,
  evaluationPeriodMonths: number,
): Date {
  const step = isTransfer(state) ? state.version : 0;
  if (last === null) return start;
  const next = stepInstant(last, fate.gapDays, step);
  if (!isTransfer(state)) return next;
  if (move.kind === 'lapse') {
    const dueAt = state.stages.find((stage) => stage.index === state.currentStageIndex)?.dueAt;
    const lapsed = dueAt ? new Date(Date.parse(dueAt) + 3600 * 1000) : next;
    return lapsed > next ? lapsed : next;
  }
  if (move.kind !== 'evaluate') return next;
  const effective = state.execution?.effectiveDate ?? state.requestedEffectiveDate;
  const from = stepInstant(new Date(`${addMonths(effective, evaluationPeriodMonths)}T00:00:00+07:00`), 7, step);
  return from > next ? from : next;
}
