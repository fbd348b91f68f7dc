import { Module } from '@nestjs/common';
import { PlannerCommandsModule } from '@mutasi/planner-commands';
import { TransferCommandsModule } from '@mutasi/transfer-commands';
import { PlanApprovers } from './plan-approvers';
import { PlanInputLoader } from './plan-input.loader';
import { PlanProposals } from './plan-proposals';
import { PlanSolver } from './plan-solver.provider';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { PlansList } from './plans-list';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';

/** The transfer planner over HTTP: preview, draft, read, decide, and the proposals an approval makes. */
@Module({
  imports: [TransferCommandsModule, PlannerCommandsModule],
  controllers: [PlansController],
  providers: [PlanInputLoader, PlanSolver, PlanApprovers, PlanProposals, PlansService, PlansList, ReadModelFreshness],
})
export class PlansModule {}
