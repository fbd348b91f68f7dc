import { CHAIN_RUNNING_STATUSES, currentStage, decidedUserIds, recusedUserIds, type Transfer } from '@mutasi/transfers';

/** A row of `transfer_open_tasks`: one open task of a running stage, as the inbox reads it. */
export interface TransferOpenTaskRow {
  transfer_id: string;
  task_id: string;
  type: string;
  chain_role: string;
  stage_index: number;
  position_ids: string[];
  delegate_user_ids: string[];
  excluded_user_ids: string[];
  employee_nip: string;
  employee_name: string;
  due_at: string | null;
}

/** The open tasks of a proposal's running stage, as inbox rows. */
export function openTaskRows(transfer: Transfer): TransferOpenTaskRow[] {
  if (!CHAIN_RUNNING_STATUSES.includes(transfer.status)) return [];
  const stage = currentStage(transfer);
  if (stage === null) return [];
  const excluded = [...new Set([...transfer.authorUserIds, ...decidedUserIds(transfer), ...recusedUserIds(transfer)])];
  return stage.tasks
    .filter((task) => task.status === 'open')
    .map((task) => ({
      transfer_id: transfer.id,
      task_id: task.id,
      type: task.type,
      chain_role: task.chainRole,
      stage_index: stage.index,
      position_ids: task.positionIds,
      delegate_user_ids: [...new Set(task.delegations.map((d) => d.delegateUserId))],
      excluded_user_ids: excluded,
      employee_nip: transfer.employeeNip,
      employee_name: transfer.employee.name,
      due_at: stage.dueAt,
    }));
}
