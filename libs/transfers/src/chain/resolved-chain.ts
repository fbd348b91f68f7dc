import type { ChainSide, TaskRole, TaskType } from './chain-role';

/** A role a task's holders also fill, when the same officials would otherwise decide twice. */
export type ActsAs = { chainRole: TaskRole; side: ChainSide; purpose: string };

export type ResolvedTask = {
  id: string;
  type: TaskType;
  chainRole: TaskRole;
  side: ChainSide;
  purpose: string;
  /** Holders at resolution time; empty for the hearing, which the employee answers. */
  positionIds: string[];
  required: number;
  dueInWorkingDays: number;
  alsoActsAs: ActsAs[];
};

export type ResolvedStage = {
  index: number;
  /** The longest of its tasks' due periods: the stage is overdue, and escalates, after it. */
  dueInWorkingDays: number;
  tasks: ResolvedTask[];
};

/** Task ids are deterministic; a revision's tasks get a suffix so ids never repeat in a stream. */
export function taskId(stageIndex: number, taskNumber: number, revision: number): string {
  const base = `s${stageIndex}-t${taskNumber}`;
  return revision === 1 ? base : `${base}-r${revision}`;
}
