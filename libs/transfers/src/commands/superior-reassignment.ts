import { superiorRole } from '../chain/chain-role';
import { holdersOf, type DirectoryEntry } from '../chain/directory';
import { chainSides } from '../chain/resolve-chain';
import { DomainError } from '../domain-error';
import type { TaskEscalation } from '../transfer-events';
import type { TaskState, Transfer } from '../transfer-state';

/**
 * Where a task goes when its holder cannot decide it (overdue, or a declared conflict of
 * interest): the holders of the superior chain role on the same side; null when the role has none.
 */
export function superiorReassignment(
  transfer: Transfer,
  task: TaskState,
  directory: readonly DirectoryEntry[],
): TaskEscalation | null {
  const superior = superiorRole(task.chainRole);
  if (superior === null) return null;
  const sides = chainSides(transfer.origin, transfer.target);
  const side = task.side === 'national' ? null : sides[task.side];
  const positionIds = holdersOf(superior, side, directory);
  if (positionIds.length === 0) {
    throw new DomainError(
      'CHAIN_ROLE_UNRESOLVED',
      `Tidak ada pemegang peran ${superior} di sisi ${task.side} / No holder of chain role ${superior} on the ${task.side} side`,
      { chainRole: superior, side: task.side, found: 0, required: 1 },
    );
  }
  return { taskId: task.id, fromChainRole: task.chainRole, toChainRole: superior, positionIds };
}
