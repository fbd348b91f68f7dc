import type { Pool } from 'pg';
import { ManualClock } from '@mutasi/platform';
import { decreeDocuments } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

const CALENDAR_HEADER = 'regionCode,termStart,termEnd,candidateDeterminationDate';
const APPROVAL = { number: '100.2.2.6/1234/OTDA', date: '2026-11-02' };
/** A JPT inaugurated last year (2025-05-01), Kepala Disdukcapil of Danau Biru (99.03). */
const NI_LUH = '197103012000052001';
/** Yohanes Kefas Manurung (99.03), placed by this spec as Kepala Bagian Umum (administrator). */
const YOHANES = '199007122015051002';
const YOHANES_AS_OFFICIAL =
  'nip,name,gender,birthDate,status,rank,positionId,positionSince,civilServantSince,educationLevel,educationField,performanceRatings,disciplinaryUntil,onStudyLeave,email\n' +
  '199007122015051002,"Yohanes Kefas Manurung, S.Pd.",M,1990-07-12,PNS,III/b,P000127,2025-06-01,2016-05-01,S1,Pendidikan,baik;baik,,false,yohanes.kefas.manurung@pemkab-99-03.mutasi.example\n';

/**
 * Blackout windows and the JPT lock over HTTP on the demo data: Danau Biru's election calendar
 * (region-calendars.csv: candidates determined 2027-02-15, term ends 2027-05-20) and a JPT
 * inaugurated last year; the ministerial approval on a proposal and its confirmation at the decree.
 */
