export * from './1796185920000-delegations';
export * from './1796185920001-idempotency-keys';
export * from './1796187600000-delegation-ended';
