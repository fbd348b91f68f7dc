import { PlannerError } from '../planner-error';
import type { AspirationEvent, AspirationSource, AspirationStated } from './aspiration-events';

export const MAX_WISHES = 3;
export const MAX_WISH_REASON_LENGTH = 500;

export type Wish = Omit<AspirationStated['data'], 'statedAt' | 'statedBy'> & { statedAt: string; statedBy: string };

/** An employee's current wishes, by rank. */
export interface AspirationState {
  version: number;
  wishes: ReadonlyMap<number, Wish>;
}

export const initialAspirationState: AspirationState = { version: 0, wishes: new Map() };

export function evolveAspirations(state: AspirationState, event: AspirationEvent): AspirationState {
  const wishes = new Map(state.wishes);
  if (event.type === 'AspirationStated') wishes.set(event.data.rank, event.data);
  else wishes.delete(event.data.rank);
  return { version: state.version + 1, wishes };
}

export type AspirationCommand =
  | {
      type: 'StateAspiration';
      data: {
        nip: string;
        rank: number;
        unitId: string | null;
        positionId: string | null;
        reason: string;
        source: AspirationSource;
        actor: string;
        now: string;
      };
    }
  | { type: 'WithdrawAspiration'; data: { nip: string; rank: number; actor: string; now: string } };

/** Checks the rank (1..3), the target (a unit or a position) and the reason; the app checks the target exists. */
export function decideAspiration(command: AspirationCommand, state: AspirationState): AspirationEvent[] {
  const { nip, rank, actor, now } = command.data;
  if (!Number.isInteger(rank) || rank < 1 || rank > MAX_WISHES) {
    throw new PlannerError(
      'ASPIRATION_RANK_OUT_OF_RANGE',
      `Urutan keinginan harus 1 sampai ${MAX_WISHES} / A wish's rank must be 1 to ${MAX_WISHES}`,
      { rank },
    );
  }
  if (command.type === 'WithdrawAspiration') {
    if (!state.wishes.has(rank)) {
      throw new PlannerError('ASPIRATION_NOT_FOUND', `Tidak ada keinginan #${rank} / There is no wish #${rank}`, {
        nip,
        rank,
      });
    }
    return [{ type: 'AspirationWithdrawn', data: { nip, rank, withdrawnBy: actor, withdrawnAt: now } }];
  }
  const { unitId, positionId, source } = command.data;
  const reason = command.data.reason.trim();
  if (unitId === null && positionId === null) {
    throw new PlannerError(
      'ASPIRATION_TARGET_REQUIRED',
      'Sebutkan unit atau jabatan yang diinginkan / Name the unit or the position wished for',
    );
  }
  if (reason.length > MAX_WISH_REASON_LENGTH) {
    throw new PlannerError(
      'REASON_TOO_LONG',
      `Alasan melebihi ${MAX_WISH_REASON_LENGTH} karakter / The reason exceeds ${MAX_WISH_REASON_LENGTH} characters`,
    );
  }
  const sameTarget = (w: Wish) => w.unitId === unitId && w.positionId === positionId;
  const duplicate = [...state.wishes.values()].find((w) => w.rank !== rank && sameTarget(w));
  if (duplicate) {
    throw new PlannerError(
      'ASPIRATION_DUPLICATE',
      `Keinginan yang sama sudah ada sebagai #${duplicate.rank} / The same wish is already #${duplicate.rank}`,
      { rank: duplicate.rank },
    );
  }
  const current = state.wishes.get(rank);
  if (current && sameTarget(current) && current.reason === reason) return [];
  return [
    {
      type: 'AspirationStated',
      data: { nip, rank, unitId, positionId, reason, source, statedBy: actor, statedAt: now },
    },
  ];
}
