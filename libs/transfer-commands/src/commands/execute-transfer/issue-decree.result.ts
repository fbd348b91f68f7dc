import type { CommandResult } from '../../common/command-result';

/** Why execution on the effective date was refused. */
export interface ExecutionRefusal {
  code: string;
  message: string;
}

export interface IssueDecreeResult extends CommandResult {
  status: 'DECREE_ISSUED' | 'EXECUTED';
  /** The effective date the execution is scheduled for, when it lies ahead. */
  scheduledFor: string | null;
  executionRefused: ExecutionRefusal | null;
}
