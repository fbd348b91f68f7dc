import { Module } from '@nestjs/common';
import { PlannerCommandsModule } from '@mutasi/planner-commands';
import { AspirationsController } from './aspirations.controller';

/** Employees' wishes over HTTP: their own record, and operators' aspirations.csv imports. */
@Module({
  imports: [PlannerCommandsModule],
  controllers: [AspirationsController],
})
export class AspirationsModule {}
