import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One move of an executed transfer: the employee's placement before and after. */
@Entity({ name: 'placement_history' })
export class PlacementHistoryEntity {
  @PrimaryColumn('uuid', { name: 'transfer_id' })
  transferId: string;

  /** `transfer` on the effective date; `return` when a temporary assignment brings the employee home. */
  @PrimaryColumn('text', { name: 'movement' })
  movement: 'transfer' | 'return';

  @Column('text', { name: 'employee_nip' })
  employeeNip: string;

  @Column('text', { name: 'from_position_id' })
  fromPositionId: string;

  @Column('text', { name: 'from_agency_id', nullable: true })
  fromAgencyId: string | null;

  @Column('date', { name: 'from_position_since', nullable: true })
  fromPositionSince: string | null;

  @Column('text', { name: 'to_position_id' })
  toPositionId: string;

  @Column('text', { name: 'to_agency_id', nullable: true })
  toAgencyId: string | null;

  @Column('date', { name: 'effective_date' })
  effectiveDate: string;

  @Column('timestamptz', { name: 'executed_at' })
  executedAt: Date;

  @Column('bigint', { name: 'event_position' })
  eventPosition: string;
}
