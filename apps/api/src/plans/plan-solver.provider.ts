import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HighsSolver } from '@mutasi/planner/solver';

/** The API's one solver thread (HiGHS), stopped with the application. */
@Injectable()
export class PlanSolver extends HighsSolver implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
