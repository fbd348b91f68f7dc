import { CodedError } from '@mutasi/errors';

/** Base of the event store's errors; `code` is stable and safe to show to API clients. */
export class EventStoreError extends CodedError {
  constructor(
    code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    fields: Record<string, unknown> = details,
  ) {
    super(code, message, fields);
  }
}

export class ConcurrencyError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: string | number,
    readonly actual: number,
  ) {
    super('STALE_VERSION', `Stream ${streamId}: expected version ${String(expected)}, but it is at ${actual}`, {
      streamId,
      expected,
      actual,
    });
  }
}

export class IdempotencyConflictError extends EventStoreError {
  constructor(streamId: string) {
    super(
      'EVENT_ID_REUSED',
      `Stream ${streamId}: an event id in this batch is already stored with other content or in another stream`,
      { streamId },
      // its problem answer has never named the stream
      {},
    );
  }
}

export class InvalidAppendError extends EventStoreError {}
