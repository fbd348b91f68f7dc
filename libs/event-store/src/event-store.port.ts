import type { JsonObject } from './canonical-json';

/** Who did what, on whose behalf, and why this event happened (PRODUCT.md §4). */
export interface EventMetadata extends JsonObject {
  actorId: string;
  actorRole: string;
  onBehalfOf: string | null;
  correlationId: string;
  causationId: string | null;
}

export interface NewEvent {
  /** Unique per event; appending the same id twice stores it once. */
  eventId: string;
  type: string;
  schemaVersion?: number;
  data: JsonObject;
  metadata: EventMetadata;
  /** Defaults to the store's clock. */
  recordedAt?: Date;
}

export interface RecordedEvent {
  eventId: string;
  streamId: string;
  streamVersion: number;
  /** Global position, as a decimal string (bigint). */
  position: string;
  /** Id of the writing transaction (xid8), as a decimal string; orders the global log. */
  transactionId: string;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}

/** `any`, `no_stream` (the stream has no event), `exists` (it has one or more), or the exact version. */
export type ExpectedVersion = 'any' | 'no_stream' | 'exists' | number;

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append (its last event's version). */
  nextExpectedVersion: number;
  /** Global position of the last appended event. */
  position: string;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  toVersion?: number;
  /** Only events recorded at or before this instant (time travel). */
  until?: Date;
}

/** A place in the global log: everything at or before it has been read. */
export interface LogCheckpoint {
  transactionId: string;
  position: string;
}

export const LOG_START: LogCheckpoint = { transactionId: '0', position: '0' };

export interface ReadAllResult {
  events: RecordedEvent[];
  /** Where to continue from; equals the input when nothing was read. */
  checkpoint: LogCheckpoint;
}

/** Reads one stream, in version order. */
export interface StreamReader {
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
}

export interface EventStore extends StreamReader {
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * The global log after `from`, in commit-safe order: never returns an event while an older
   * transaction that could still add events before it is running.
   */
  readAll(from: LogCheckpoint, limit: number): Promise<ReadAllResult>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
