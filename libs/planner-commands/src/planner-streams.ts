import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  type EventMetadata,
  type JsonObject,
  type PostgresEventStore,
  type RecordedEvent,
  type SqlExecutor,
} from '@mutasi/event-store';

/** A name-based UUID (version 5 layout, sha256) from parts: the same parts always give the same id. */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface AppendedEvents {
  version: number;
  position: string;
  eventIds: string[];
}

/** Reads and appends the planner's streams (plans, aspirations). */
@Injectable()
export class PlannerStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  async read<E>(streamId: string): Promise<E[]> {
    return (await this.store.readStream(streamId)).map((e) => ({ type: e.type, data: e.data }) as unknown as E);
  }

  readRecorded(streamId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId);
  }

  async append(
    streamId: string,
    events: readonly { type: string; data: object }[],
    expectedVersion: number,
    metadata: EventMetadata,
    sql?: SqlExecutor,
  ): Promise<AppendedEvents> {
    const newEvents = events.map((event) => ({
      eventId: randomUUID(),
      type: event.type,
      data: event.data as JsonObject,
      metadata,
    }));
    const options = { expectedVersion: expectedVersion === 0 ? ('no_stream' as const) : expectedVersion };
    const result = sql
      ? await this.store.appendInTransaction(sql, streamId, newEvents, options)
      : await this.store.append(streamId, newEvents, options);
    if (!sql) this.store.announceAppend();
    return {
      version: result.nextExpectedVersion,
      position: result.position,
      eventIds: newEvents.map((e) => e.eventId),
    };
  }

  announce(): void {
    this.store.announceAppend();
  }
}
