import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';

const DEMO = join(__dirname, '..', '..', 'data', 'demo');
const EMPLOYEE_HEADER =
  'nip,name,gender,birthDate,status,rank,positionId,positionSince,civilServantSince,educationLevel,educationField,performanceRatings,disciplinaryUntil,onStudyLeave,email';
/** A valid employee of Kota Lestari (P000236 is a Disdukcapil position there). */
const employee = (
  nip: string,
  name: string,
  extra: Partial<Record<'birthDate' | 'gender' | 'positionId', string>> = {},
) =>
  [
    nip,
    name,
    extra.gender ?? 'M',
    extra.birthDate ?? `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    'PNS',
    'III/a',
    extra.positionId ?? 'P000236',
    '2020-01-01',
    `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`,
    'S1',
    'Teknik Informatika',
    'baik;baik',
    '',
    'false',
    'new.person@pemkab-99-71.mutasi.example',
  ].join(',');

describe('CSV imports over HTTP', () => {
  let app: TestApp;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    app = await startTestApp('imports', { env: { BODY_LIMIT_BYTES: String(8 * 1024 * 1024) } });
    admin = await app.token('admin');
    operator = await app.token('operator-99-71');
  });
  afterAll(() => app.close());

  const count = async (table: string) =>
    Number((await app.api.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const importCsv = (kind: string, body: string | Buffer, token = admin, query = '') =>
    app
      .http()
      .post(`/imports/${kind}${query}`)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'text/csv')
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));

  it('re-importing the demo files changes nothing and records each import as an event', async () => {
    for (const kind of ['regions', 'agencies', 'units', 'positions', 'workload', 'employees']) {
      const file = readFileSync(join(DEMO, `${kind}.csv`));
      const response = await importCsv(kind, file).expect(200);
      expect(response.body).toMatchObject({ kind, changed: 0, rejected: [], rejectedCount: 0 });
      expect(response.body.imported).toBeGreaterThan(0);
      expect(response.body.fileSha256).toBe(createHash('sha256').update(file).digest('hex'));
      const [event] = await app.api
        .get(DataSource)
        .query(`SELECT type, data, metadata FROM es_events WHERE event_id = $1`, [response.body.eventId]);
      expect(event).toMatchObject({
        type: 'MasterDataImported',
        data: { kind, fileSha256: response.body.fileSha256, imported: response.body.imported, changed: 0 },
        metadata: { actorId: 'admin', actorRole: 'admin' },
      });
    }
  });

  it('rejects a file with a wrong header, naming the columns', async () => {
    const response = await importCsv('regions', 'code,name,lvl\n99,X,province\n').expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'INVALID_HEADER',
      missing: ['level', 'parentCode'],
      unexpected: ['lvl'],
    });
  });

  it('rejects the whole file for bad NIPs and unknown references, reporting every row, and writes nothing', async () => {
    const before = await count('employees');
    const body = [
      EMPLOYEE_HEADER,
      employee('199001012015011001', 'Valid Person'),
      employee('199013012015011001', 'Bad Birthdate'),
      employee('199001012015011001', 'Duplicate'),
      employee('199001022015012001', 'Gender Mismatch', { gender: 'M' }),
      employee('199001032015011000', 'Zero Sequence'),
      employee('199001042015011001', 'Unknown Position', { positionId: 'P999999' }),
      employee('12345', 'Too Short'),
    ].join('\n');
    const response = await importCsv('employees', body).expect(422);
    expect(response.body.code).toBe('IMPORT_REJECTED');
    expect(response.body.imported).toBe(0);
    const codes = response.body.rejected.map((r: { line: number; code: string }) => [r.line, r.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [3, 'NIP_INVALID_BIRTHDATE'],
        [4, 'DUPLICATE_KEY'],
        [5, 'NIP_GENDER_MISMATCH'],
        [6, 'NIP_INVALID_SEQUENCE'],
        [7, 'UNKNOWN_POSITION'],
        [8, 'NIP_FORMAT'],
      ]),
    );
    expect(codes.map(([line]: [number]) => line)).not.toContain(2);
    expect(await count('employees')).toBe(before);
  });

  it('with ?partial=true keeps the valid rows', async () => {
    const body = [
      EMPLOYEE_HEADER,
      employee('199105052016031001', 'Kept Person'),
      employee('199113012016031001', 'Bad'),
    ].join('\n');
    const response = await importCsv('employees', body, admin, '?partial=true').expect(200);
    expect(response.body).toMatchObject({ imported: 1, changed: 1, rejectedCount: 1, partial: true });
    await app.http().get('/employees/199105052016031001').set('authorization', `Bearer ${admin}`).expect(200);
  });

  it('reads quoted commas, a byte-order mark and CRLF line ends', async () => {
    const body =
      '\uFEFF' + [EMPLOYEE_HEADER, employee('198806062012121001', '"Hidayat, S.Kom., M.T."')].join('\r\n') + '\r\n';
    await importCsv('employees', body).expect(200);
    const stored = await app
      .http()
      .get('/employees/198806062012121001')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(stored.body.name).toBe('Hidayat, S.Kom., M.T.');
  });

  it('stores HTML and SQL in text fields as plain text', async () => {
    const name = `"<script>alert(1)</script>'); DROP TABLE employees; --"`;
    await importCsv('employees', [EMPLOYEE_HEADER, employee('198707072013031001', name)].join('\n')).expect(200);
    const stored = await app
      .http()
      .get('/employees/198707072013031001')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(stored.body.name).toBe("<script>alert(1)</script>'); DROP TABLE employees; --");
    expect(await count('employees')).toBeGreaterThan(900);
  });

  it.each([
    ['an empty file', '', 400, 'EMPTY_FILE'],
    ['a header only', `${EMPLOYEE_HEADER}\n`, 200, undefined],
    ['malformed CSV', `${EMPLOYEE_HEADER}\n"unclosed,quote\n`, 400, 'MALFORMED_CSV'],
  ])('%s', async (_what, body, status, code) => {
    const response = await importCsv('employees', body).expect(status);
    if (code) expect(response.body.code).toBe(code);
  });

  it('refuses another content type', async () => {
    const response = await app
      .http()
      .post('/imports/regions')
      .set('authorization', `Bearer ${admin}`)
      .send({ code: '99' })
      .expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a file over the body limit and imports none of it', async () => {
    const before = await count('employees');
    const rows = [EMPLOYEE_HEADER];
    for (let i = 0; rows.join('\n').length < 9 * 1024 * 1024; i++) {
      const block = Array.from({ length: 1000 }, (_, j) =>
        employee(`1990010120150110${String((i * 1000 + j) % 1000).padStart(2, '0')}`, 'x'.repeat(80)),
      );
      rows.push(...block);
    }
    const response = await importCsv('employees', rows.join('\n'));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('BODY_TOO_LARGE');
    expect(await count('employees')).toBe(before);
  });

  it('lets an operator import only rows of their own agencies, and no regions', async () => {
    const foreign = [EMPLOYEE_HEADER, employee('199202022017011001', 'Foreign', { positionId: 'P000005' })].join('\n');
    const response = await importCsv('employees', foreign, operator).expect(422);
    expect(response.body.rejected[0]).toMatchObject({ line: 2, code: 'OUT_OF_SCOPE' });
    const own = [EMPLOYEE_HEADER, employee('199202022017011001', 'Own')].join('\n');
    await importCsv('employees', own, operator).expect(200);
    const regions = await importCsv('regions', readFileSync(join(DEMO, 'regions.csv')), operator).expect(403);
    expect(regions.body.code).toBe('IMPORT_NOT_ALLOWED');
  });

  it('answers an unknown kind with 404', async () => {
    const response = await importCsv('salaries', 'a\n1\n').expect(404);
    expect(response.body.code).toBe('UNKNOWN_IMPORT_KIND');
  });
});
