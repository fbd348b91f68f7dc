import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions end when a user's rights change: every user has a session version, carried in each
 * access token and checked per request. The trigger bumps it whenever roles, agencies, positions,
 * the employee link, the password or the disabled mark change, whoever writes the row (an import,
 * the admin API or SQL by hand). Logged-out sessions are kept until their token would expire.
 */
export class UserSessions1764000000021 implements MigrationInterface {
  name = 'UserSessions1764000000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN session_version integer NOT NULL DEFAULT 1,
        ADD COLUMN disabled_at timestamptz;
      CREATE FUNCTION users_bump_session_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.roles, NEW.agency_ids, NEW.position_ids, NEW.employee_nip, NEW.password_hash, NEW.disabled_at)
           IS DISTINCT FROM
           (OLD.roles, OLD.agency_ids, OLD.position_ids, OLD.employee_nip, OLD.password_hash, OLD.disabled_at) THEN
          NEW.session_version := OLD.session_version + 1;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER users_session_version BEFORE UPDATE ON users
        FOR EACH ROW EXECUTE FUNCTION users_bump_session_version();
      CREATE TABLE ended_sessions (
        session_id uuid PRIMARY KEY,
        username text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX ended_sessions_expiry ON ended_sessions (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE ended_sessions;
      DROP TRIGGER users_session_version ON users;
      DROP FUNCTION users_bump_session_version();
      ALTER TABLE users DROP COLUMN session_version, DROP COLUMN disabled_at;
    `);
  }
}
