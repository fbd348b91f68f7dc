import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('text')
  username: string;

  /** argon2id; the clear password is never stored or logged. */
  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text')
  email: string;

  @Column('text', { array: true })
  roles: string[];

  /** `*` alone means every agency. */
  @Column('text', { name: 'agency_ids', array: true })
  agencyIds: string[];

  @Column('text', { name: 'position_ids', array: true })
  positionIds: string[];

  @Column('text', { name: 'employee_nip', nullable: true })
  employeeNip: string | null;

  @Column('text')
  language: string;

  /** Bumped by a trigger when the user's rights change; a token of another version is refused. */
  @Column('integer', { name: 'session_version', default: 1 })
  sessionVersion: number;

  /** Set while an administrator has disabled the account: no login, no session. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;
}
