import 'reflect-metadata';
import { loadConfig } from '@mutasi/platform';
import { createApiApp } from './bootstrap';
import { PlanSolver } from './plans/plan-solver.provider';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.port, host: config.host });
  // The solver thread compiles and warms up now rather than on the first plan; a failure shows on that plan.
  app
    .get(PlanSolver)
    .warmUp()
    .catch(() => undefined);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
