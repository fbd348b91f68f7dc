/** The solver adapter (I/O: a worker thread running HiGHS); the model itself is in the pure entry point. */
export * from './highs-solver';
export type { ThreadPlan } from './highs-thread';
