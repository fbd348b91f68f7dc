import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: string;

  @Column('text', { name: 'region_code' })
  regionCode: string;
}
