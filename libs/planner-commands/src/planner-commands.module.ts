import { Module } from '@nestjs/common';
import { AspirationsService } from './aspirations.service';
import { PlannerStreams } from './planner-streams';

/**
 * The planner's streams and employees' wishes over the event store, without HTTP: the API serves
 * them, the CLI imports `aspirations.csv` through them. Needs ConfigModule and DatabaseModule.
 */
@Module({
  providers: [PlannerStreams, AspirationsService],
  exports: [PlannerStreams, AspirationsService],
})
export class PlannerCommandsModule {}
