/** PRODUCT.md §3 lifecycle. */
export type TransferStatus =
  | 'PROPOSED'
  | 'IN_CONSULTATION'
  | 'IN_APPROVAL'
  | 'RETURNED'
  | 'APPROVED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'DECREE_ISSUED'
  | 'EXECUTED'
  | 'EVALUATED';

/** Statuses after which nothing more can happen to a proposal. */
export const TERMINAL_STATUSES: readonly TransferStatus[] = ['REJECTED', 'WITHDRAWN', 'EVALUATED'];

/** Statuses in which a chain task can be decided, delegated or escalated. */
export const CHAIN_RUNNING_STATUSES: readonly TransferStatus[] = ['IN_CONSULTATION', 'IN_APPROVAL'];
