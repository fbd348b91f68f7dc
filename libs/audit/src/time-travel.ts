import type { ReadStreamOptions } from '@mutasi/event-store';

/** The moment to fold a proposal to: an instant (`at`) or a stream version. */
export type PointInTime = { at: Date } | { version: number };

export function readOptionsAt(point: PointInTime): ReadStreamOptions {
  return 'at' in point ? { until: point.at } : { toVersion: point.version };
}
