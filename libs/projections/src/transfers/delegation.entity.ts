import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A standing delegation: the delegate acts for the official's positions from `validFrom` to `validTo`. */
@Entity({ name: 'delegations' })
export class DelegationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'delegator_user_id' })
  delegatorUserId: string;

  @Column('text', { name: 'delegate_user_id' })
  delegateUserId: string;

  @Column('text', { name: 'position_ids', array: true })
  positionIds: string[];

  @Column('date', { name: 'valid_from' })
  validFrom: string;

  @Column('date', { name: 'valid_to' })
  validTo: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
