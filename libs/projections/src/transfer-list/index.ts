export * from './open-task-row';
export * from './summary-row';
export * from './transfer-list.projection';
export * from './transfer-list.queries';
export * from './transfer-view';
