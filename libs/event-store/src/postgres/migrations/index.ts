import { eventStoreSchema } from './001-event-store';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const eventStoreMigrations: readonly Migration[] = [{ version: 1, name: 'event-store', sql: eventStoreSchema }];
