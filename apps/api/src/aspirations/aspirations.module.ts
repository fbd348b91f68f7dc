import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { AspirationsController } from './aspirations.controller';
import { AspirationsService } from './aspirations.service';

/** Employees' wishes over HTTP: their own record, and operators' aspirations.csv imports. */
@Module({
  imports: [PlansModule],
  controllers: [AspirationsController],
  providers: [AspirationsService],
})
export class AspirationsModule {}
