import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: string;

  /** null for a central agency. */
  @Column('text', { name: 'region_code', nullable: true })
  regionCode: string | null;
}
