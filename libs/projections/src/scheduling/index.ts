export * from './command-scheduler';
export * from './escalation-scheduling.projection';
export * from './execution-scheduling.projection';
export * from './return-scheduling.projection';
