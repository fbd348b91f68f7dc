import { ManualClock } from '@mutasi/platform';
import { decreeDocuments } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { scenario, TransferClient } from '../support/transfer-client';

/**
 * The ABK year by year over HTTP on the demo data (figures for 2025 and 2026): a unit's history,
 * the moves between the years, the summary for a year, and importing another year's figures.
 */
describe('workload analysis by year, end to end', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  const OPERATOR = 'operator-99-04';
  // Ahmad Fauzi's move inside pemkab-99-04: from P000205 (unit U000085) to P000170 (unit U000071).
  const NIP = '199103212013091001';

  beforeAll(async () => {
    app = await startTestApp('workload_history', { withWorker: true, clock });
    client = new TransferClient(app);
  });
  afterAll(() => app.close());

  const importCsv = async (kind: string, body: string, username = OPERATOR) =>
    app
      .http()
      .post(`/imports/${kind}`)
      .set('authorization', `Bearer ${await app.token(username)}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(body, 'utf8'));

  /** A master-data read: imports write it in their own transaction, so there is nothing to wait for. */
  const positionGaps = async () =>
    app
      .http()
      .get('/workload/positions?agencyId=pemkab-99-04&unitId=U000085')
      .set('authorization', `Bearer ${await app.token(OPERATOR)}`);

  it('gives a unit its ABK per year from the demo data, with no move between the years yet', async () => {
    const history = await client.get(OPERATOR, '/workload/units/U000085/history');
    expect(history.status).toBe(200);
    expect(history.body).toEqual({
      unitId: 'U000085',
      unitName: 'Bidang Perlindungan dan Jaminan Sosial',
      agencyId: 'pemkab-99-04',
      effectiveMinutesPerYear: 75_000,
      years: [
        {
          year: 2025,
          measuredOn: '2025-12-31',
          measuredPositions: 1,
          annualWorkloadMinutes: 218_600,
          required: 3,
          actual: 3,
          gap: 0,
          efficiency: 0.97,
          band: 'B',
        },
        {
          year: 2026,
          measuredOn: '2026-12-31',
          measuredPositions: 1,
          annualWorkloadMinutes: 198_707,
          required: 3,
          actual: 3,
          gap: 0,
          efficiency: 0.88,
          band: 'C',
        },
      ],
      movesBetween: [{ fromYear: 2025, toYear: 2026, movedIn: 0, movedOut: 0, moves: [] }],
    });
  });

  it('after an executed transfer out of the unit, counts the person in 2025, not in 2026, and lists the move between', async () => {
    const proposed = await client.propose(OPERATOR, NIP, scenario(NIP).targetPositionId);
    expect(proposed.status).toBe(201);
    const id: string = proposed.body.id;
    expect((await client.walkChain(id)).status).toBe('APPROVED');
    const executed = await client.post(OPERATOR, `/transfers/${id}/execute`, {
      decreeNumber: '800/ABK/BKD/2026',
      decreeDate: '2026-11-23',
      effectiveDate: '2026-11-23',
      documents: await decreeDocuments(app, OPERATOR, 'abk-history'),
    });
    expect(executed.status).toBe(200);

    const origin = await client.get(OPERATOR, '/workload/units/U000085/history');
    expect(
      origin.body.years.map((y: { year: number; actual: number; band: string }) => [y.year, y.actual, y.band]),
    ).toEqual([
      [2025, 3, 'B'],
      [2026, 2, 'A'],
    ]);
    const move = { transferId: id, effectiveDate: '2026-11-23' };
    expect(origin.body.movesBetween).toEqual([
      {
        fromYear: 2025,
        toYear: 2026,
        movedIn: 0,
        movedOut: 1,
        moves: [
          { ...move, direction: 'out', positionId: 'P000205', otherPositionId: 'P000170', otherUnitId: 'U000071' },
        ],
      },
    ]);

    const target = await client.get('auditor', '/workload/units/U000071/history');
    expect(target.status).toBe(200);
    const [before, after] = target.body.years as { year: number; actual: number }[];
    expect([before.year, after.year, after.actual - before.actual]).toEqual([2025, 2026, 1]);
    expect(target.body.movesBetween[0]).toMatchObject({
      movedIn: 1,
      movedOut: 0,
      moves: [{ ...move, direction: 'in', positionId: 'P000170', otherPositionId: 'P000205', otherUnitId: 'U000085' }],
    });
  });

  it('gives the summary for a year: that year’s figures against the staff at its end', async () => {
    const read = (query: string) => client.get(OPERATOR, `/workload/summary?agencyId=pemkab-99-04${query}`);
    const [latest, y2026, y2025, y2010] = await Promise.all([
      read(''),
      read('&year=2026'),
      read('&year=2025'),
      read('&year=2010'),
    ]);
    for (const response of [latest, y2026, y2025, y2010]) expect(response.status).toBe(200);
    expect(latest.body.year).toBeNull();
    expect(y2026.body.year).toBe(2026);
    // The demo's 2026 figures are the positions' latest and the transfer is effective in 2026.
    expect(y2026.body.agencies).toEqual(latest.body.agencies);
    const [agency2025] = y2025.body.agencies;
    const [agency2026] = y2026.body.agencies;
    expect(agency2025).toMatchObject({ key: 'pemkab-99-04', headcount: agency2026.headcount });
    expect(agency2025.required).not.toBe(agency2026.required);
    // No ABK for 2010: the positions are there, nothing is measured.
    expect(y2010.body.agencies[0]).toMatchObject({ key: 'pemkab-99-04', required: 0, actual: 0, band: null });
  });

  it('imports next year’s figures keeping the earlier years, and proposals then read the latest year', async () => {
    const imported = await importCsv('workload', 'positionId,year,annualWorkloadMinutes\nP000205,2027,300000\n');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ kind: 'workload', imported: 1, changed: 1, rejectedCount: 0 });

    const history = await client.get(OPERATOR, '/workload/units/U000085/history');
    expect(history.body.years.map((y: { year: number; required: number }) => [y.year, y.required])).toEqual([
      [2025, 3],
      [2026, 3],
      [2027, 4],
    ]);
    expect(history.body.movesBetween.map((m: { toYear: number; movedOut: number }) => [m.toYear, m.movedOut])).toEqual([
      [2026, 1],
      [2027, 0],
    ]);
    const positions = await positionGaps();
    expect(positions.body).toEqual([
      expect.objectContaining({ positionId: 'P000205', required: 4, actual: 2, gap: -2 }),
    ]);
  });

  it('takes a positions file’s figure as this year’s, the later year staying the one in use', async () => {
    const row = 'P000205,U000085,Pengolah Data dan Informasi,pelaksana,II/c,Statistika;Sistem Informasi,150000,';
    const header = 'id,unitId,title,type,minRank,educationFields,annualWorkloadMinutes,chainRoles';
    expect((await importCsv('positions', `${header}\n${row}\n`)).status).toBe(200);
    const history = await client.get(OPERATOR, '/workload/units/U000085/history');
    expect(
      history.body.years.map((y: { year: number; annualWorkloadMinutes: number }) => [y.year, y.annualWorkloadMinutes]),
    ).toEqual([
      [2025, 218_600],
      [2026, 150_000],
      [2027, 300_000],
    ]);
    const positions = await positionGaps();
    expect(positions.body).toEqual([expect.objectContaining({ positionId: 'P000205', required: 4 })]);
  });

  it('rejects a malformed workload row, a year out of range and another agency’s position, writing nothing', async () => {
    const before = await client.get(OPERATOR, '/workload/units/U000085/history');
    const rejected = await importCsv(
      'workload',
      'positionId,year,annualWorkloadMinutes\nP000205,2024,200000\nP000205,1999,200000\nP000205,2023,1.5\nP999999,2023,1000\nP000110,2023,1000\n',
    );
    expect(rejected.status).toBe(422);
    expect(rejected.headers['content-type']).toContain('application/problem+json');
    expect(rejected.body.code).toBe('IMPORT_REJECTED');
    expect(rejected.body.rejected.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual([
      [3, 'INVALID_YEAR'],
      [4, 'INVALID_NUMBER'],
      [5, 'UNKNOWN_POSITION'],
      [6, 'OUT_OF_SCOPE'],
    ]);
    const header = await importCsv('workload', 'positionId,tahun,annualWorkloadMinutes\nP000205,2024,200000\n');
    expect(header.body).toMatchObject({ status: 400, code: 'INVALID_HEADER' });
    expect((await client.get(OPERATOR, '/workload/units/U000085/history')).body).toEqual(before.body);
  });

  it('answers bad reads with their codes: a year out of range or not a year, an unknown unit, another agency’s unit', async () => {
    const cases: [string, string, number, string][] = [
      [OPERATOR, '/workload/summary?year=1999', 400, 'ABK_YEAR_OUT_OF_RANGE'],
      [OPERATOR, '/workload/summary?year=2028', 400, 'ABK_YEAR_OUT_OF_RANGE'],
      [OPERATOR, '/workload/summary?year=dua', 400, 'VALIDATION_FAILED'],
      [OPERATOR, '/workload/units/U999999/history', 404, 'UNIT_NOT_FOUND'],
      [OPERATOR, '/workload/units/U000035/history', 403, 'OUT_OF_SCOPE'],
    ];
    for (const [username, path, status, code] of cases) {
      const response = await client.get(username, path);
      expect([path, response.status, response.body.code]).toEqual([path, status, code]);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});