describe('transfer proposals: blackout windows and the JPT lock', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let pool: Pool;

  beforeAll(async () => {
    app = await startTestApp('transfers_blackout', { withWorker: true, clock });
    client = new TransferClient(app);
    pool = app.db.pool({ max: 2 });
  });
  afterAll(() => app.close());

  const eventCount = async (): Promise<number> =>
    (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM es_events')).rows[0].n;
  const calendars = async () =>
    (
      await pool.query<{ region_code: string; term_start: string }>(
        'SELECT region_code, term_start::text FROM region_calendars ORDER BY region_code',
      )
    ).rows;
  const importCsv = async (username: string, kind: string, csv: string) =>
    app
      .http()
      .post(`/imports/${kind}`)
      .set('authorization', `Bearer ${await app.token(username)}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(csv, 'utf8'));
  const preview = (operator: string, nip: string, targetPositionId: string, extra: object = {}) =>
    client.post(operator, '/transfers/preview', {
      employeeNip: nip,
      targetPositionId,
      reason: 'Kebutuhan organisasi',
      requestedEffectiveDate: '2027-01-01',
      ...extra,
    });
  const codes = (eligibility: { code: string; level: string }[]) =>
    Object.fromEntries(eligibility.map((result) => [result.code, result.level]));

  it('imports the demo calendar of Danau Biru with the other reference data', async () => {
    expect(await calendars()).toEqual([{ region_code: '99.03', term_start: '2022-05-20' }]);
  });

  it('previews the JPT inaugurated last year in the election window as blocked by both rules', async () => {
    const response = await preview('operator-99-03', NI_LUH, 'P000127');
    expect(response.status).toBe(200);
    expect(response.body.eligible).toBe(false);
    expect(codes(response.body.eligibility)).toMatchObject({
      ELIGIBILITY_JPT_TWO_YEAR_LOCK: 'blocking',
      ELIGIBILITY_ELECTION_BLACKOUT: 'blocking',
    });
    const withApproval = await preview('operator-99-03', NI_LUH, 'P000127', { ministerialApproval: APPROVAL });
    expect(withApproval.body.eligible).toBe(true);
    expect(codes(withApproval.body.eligibility)).toMatchObject({
      ELIGIBILITY_JPT_TWO_YEAR_LOCK: 'warning',
      ELIGIBILITY_ELECTION_BLACKOUT: 'warning',
    });
  });

  it('refuses the proposal without the approval with 422 and the JPT lock, naming both, and writes nothing', async () => {
    const before = await eventCount();
    const response = await client.propose('operator-99-03', NI_LUH, 'P000127');
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'ELIGIBILITY_JPT_TWO_YEAR_LOCK',
      details: { blocking: ['ELIGIBILITY_JPT_TWO_YEAR_LOCK', 'ELIGIBILITY_ELECTION_BLACKOUT'] },
    });
    expect(await eventCount()).toBe(before);
  });

  it('refuses an approval letter without a number with 400 MINISTERIAL_APPROVAL_INVALID', async () => {
    const before = await eventCount();
    const response = await client.propose('operator-99-03', NI_LUH, 'P000127', {
      ministerialApproval: { number: ' ', date: '2026-11-02' },
    });
    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 400,
      code: 'MINISTERIAL_APPROVAL_INVALID',
    });
    expect(await eventCount()).toBe(before);
  });

  it('proposes an official with the approval, and issues the decree only once the approval is confirmed', async () => {
    expect((await importCsv('operator-99-03', 'employees', YOHANES_AS_OFFICIAL)).status).toBe(200);
    const { targetPositionId } = scenario(YOHANES);
    const refused = await client.propose('operator-99-03', YOHANES, targetPositionId);
    expect(refused.body).toMatchObject({ status: 422, code: 'ELIGIBILITY_ELECTION_BLACKOUT' });

    const proposed = await client.propose('operator-99-03', YOHANES, targetPositionId, {
      ministerialApproval: APPROVAL,
    });
    expect(proposed.status).toBe(201);
    const { id } = proposed.body;
    const detail = await client.detail(id);
    expect(detail.eligibility).toContainEqual(
      expect.objectContaining({
        code: 'ELIGIBILITY_ELECTION_BLACKOUT',
        level: 'warning',
        details: expect.objectContaining({ regionCode: '99.03', approvalNumber: APPROVAL.number }),
      }),
    );
    expect((await client.walkChain(id)).status).toBe('APPROVED');

    const decree = {
      decreeNumber: '800/71/BKD/2026',
      decreeDate: '2026-11-23',
      effectiveDate: '2027-01-01',
      documents: await decreeDocuments(app, 'operator-99-71', 'blackout'),
    };
    const before = await eventCount();
    const unconfirmed = await client.post('operator-99-71', `/transfers/${id}/execute`, decree);
    expect(unconfirmed.body).toMatchObject({ status: 422, code: 'MINISTERIAL_APPROVAL_UNCONFIRMED' });
    expect(await eventCount()).toBe(before);

    const issued = await client.post('operator-99-71', `/transfers/${id}/execute`, {
      ...decree,
      ministerialApprovalConfirmed: true,
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: 'DECREE_ISSUED', scheduledFor: '2027-01-01' });
    const { rows } = await pool.query<{ data: { ministerialApprovalConfirmed?: boolean } }>(
      "SELECT data FROM es_events WHERE stream_id = $1 AND type = 'TransferDecreeIssued'",
      [`transfer-${id}`],
    );
    expect(rows.map((row) => row.data.ministerialApprovalConfirmed)).toEqual([true]);
  });

  it('refuses a calendar whose dates are out of order with 422, naming the row, and writes nothing', async () => {
    const before = await eventCount();
    const response = await importCsv('admin', 'region-calendars', `${CALENDAR_HEADER}\n99.02,2026-08-20,2026-08-19,\n`);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'IMPORT_REJECTED',
      rejected: [{ line: 2, code: 'CALENDAR_DATES_OUT_OF_ORDER', field: 'termEnd' }],
    });
    expect(await eventCount()).toBe(before);
    expect(await calendars()).toEqual([{ region_code: '99.03', term_start: '2022-05-20' }]);
  });

  it('lets administrators only import calendars', async () => {
    const response = await importCsv(
      'operator-99-02',
      'region-calendars',
      `${CALENDAR_HEADER}\n99.02,2026-08-20,2031-08-20,\n`,
    );
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'IMPORT_NOT_ALLOWED' });
  });

  it('blocks replacing an official within six months of the inauguration, once the calendar is imported', async () => {
    const fajarPane = '197802222007121001';
    const imported = await importCsv('admin', 'region-calendars', `${CALENDAR_HEADER}\n99.02,2026-08-20,2031-08-20,\n`);
    expect(imported.body).toMatchObject({ kind: 'region-calendars', imported: 1, changed: 1 });
    const response = await preview('operator-99-02', fajarPane, 'P000236');
    expect(codes(response.body.eligibility)).toMatchObject({
      ELIGIBILITY_POST_INAUGURATION_BLACKOUT: 'blocking',
      ELIGIBILITY_JPT_TWO_YEAR_LOCK: 'blocking',
    });
    expect(response.body.eligibility).toContainEqual(
      expect.objectContaining({
        code: 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT',
        details: { regionCode: '99.02', inaugurationDate: '2026-08-20', blackoutUntil: '2027-02-20' },
      }),
    );
  });
});
