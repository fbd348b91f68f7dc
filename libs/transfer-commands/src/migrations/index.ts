export * from './1796185920000-delegations';
export * from './1796185920001-idempotency-keys';
