import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Transfer } from '@mutasi/transfers';

/** One row per proposal: the list columns and the folded state (`detail`). */
@Entity({ name: 'transfer_summaries' })
export class TransferSummaryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('integer')
  version: number;

  /** Global position of the last event folded in. */
  @Column('bigint', { name: 'last_position' })
  lastPosition: string;

  @Column('text')
  status: string;

  @Column('text')
  kind: string;

  @Column('text', { name: 'employee_nip' })
  employeeNip: string;

  @Column('text', { name: 'employee_name' })
  employeeName: string;

  @Column('text', { name: 'origin_position_id' })
  originPositionId: string;

  @Column('text', { name: 'target_position_id' })
  targetPositionId: string;

  @Column('text', { name: 'origin_agency_id' })
  originAgencyId: string;

  @Column('text', { name: 'target_agency_id' })
  targetAgencyId: string;

  /** Every position a task of the proposal was assigned to, so their holders may read it. */
  @Column('text', { name: 'participant_position_ids', array: true })
  participantPositionIds: string[];

  @Column('text', { name: 'proposer_user_id' })
  proposerUserId: string;

  @Column('date', { name: 'requested_effective_date' })
  requestedEffectiveDate: string;

  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('jsonb')
  detail: Transfer;
}
