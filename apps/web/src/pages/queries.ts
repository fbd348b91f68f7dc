import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';
import type { paths } from '../api/schema';
import { unwrap } from '../api/problem';
import { readPosition } from '../api/read-position';

/** Tasks on one page of the inbox; the navigation's counts come with the first. */
export const INBOX_PAGE_SIZE = 50;

type InboxParams = Omit<NonNullable<paths['/inbox']['get']['parameters']['query']>, 'minPosition'>;

function inboxOf(query: InboxParams) {
  return unwrap(api.GET('/inbox', { params: { query: { ...query, minPosition: readPosition() } } }));
}

/** A page of the caller's inbox; the first page's counts are the navigation's too. */
export function inboxQuery(cursor?: string) {
  return queryOptions({
    queryKey: ['inbox', 'page', cursor ?? null],
    queryFn: () => inboxOf({ limit: INBOX_PAGE_SIZE, cursor }),
    refetchInterval: 60_000,
  });
}

/** The caller's open tasks on one proposal. */
export function proposalTasksQuery(transferId: string) {
  return queryOptions({
    queryKey: ['inbox', 'transfer', transferId],
    queryFn: () => inboxOf({ transferId }),
  });
}

/** The hearings waiting for the caller's answer. */
export function hearingsQuery() {
  return queryOptions({
    queryKey: ['inbox', 'hearings'],
    queryFn: () => inboxOf({ type: 'hearing' }),
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
