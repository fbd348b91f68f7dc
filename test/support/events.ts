import { randomUUID } from 'node:crypto';
import type { JsonObject, NewEvent } from '@mutasi/event-store';

export function newEvent(type: string, data: JsonObject = {}, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      actorId: 'user-operator',
      actorRole: 'operator',
      onBehalfOf: null,
      correlationId: randomUUID(),
      causationId: null,
    },
    ...overrides,
  };
}
