export * from './evaluations.projection';
export * from './evaluations.queries';
export * from './outcome-row';
