import type { BenchEvent, Fold } from './events';

export type ImplName = 'ours' | 'plain' | 'emmett';

/** A result the implementation cannot produce, with why. */
export interface Unsupported {
  supported: false;
  reason: string;
}

export interface ReplayOutcome {
  supported: true;
  events: number;
  seconds: number;
  /** True when the time budget ran out before the whole log was folded. */
  partial: boolean;
  notes: string[];
}

/** W4: read-then-append with the version just read, and the reading back for the checks. */
export interface ContentionOps {
  /** The stream's last version as seen by reading the stream (0 when it has no event). */
  readVersion(streamId: string): Promise<number>;
  /** Appends one event expecting `expected`; returns the stream's new version, or 'conflict'. */
  appendExpecting(streamId: string, event: BenchEvent, expected: number): Promise<number | 'conflict'>;
  /** Every stored event of the stream, in version order. */
  readStream(streamId: string): Promise<{ eventId: string; version: number }[]>;
  /** Extra integrity checks the implementation offers (ours: the hash chains). */
  verify?(): Promise<Record<string, unknown>>;
}

export interface StoreAdapter {
  readonly name: ImplName;
  readonly description: string;
  setup(): Promise<void>;
  /** Empties the log after the warm-up, so that W3 replays exactly what W1 and W2 wrote. */
  truncate(): Promise<void>;
  /** W1: appends `event` as version `expected + 1`; `expected` 0 means the stream must not exist. */
  appendOne(streamId: string, event: BenchEvent, expected: number): Promise<void>;
  /** W2: appends `events` (one batch) as a new stream. */
  appendNewStream(streamId: string, events: readonly BenchEvent[]): Promise<void>;
  /** W3: folds the whole log; `expectedTotal` is what W1 and W2 wrote. */
  replay(
    name: string,
    fold: Fold,
    expectedTotal: number,
    batchSize: number,
    budgetMs: number,
  ): Promise<ReplayOutcome | Unsupported>;
  /** Optional W3 diagnostics (e.g. the raw read path without the subscription machinery). */
  replayDiagnostics?(batchSize: number, expectedTotal: number): Promise<Record<string, unknown>>;
  readonly contention: ContentionOps | Unsupported;
  close(): Promise<void>;
}
