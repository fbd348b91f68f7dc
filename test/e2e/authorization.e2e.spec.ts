import { startTestApp, type TestApp } from '../support/test-app';

/** One demo user per role, with the agency scope noted. */
const USERS = {
  admin: 'admin', // admin, *
  auditor: 'auditor', // auditor, *
  operator: 'operator-99-02', // operator, pemkab-99-02
  approver: 'sekretaris-daerah-p000002', // approver, pemprov-99
  consultant: 'kepala-kantor-regional-xv-bkn-p000371', // approver + consultant, bkn
  employee: 'asn-198804172011032007', // employee, no agency (Siti Rahmawati, pemkab-99-01)
} as const;
type Who = keyof typeof USERS | 'anonymous';

const OWN_NIP = '198804172011032007';
const PESISIR_NIP = '198501302009021004';

interface Case {
  name: string;
  method: 'get' | 'post';
  path: string;
  body?: string;
  type?: string;
  expected: Record<Who, number>;
}

const everyoneSignedIn = (status: number): Record<Who, number> => ({
  admin: status,
  auditor: status,
  operator: status,
  approver: status,
  consultant: status,
  employee: status,
  anonymous: 401,
});

const CASES: Case[] = [
  { name: 'health', method: 'get', path: '/health', expected: { ...everyoneSignedIn(200), anonymous: 200 } },
  { name: 'me', method: 'get', path: '/me', expected: everyoneSignedIn(200) },
  { name: 'regions', method: 'get', path: '/regions', expected: everyoneSignedIn(200) },
  { name: 'agencies', method: 'get', path: '/agencies', expected: everyoneSignedIn(200) },
  { name: 'units', method: 'get', path: '/units', expected: everyoneSignedIn(200) },
  { name: 'positions', method: 'get', path: '/positions', expected: everyoneSignedIn(200) },
  {
    name: 'employees of the caller’s scope',
    method: 'get',
    path: '/employees',
    expected: { ...everyoneSignedIn(200), consultant: 200, employee: 403 },
  },
  {
    name: 'an employee of Pesisir Timur',
    method: 'get',
    path: `/employees/${PESISIR_NIP}`,
    expected: { ...everyoneSignedIn(403), admin: 200, auditor: 200, operator: 200 },
  },
  {
    name: 'the employee’s own record',
    method: 'get',
    path: `/employees/${OWN_NIP}`,
    expected: { ...everyoneSignedIn(403), admin: 200, auditor: 200, employee: 200 },
  },
  {
    name: 'workload of units',
    method: 'get',
    path: '/workload/units',
    expected: { ...everyoneSignedIn(200), employee: 403 },
  },
  {
    name: 'workload of another agency',
    method: 'get',
    path: '/workload/units?agencyId=pemkab-99-71',
    expected: { ...everyoneSignedIn(403), admin: 200, auditor: 200 },
  },
  {
    name: 'workload summary',
    method: 'get',
    path: '/workload/summary',
    expected: { ...everyoneSignedIn(200), employee: 403 },
  },
  {
    name: 'import regions (admin only)',
    method: 'post',
    path: '/imports/regions',
    type: 'text/csv',
    body: 'code,name,level,parentCode\n99,Provinsi Nusa Lestari,province,\n',
    expected: { ...everyoneSignedIn(403), admin: 200 },
  },
  {
    name: 'import units (admins and operators of the agency)',
    method: 'post',
    path: '/imports/units',
    type: 'text/csv',
    body: 'id,agencyId,name,parentUnitId\nU000046,pemkab-99-02,Dinas Kependudukan dan Pencatatan Sipil,\n',
    expected: { ...everyoneSignedIn(403), admin: 200, operator: 200 },
  },
];

describe('authorization over every endpoint, role and scope', () => {
  let app: TestApp;
  const tokens = new Map<Who, string>();

  beforeAll(async () => {
    app = await startTestApp('authorization');
    for (const [who, username] of Object.entries(USERS)) tokens.set(who as Who, await app.token(username));
  });
  afterAll(() => app.close());

  const whos = [...Object.keys(USERS), 'anonymous'] as Who[];

  describe.each(CASES)('$method $path ($name)', (c) => {
    it.each(whos)('%s', async (who) => {
      let call = app.http()[c.method](c.path);
      const token = tokens.get(who);
      if (token) call = call.set('authorization', `Bearer ${token}`);
      if (c.type) call = call.set('content-type', c.type);
      const response = await (c.body === undefined ? call : call.send(c.body));
      expect({ who, status: response.status }).toEqual({ who, status: c.expected[who] });
      if (response.status >= 400) {
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(typeof response.body.code).toBe('string');
      }
    });
  });

  it('an auditor can never write', async () => {
    const response = await app
      .http()
      .post('/imports/employees')
      .set('authorization', `Bearer ${tokens.get('auditor')}`)
      .set('content-type', 'text/csv')
      .send('nip\n')
      .expect(403);
    expect(response.body.code).toBe('ROLE_REQUIRED');
  });

  it('refuses a forged or expired token', async () => {
    const [header, payload] = (tokens.get('operator') as string).split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const response = await app.http().get('/me').set('authorization', `Bearer ${forged}`).expect(401);
    expect(response.body.code).toBe('INVALID_TOKEN');
  });
});

describe('login', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('login', { seedDemo: true });
  });
  afterAll(() => app.close());

  const login = (username: string, password: string, address = '10.0.0.1') =>
    app.http().post('/auth/login').set('x-forwarded-for', address).send({ username, password });

  it('gives a wrong password and an unknown user the same answer', async () => {
    const wrong = await login('operator-99', 'wrong-password').expect(401);
    const unknown = await login('nobody-at-all', 'wrong-password').expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
  });

  it('never returns or stores the password in clear', async () => {
    const response = await login('operator-99', 'mutasi-demo-2026').expect(200);
    expect(JSON.stringify(response.body)).not.toContain('mutasi-demo-2026');
    const stored = await app.db.pool().query(`SELECT password_hash FROM users WHERE username = 'operator-99'`);
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('slows repeated failures on one username from one address with a clear 429', async () => {
    const statuses: number[] = [];
    let limited = await login('operator-99-01', 'guess');
    // Each failure past the free ones doubles the wait, so a 429 comes however slow the machine.
    while (limited.status === 401 && statuses.length < 30) {
      statuses.push(limited.status);
      limited = await login('operator-99-01', `guess-${statuses.length}`);
    }
    expect(statuses.length).toBeGreaterThanOrEqual(6);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'TOO_MANY_LOGIN_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
  });

  it('validates the body', async () => {
    const response = await app.http().post('/auth/login').send({ username: 'x' }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});
