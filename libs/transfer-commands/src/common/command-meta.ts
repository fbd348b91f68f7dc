import type { AuthUser } from '@mutasi/identity';

/** Who sends a command, from which request, and the version the client saw (If-Match). */
export interface CommandMeta {
  user: AuthUser;
  correlationId: string;
  causationId: string | null;
  expectedVersion: number | null;
  /** Further metadata on every event the command appends (the demo history marks `demoHistory: true`). */
  marks?: { readonly demoHistory?: true };
}

/** The scheduler (effective-dated execution) acting on its own. */
export const SCHEDULER_USER: AuthUser = {
  username: 'system',
  displayName: 'Penjadwal / Scheduler',
  email: '',
  roles: [],
  agencyIds: ['*'],
  positionIds: [],
  employeeNip: null,
  language: 'id',
};
