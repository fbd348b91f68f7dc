import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  level: string;

  @Column('text', { name: 'parent_code', nullable: true })
  parentCode: string | null;
}
