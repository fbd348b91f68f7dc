import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'employees' })
export class EmployeeEntity {
  @PrimaryColumn('text')
  nip: string;

  @Column('text')
  name: string;

  @Column('text')
  gender: string;

  @Column('date', { name: 'birth_date' })
  birthDate: string;

  @Column('text')
  status: string;

  @Column('text')
  rank: string;

  @Column('text', { name: 'position_id' })
  positionId: string;

  @Column('text', { name: 'agency_id' })
  agencyId: string;

  @Column('date', { name: 'position_since' })
  positionSince: string;

  @Column('date', { name: 'civil_servant_since' })
  civilServantSince: string;

  @Column('text', { name: 'education_level' })
  educationLevel: string;

  @Column('text', { name: 'education_field', nullable: true })
  educationField: string | null;

  @Column('text', { name: 'performance_ratings', array: true })
  performanceRatings: string[];

  @Column('date', { name: 'disciplinary_until', nullable: true })
  disciplinaryUntil: string | null;

  @Column('boolean', { name: 'on_study_leave' })
  onStudyLeave: boolean;

  @Column('text', { nullable: true })
  email: string | null;
}
