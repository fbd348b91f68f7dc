import type { ExecuteTransfer, Transfer } from '@mutasi/transfers';
import type { ProposalContextLoader } from '../../common/proposal-context.loader';

/** The ExecuteTransfer command with what it re-checks, read now. */
export async function executeTransferCommand(
  transfer: Transfer,
  context: ProposalContextLoader,
  actor: ExecuteTransfer['data']['actor'],
  now: string,
): Promise<ExecuteTransfer> {
  const check = await context.executionCheck(
    transfer.employeeNip,
    transfer.targetPositionId,
    transfer.target.position.unitId,
  );
  return { type: 'ExecuteTransfer', data: { ...check, actor, now } };
}
