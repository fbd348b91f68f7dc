export * from './aspirations.projection';
