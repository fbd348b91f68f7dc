import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MasterData1764000000000 implements MigrationInterface {
  name = 'MasterData1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code text PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL,
        parent_code text REFERENCES regions (code) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE TABLE agencies (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        region_code text REFERENCES regions (code) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE TABLE units (
        id text PRIMARY KEY,
        agency_id text NOT NULL REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
        name text NOT NULL,
        parent_unit_id text REFERENCES units (id) DEFERRABLE INITIALLY DEFERRED,
        top_unit_id text NOT NULL
      );
      CREATE INDEX units_agency ON units (agency_id);
      CREATE TABLE positions (
        id text PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units (id) DEFERRABLE INITIALLY DEFERRED,
        agency_id text NOT NULL REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
        title text NOT NULL,
        type text NOT NULL,
        min_rank text,
        education_fields text[] NOT NULL DEFAULT '{}',
        annual_workload_minutes integer,
        chain_roles text[] NOT NULL DEFAULT '{}'
      );
      CREATE INDEX positions_unit ON positions (unit_id);
      CREATE INDEX positions_agency ON positions (agency_id);
      CREATE INDEX positions_chain_roles ON positions USING gin (chain_roles);
      CREATE TABLE employees (
        nip text PRIMARY KEY,
        name text NOT NULL,
        gender text NOT NULL,
        birth_date date NOT NULL,
        status text NOT NULL,
        rank text NOT NULL,
        position_id text NOT NULL REFERENCES positions (id) DEFERRABLE INITIALLY DEFERRED,
        agency_id text NOT NULL REFERENCES agencies (id) DEFERRABLE INITIALLY DEFERRED,
        position_since date NOT NULL,
        civil_servant_since date NOT NULL,
        education_level text NOT NULL,
        education_field text,
        performance_ratings text[] NOT NULL DEFAULT '{}',
        disciplinary_until date,
        on_study_leave boolean NOT NULL DEFAULT false,
        email text
      );
      CREATE INDEX employees_position ON employees (position_id);
      CREATE INDEX employees_agency ON employees (agency_id);
      CREATE TABLE users (
        username text PRIMARY KEY,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        email text NOT NULL,
        roles text[] NOT NULL,
        agency_ids text[] NOT NULL,
        position_ids text[] NOT NULL DEFAULT '{}',
        employee_nip text,
        language text NOT NULL DEFAULT 'id'
      );
      CREATE INDEX users_positions ON users USING gin (position_ids);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE users, employees, positions, units, agencies, regions');
  }
}
