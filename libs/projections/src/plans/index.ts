export * from './plans.projection';
