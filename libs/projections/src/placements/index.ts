export * from './placement-history.entity';
export * from './placement.projection';
