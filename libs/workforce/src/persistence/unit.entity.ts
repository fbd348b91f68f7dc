import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'agency_id' })
  agencyId: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'parent_unit_id', nullable: true })
  parentUnitId: string | null;

  /** The OPD this unit belongs to (itself for a top unit); its head is the unit_head chain role. */
  @Column('text', { name: 'top_unit_id' })
  topUnitId: string;
}
