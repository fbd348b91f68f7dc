export * from './pending-moves.projection';
export * from './pending-proposals.reader';
