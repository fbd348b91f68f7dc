import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each region head's term, the reference data of the blackout windows (region-calendars.csv). */
export class RegionCalendars1796188260013 implements MigrationInterface {
  name = 'RegionCalendars1796188260013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region_calendars (
        region_code text PRIMARY KEY REFERENCES regions (code) DEFERRABLE INITIALLY DEFERRED,
        term_start date NOT NULL,
        term_end date NOT NULL,
        candidate_determination_date date,
        CHECK (term_start < term_end),
        CHECK (candidate_determination_date > term_start AND candidate_determination_date <= term_end)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE region_calendars');
  }
}
