import { canonicalJson, NotJsonError } from './canonical-json';
import { InvalidAppendError } from './errors';
import type { ExpectedVersion, NewEvent } from './event-store.port';
import { canonicalEventText } from './hash-chain';

export const MAX_STREAM_ID_LENGTH = 200;
export const MAX_EVENT_BYTES = 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event checked and prepared for storage: `canonical` is the text its hash covers. */
export interface PreparedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  metadataJson: string;
  recordedAt: string;
  canonical: string;
}

/** Wire encoding of ExpectedVersion for es_append. */
export function encodeExpectedVersion(expected: ExpectedVersion | undefined): number {
  if (expected === undefined || expected === 'any') return -1;
  if (expected === 'no_stream') return -2;
  if (expected === 'exists') return -3;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return expected;
  throw new InvalidAppendError(
    'INVALID_EXPECTED_VERSION',
    `Expected version must be 'any', 'no_stream', 'exists' or a whole number >= 0, got ${JSON.stringify(expected)}`,
  );
}

export function validateStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new InvalidAppendError('INVALID_STREAM_ID', 'Stream id must be a non-empty string');
  }
  if (streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new InvalidAppendError(
      'STREAM_ID_TOO_LONG',
      `Stream id has ${streamId.length} characters; at most ${MAX_STREAM_ID_LENGTH} are allowed`,
    );
  }
}

export function prepareAppend(streamId: string, events: readonly NewEvent[], now: () => Date): PreparedEvent[] {
  validateStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('EMPTY_BATCH', 'An append needs at least one event');
  }
  const ids = new Set<string>();
  return events.map((event, index) => {
    const prepared = prepareEvent(streamId, event, index, now);
    if (ids.has(prepared.eventId)) {
      throw new InvalidAppendError('DUPLICATE_EVENT_ID', `Event id ${prepared.eventId} appears twice in the batch`);
    }
    ids.add(prepared.eventId);
    return prepared;
  });
}

function prepareEvent(streamId: string, event: NewEvent, index: number, now: () => Date): PreparedEvent {
  const at = `events[${index}]`;
  if (typeof event?.eventId !== 'string' || !UUID.test(event.eventId)) {
    throw new InvalidAppendError('INVALID_EVENT_ID', `${at}.eventId must be a UUID`);
  }
  if (typeof event.type !== 'string' || event.type.length === 0 || event.type.length > 200) {
    throw new InvalidAppendError(
      'INVALID_EVENT_TYPE',
      `${at}.type must be a non-empty string of at most 200 characters`,
    );
  }
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidAppendError('INVALID_SCHEMA_VERSION', `${at}.schemaVersion must be a whole number >= 1`);
  }
  const recordedAt = event.recordedAt ?? now();
  if (!(recordedAt instanceof Date) || Number.isNaN(recordedAt.getTime())) {
    throw new InvalidAppendError('INVALID_RECORDED_AT', `${at}.recordedAt must be a valid Date`);
  }
  const eventId = event.eventId.toLowerCase();
  let parts: Omit<PreparedEvent, 'canonical'>;
  try {
    if (!isPlainObject(event.data)) throw new NotJsonError('$.data', 'not a JSON object');
    if (!isPlainObject(event.metadata)) throw new NotJsonError('$.metadata', 'not a JSON object');
    parts = {
      eventId,
      type: event.type,
      schemaVersion,
      dataJson: canonicalJson(event.data),
      metadataJson: canonicalJson(event.metadata),
      recordedAt: recordedAt.toISOString(),
    };
  } catch (error) {
    if (error instanceof NotJsonError) {
      throw new InvalidAppendError('EVENT_NOT_JSON', `${at} (${event.type}): ${error.message}`, { path: error.path });
    }
    throw error;
  }
  const canonical = canonicalEventText({ ...parts, streamId });
  if (Buffer.byteLength(canonical, 'utf8') > MAX_EVENT_BYTES) {
    throw new InvalidAppendError('EVENT_TOO_LARGE', `${at} (${event.type}) is larger than 1 MiB`);
  }
  if (canonical.includes('\\u0000')) {
    throw new InvalidAppendError(
      'EVENT_NOT_JSON',
      `${at} (${event.type}) contains a NUL character, which PostgreSQL cannot store`,
    );
  }
  return { ...parts, canonical };
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
