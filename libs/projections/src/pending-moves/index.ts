export * from './pending-moves.projection';
