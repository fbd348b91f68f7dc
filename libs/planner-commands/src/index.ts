export * from './aspirations.service';
export * from './planner-commands.module';
export * from './planner-streams';
