import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'positions' })
export class PositionEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'unit_id' })
  unitId: string;

  @Column('text', { name: 'agency_id' })
  agencyId: string;

  @Column('text')
  title: string;

  @Column('text')
  type: string;

  @Column('text', { name: 'min_rank', nullable: true })
  minRank: string | null;

  @Column('text', { name: 'education_fields', array: true })
  educationFields: string[];

  @Column('integer', { name: 'annual_workload_minutes', nullable: true })
  annualWorkloadMinutes: number | null;

  @Column('text', { name: 'chain_roles', array: true })
  chainRoles: string[];
}
