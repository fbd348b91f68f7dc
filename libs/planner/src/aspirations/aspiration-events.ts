type Event<Type extends string, Data> = { type: Type; data: Data };

/** Where a wish came from: the employee's own request, or an operator's `aspirations.csv`. */
export type AspirationSource = 'employee' | 'import';

/** An employee's wish number `rank` (1 first) to move to a unit or a position; replaces a wish of the same rank. */
export type AspirationStated = Event<
  'AspirationStated',
  {
    nip: string;
    rank: number;
    unitId: string | null;
    positionId: string | null;
    reason: string;
    source: AspirationSource;
    statedBy: string;
    statedAt: string;
  }
>;

export type AspirationWithdrawn = Event<
  'AspirationWithdrawn',
  { nip: string; rank: number; withdrawnBy: string; withdrawnAt: string }
>;

export type AspirationEvent = AspirationStated | AspirationWithdrawn;

const PREFIX = 'aspirations-';

/** One stream per employee. */
export function aspirationStreamId(nip: string): string {
  return `${PREFIX}${nip}`;
}

export function aspirationNipOf(streamId: string): string | null {
  return streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
}
