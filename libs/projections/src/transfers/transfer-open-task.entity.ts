import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An open task of a running chain: what the inbox lists. */
@Entity({ name: 'transfer_open_tasks' })
export class TransferOpenTaskEntity {
  @PrimaryColumn('uuid', { name: 'transfer_id' })
  transferId: string;

  @PrimaryColumn('text', { name: 'task_id' })
  taskId: string;

  @Column('text')
  type: string;

  @Column('text', { name: 'chain_role' })
  chainRole: string;

  @Column('integer', { name: 'stage_index' })
  stageIndex: number;

  @Column('text', { name: 'position_ids', array: true })
  positionIds: string[];

  /** Users the task was delegated to (TaskDelegated). */
  @Column('text', { name: 'delegate_user_ids', array: true })
  delegateUserIds: string[];

  /** Authors of the proposal and those who already decided on it: they may not decide. */
  @Column('text', { name: 'excluded_user_ids', array: true })
  excludedUserIds: string[];

  @Column('text', { name: 'employee_nip' })
  employeeNip: string;

  @Column('text', { name: 'employee_name' })
  employeeName: string;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt: Date | null;
}
