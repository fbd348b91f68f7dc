const PREFIX = 'plan-';

export function planStreamId(planId: string): string {
  return `${PREFIX}${planId}`;
}

/** The plan id of a plan stream, or null for any other stream. */
export function planIdOf(streamId: string): string | null {
  return streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
}
