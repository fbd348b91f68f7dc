import { PlannerError } from '../planner-error';
import type { AspirationEvent } from './aspiration-events';
import {
  decideAspiration,
  evolveAspirations,
  initialAspirationState,
  type AspirationCommand,
} from './decide-aspiration';

const NOW = '2026-11-20T03:00:00.000Z';
const NIP = '199011082014031006';

const state = (...events: AspirationEvent[]) => events.reduce(evolveAspirations, initialAspirationState);
const wish = (
  rank: number,
  target: { unitId?: string; positionId?: string },
  reason = 'Dekat keluarga',
): AspirationCommand => ({
  type: 'StateAspiration',
  data: {
    nip: NIP,
    rank,
    unitId: target.unitId ?? null,
    positionId: target.positionId ?? null,
    reason,
    source: 'employee',
    actor: 'asn-1',
    now: NOW,
  },
});

function code(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof PlannerError) return error.code;
    throw error;
  }
  throw new Error('expected the command to be refused');
}

describe('aspirations', () => {
  it('an employee states a wish for a unit', () => {
    expect(decideAspiration(wish(1, { unitId: 'U000057' }), state())).toEqual([
      {
        type: 'AspirationStated',
        data: {
          nip: NIP,
          rank: 1,
          unitId: 'U000057',
          positionId: null,
          reason: 'Dekat keluarga',
          source: 'employee',
          statedBy: 'asn-1',
          statedAt: NOW,
        },
      },
    ]);
  });

  it('up to three wishes, ranked 1 to 3', () => {
    expect(code(() => decideAspiration(wish(4, { unitId: 'U1' }), state()))).toBe('ASPIRATION_RANK_OUT_OF_RANGE');
    expect(code(() => decideAspiration(wish(0, { unitId: 'U1' }), state()))).toBe('ASPIRATION_RANK_OUT_OF_RANGE');
  });

  it('a wish names a unit or a position', () => {
    expect(code(() => decideAspiration(wish(1, {}), state()))).toBe('ASPIRATION_TARGET_REQUIRED');
  });

  it('the same target is wished once', () => {
    const first = decideAspiration(wish(1, { positionId: 'P1' }), state());
    expect(code(() => decideAspiration(wish(2, { positionId: 'P1' }), state(...first)))).toBe('ASPIRATION_DUPLICATE');
  });

  it('stating the same wish again records nothing; another target replaces it', () => {
    const first = decideAspiration(wish(1, { positionId: 'P1' }), state());
    expect(decideAspiration(wish(1, { positionId: 'P1' }), state(...first))).toEqual([]);
    const replaced = decideAspiration(wish(1, { positionId: 'P2' }), state(...first));
    expect(state(...first, ...replaced).wishes.get(1)?.positionId).toBe('P2');
  });

  it('a wish is withdrawn; withdrawing one that does not exist is refused', () => {
    const first = decideAspiration(wish(2, { unitId: 'U1' }), state());
    const withdraw: AspirationCommand = {
      type: 'WithdrawAspiration',
      data: { nip: NIP, rank: 2, actor: 'asn-1', now: NOW },
    };
    const withdrawn = decideAspiration(withdraw, state(...first));
    expect(withdrawn).toEqual([
      { type: 'AspirationWithdrawn', data: { nip: NIP, rank: 2, withdrawnBy: 'asn-1', withdrawnAt: NOW } },
    ]);
    expect(state(...first, ...withdrawn).wishes.size).toBe(0);
    expect(code(() => decideAspiration(withdraw, state(...first, ...withdrawn)))).toBe('ASPIRATION_NOT_FOUND');
  });

  it('a reason is short', () => {
    expect(code(() => decideAspiration(wish(1, { unitId: 'U1' }, 'x'.repeat(501)), state()))).toBe('REASON_TOO_LONG');
  });
});
