import type { ChainRole } from '@mutasi/workforce/domain';

/** The hearing is answered by the employee concerned rather than by a position holder. */
export type TaskRole = ChainRole | 'employee';

export type ChainSide = 'origin' | 'target' | 'national';

export type TaskType = 'hearing' | 'consultation' | 'approval';

/** Where an overdue task goes: the holder's superior role on the same side. */
const SUPERIOR: Partial<Record<TaskRole, ChainRole>> = {
  unit_head: 'personnel_head',
  personnel_head: 'ppk',
};

export function superiorRole(role: TaskRole): ChainRole | null {
  return SUPERIOR[role] ?? null;
}
