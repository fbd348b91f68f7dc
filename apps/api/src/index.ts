/**
 * What tests, benchmarks and scripts may use of the API process: starting it, its OpenAPI
 * document, and the providers end-to-end tests reach through `app.get(...)`.
 */
export { AppModule } from './app.module';
export { createApiApp } from './bootstrap';
export { openApiDocument } from './openapi-document';
export { PlanProposals } from './plans/plan-proposals';
export { PlannerStreams } from '@mutasi/planner-commands';
export { PlansService } from './plans/plans.service';
export { ReadModelFreshness } from './transfers/common/read-model-freshness';
