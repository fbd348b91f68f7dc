import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';

const POSITION_HEADER = 'id,unitId,title,type,minRank,educationFields,annualWorkloadMinutes,chainRoles';
const UNIT_HEADER = 'id,agencyId,name,parentUnitId';
const EMPLOYEE_HEADER =
  'nip,name,gender,birthDate,status,rank,positionId,positionSince,civilServantSince,educationLevel,educationField,performanceRatings,disciplinaryUntil,onStudyLeave,email';
/** Rina Rahmawati, Asisten Administrasi Umum of Bukit Raya (pemkab-99-01), as in the demo file. */
const RINA =
  '198506062008092001,"Rina Rahmawati, S.AP.",F,1985-06-06,PNS,IV/d,P000044,2018-10-01,2009-01-01,S1,Administrasi Publik,baik;baik,,false,rina.rahmawati@pemkab-99-01.mutasi.example';
/** P000087 Pengadministrasi Perkantoran, Bagian Umum of Pesisir Timur (pemkab-99-02), as in the demo file. */
const P000087 =
  'P000087,U000037,Pengadministrasi Perkantoran,pelaksana,II/a,Administrasi Perkantoran;Manajemen,236927,';

describe('what an operator may import', () => {
  let app: TestApp;
  let operator: string;

  beforeAll(async () => {
    app = await startTestApp('imports-scope');
    operator = await app.token('operator-99-02');
  });
  afterAll(() => app.close());

  const query = (sql: string, params: unknown[] = []) => app.api.get(DataSource).query(sql, params);
  const position = async (id: string) =>
    (await query('SELECT unit_id, agency_id, title, chain_roles FROM positions WHERE id = $1', [id]))[0];
  const importCsv = (kind: string, lines: string[], token = operator, suffix = '') =>
    app
      .http()
      .post(`/imports/${kind}${suffix}`)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'text/csv')
      .send(`${lines.join('\n')}\n`);
  const importEvents = async () => Number((await query(`SELECT count(*)::int AS n FROM es_events`))[0].n);

  it('refuses to move another agency’s position into the operator’s agency, and writes nothing', async () => {
    const before = await position('P000052');
    const events = await importEvents();
    const response = await importCsv('positions', [
      POSITION_HEADER,
      P000087,
      'P000052,U000035,Hijacked position,pelaksana,II/a,,1,',
    ]).expect(422);
    expect(response.body.code).toBe('IMPORT_REJECTED');
    expect(response.body.rejected).toEqual([
      expect.objectContaining({ line: 3, code: 'OUT_OF_SCOPE', details: { key: 'P000052', agencyId: 'pemkab-99-01' } }),
    ]);
    expect(await position('P000052')).toEqual(before);
    expect(before).toMatchObject({ agency_id: 'pemkab-99-01', chain_roles: ['unit_head'] });
    expect(await importEvents()).toBe(events);
  });

  it('with ?partial=true keeps the rows in scope and rejects the others with their line', async () => {
    const response = await importCsv(
      'positions',
      [POSITION_HEADER, 'P000052,U000035,Hijacked position,pelaksana,II/a,,1,', P000087],
      operator,
      '?partial=true',
    ).expect(200);
    expect(response.body).toMatchObject({ imported: 1, rejectedCount: 1 });
    expect(response.body.rejected[0]).toMatchObject({ line: 2, code: 'OUT_OF_SCOPE' });
    expect(await position('P000052')).toMatchObject({ agency_id: 'pemkab-99-01', title: 'Kepala Dinas Pendidikan' });
  });

  it('refuses to move the operator’s own position into another agency', async () => {
    const response = await importCsv('positions', [
      POSITION_HEADER,
      'P000087,U000018,Pengadministrasi Perkantoran,pelaksana,II/a,,236927,',
    ]).expect(422);
    expect(response.body.rejected[0]).toMatchObject({ line: 2, code: 'OUT_OF_SCOPE' });
  });

  it('refuses to take over another agency’s unit or employee', async () => {
    const unit = await importCsv('units', [UNIT_HEADER, 'U000018,pemkab-99-02,Pimpinan Daerah,']).expect(422);
    expect(unit.body.rejected[0]).toMatchObject({ line: 2, code: 'OUT_OF_SCOPE' });
    const employee = await importCsv('employees', [EMPLOYEE_HEADER, RINA.replace('P000044', 'P000087')]).expect(422);
    expect(employee.body.rejected[0]).toMatchObject({ line: 2, code: 'OUT_OF_SCOPE' });
    const [stored] = await query(`SELECT position_id, agency_id FROM employees WHERE nip = '198506062008092001'`);
    expect(stored).toEqual({ position_id: 'P000044', agency_id: 'pemkab-99-01' });
  });

  it('refuses users, regions and agencies from an operator', async () => {
    for (const kind of ['users', 'regions', 'agencies']) {
      const response = await importCsv(kind, ['x']).expect(403);
      expect(response.body.code).toBe('IMPORT_NOT_ALLOWED');
    }
  });

  it('lets only an administrator set chain roles; an unchanged re-import is fine', async () => {
    const fake = await importCsv('positions', [POSITION_HEADER, `${P000087}ppk;personnel_head;tpk_member`]).expect(422);
    expect(fake.body.rejected[0]).toMatchObject({ line: 2, code: 'CHAIN_ROLES_ADMIN_ONLY', field: 'chainRoles' });
    const dropped = await importCsv('positions', [
      POSITION_HEADER,
      'P000084,U000036,Sekretaris Daerah,jpt_pratama,IV/c,Ilmu Pemerintahan;Administrasi Publik;Hukum,,',
    ]).expect(422);
    expect(dropped.body.rejected[0]).toMatchObject({ code: 'CHAIN_ROLES_ADMIN_ONLY' });
    await importCsv('positions', [
      POSITION_HEADER,
      'P000084,U000036,Sekretaris Daerah,jpt_pratama,IV/c,Ilmu Pemerintahan;Administrasi Publik;Hukum,,tpk_member;unit_head',
    ]).expect(200);
    expect((await position('P000087')).chain_roles).toEqual([]);
  });

  it('records an administrator’s change of chain roles with who, before and after, for the auditor', async () => {
    const admin = await app.token('admin');
    const response = await importCsv(
      'positions',
      [
        POSITION_HEADER,
        'P000086,U000037,Kepala Bagian Umum,administrator,IV/a,Administrasi Publik;Manajemen,,tpk_member',
      ],
      admin,
    ).expect(200);
    const [event] = await query(
      `SELECT data, metadata FROM es_events WHERE stream_id = 'position-P000086' AND type = 'PositionChainRolesChanged'`,
    );
    expect(event).toMatchObject({
      data: { positionId: 'P000086', before: [], after: ['tpk_member'], importEventId: response.body.eventId },
      metadata: { actorId: 'admin', actorRole: 'admin' },
    });
    const auditor = await app.token('auditor');
    const history = await app
      .http()
      .get('/positions/P000086/chain-role-history')
      .set('authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(history.body.changes).toEqual([
      expect.objectContaining({ before: [], after: ['tpk_member'], actorId: 'admin', actorRole: 'admin' }),
    ]);
    await app
      .http()
      .get('/positions/P000086/chain-role-history')
      .set('authorization', `Bearer ${operator}`)
      .expect(403);
    const exported = await app.http().get('/audit/export').set('authorization', `Bearer ${auditor}`).expect(200);
    expect(exported.text).toContain('"type":"PositionChainRolesChanged"');
  });

  it('rejects control characters in imported text, per line, with a code', async () => {
    const response = await importCsv('positions', [
      POSITION_HEADER,
      '"P000087","U000037","Pengadministrasi\nBcc: x@example.org","pelaksana","II/a","",236927,""',
      'P000088,U000037,Analis\tKebijakan,fungsional_ahli,III/c,,227955,',
    ]).expect(422);
    // A record is reported at the line it ends on: the quoted line break makes the first one end on line 3.
    expect(response.body.rejected).toEqual([
      expect.objectContaining({ line: 3, code: 'CONTROL_CHARACTER', field: 'title' }),
      expect.objectContaining({ line: 4, code: 'CONTROL_CHARACTER', field: 'title' }),
    ]);
  });
});
