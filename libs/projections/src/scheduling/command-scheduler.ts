/** Queues a command for a proposal at an instant or date (the command side's execution and escalation schedulers). */
export interface CommandScheduler {
  schedule(transferId: string, at: string, correlationId: string): Promise<void>;
}
