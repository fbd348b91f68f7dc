/** What tests and benchmarks may use of the worker process. */
export { WorkerModule } from './worker.module';
