import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';
import type { paths } from '../api/schema';
import { unwrap } from '../api/problem';
import { readPosition } from '../api/read-position';

export function inboxQuery() {
  return queryOptions({
    queryKey: ['inbox'],
    queryFn: () => unwrap(api.GET('/inbox', { params: { query: { minPosition: readPosition() } } })),
    refetchInterval: 60_000,
  });
}

export function transferQuery(id: string) {
  return queryOptions({
    queryKey: ['transfer', id],
    queryFn: () =>
      unwrap(api.GET('/transfers/{id}', { params: { path: { id }, query: { minPosition: readPosition() } } })),
  });
}

export function historyQuery(id: string) {
  return queryOptions({
    queryKey: ['transfer', id, 'history'],
    queryFn: () =>
      unwrap(api.GET('/transfers/{id}/history', { params: { path: { id }, query: { minPosition: readPosition() } } })),
  });
}

type TransferListParams = NonNullable<paths['/transfers']['get']['parameters']['query']>;

export interface TransferFilter {
  status?: TransferListParams['status'];
  agencyId?: string;
  employeeNip?: string;
  kind?: TransferListParams['kind'];
  overdue?: TransferListParams['overdue'];
}

export function transfersQuery(filter: TransferFilter, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['transfers', filter, cursor ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/transfers', { params: { query: { ...filter, cursor, limit: 25, minPosition: readPosition() } } }),
      ),
  });
}
