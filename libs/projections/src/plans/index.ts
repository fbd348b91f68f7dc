export * from './plan-row';
export * from './plans.projection';
export * from './plans.queries';
