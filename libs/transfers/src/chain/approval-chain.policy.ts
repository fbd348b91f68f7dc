import type { TransferKind } from '../transfer-kind';
import type { ChainSide, TaskRole, TaskType } from './chain-role';

/** One task of a stage, before its holders are known. */
export type TaskSpec = {
  type: TaskType;
  chainRole: TaskRole;
  side: ChainSide;
  /** Votes needed: k of the n holders (1 for a single official). */
  required: number;
  /** What the step is for, shown to people: `recommend`, `release`, `pertek`, `decree`, … */
  purpose: string;
};

/** A stage's tasks run in parallel; stages run in order. */
export type StageSpec = { tasks: TaskSpec[] };

/**
 * An approval-chain policy: versioned data, hashed and pinned to every proposal resolved with it,
 * so a policy change never alters a proposal in flight.
 */
export type ApprovalChainPolicy = {
  version: string;
  dueInWorkingDays: number;
  chains: Record<TransferKind, StageSpec[]>;
};
