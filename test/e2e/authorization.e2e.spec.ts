import { readFileSync } from 'node:fs';
import { ManualClock } from '@mutasi/platform';
import {
  AUTHORIZATION_MATRIX,
  markdownTableRows,
  matrixRows,
  OTHER_DOCUMENT,
  OTHER_PLAN,
  OTHER_TRANSFER,
  OWN_DOCUMENT,
  OWN_PLAN,
  OWN_TRANSFER,
  ROLES,
  type Probe,
  type Role,
  type RouteRule,
} from '../support/authorization-matrix';
import { uploadPdf } from '../support/documents';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

/** The callers of the matrix (see authorization-matrix.ts): all of pemkab-99-02 but the consultant (bkn) and the national ones. */
const USERS: Record<Role, string> = {
  operator: 'operator-99-02',
  approver: 'kepala-dinas-kependudukan-dan-pencatatan-p000110',
  consultant: 'kepala-kantor-regional-xv-bkn-p000371',
  employee: 'asn-199011082014031006',
  auditor: 'auditor',
  admin: 'admin',
};
type Who = Role | 'anonymous';
const WHOS: Who[] = [...ROLES, 'anonymous'];

/** What a caller must get: passed (any answer but 401/403, never 5xx) or refused with this status (and code). */
type Expected = { passes: true } | { passes: false; status: number; code?: string };

function expected(rule: RouteRule, who: Who, which: 'own' | 'other'): Expected {
  if (rule.access === 'public') return { passes: true };
  if (who === 'anonymous') return { passes: false, status: 401 };
  const reach = rule.access[who];
  if (reach === 'all' || (reach === 'own' && which === 'own')) return { passes: true };
  if (reach === 'own') return { passes: false, ...(rule.otherRefusal ?? { status: 403 }) };
  return { passes: false, status: 403 };
}

/** `GET /transfers/{id}` for an OpenAPI path and method. */
const routeOf = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe('authorization: every route of the OpenAPI document × role × own/other agency', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  const tokens = new Map<Who, string>();
  const placeholders = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp('authorization', { withWorker: true, clock });
    const client = new TransferClient(app);
    const ownDocument = await uploadPdf(app, 'operator-99-71', 'authorization-own');
    const otherDocument = await uploadPdf(app, 'operator-99-04', 'authorization-other');
    const own = await client.propose('operator-99-71', '199011082014031006', 'P000236', {
      attachments: [{ name: 'nota-usul.pdf', sha256: ownDocument }],
    });
    const other = await client.propose('operator-99-04', '199103212013091001', 'P000170', {
      attachments: [{ name: 'nota-usul.pdf', sha256: otherDocument }],
    });
    if (own.status !== 201 || other.status !== 201) {
      throw new Error(`proposals for the matrix: ${own.status} ${other.status} ${JSON.stringify(other.body)}`);
    }
    await client.detail(other.body.id);
    placeholders.set(OWN_TRANSFER, own.body.id).set(OTHER_TRANSFER, other.body.id);
    placeholders.set(OWN_DOCUMENT, ownDocument).set(OTHER_DOCUMENT, otherDocument);
    placeholders.set(OWN_PLAN, await draftPlan('operator-99-02', 'pemkab-99-02'));
    placeholders.set(OTHER_PLAN, await draftPlan('operator-99-04', 'pemkab-99-04'));
    for (const role of ROLES) tokens.set(role, await app.token(USERS[role]));
  });
  afterAll(() => app.close());

  it('has a rule for every route of the OpenAPI document, and none for a route it lacks', async () => {
    const document = await app.http().get('/docs/openapi.json').expect(200);
    const documented = Object.entries(document.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) =>
        Object.keys(operations)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => routeOf(method, path)),
    );
    const ruled = AUTHORIZATION_MATRIX.map((rule) => rule.route);
    expect({ missingFromTheMatrix: documented.filter((route) => !ruled.includes(route)) }).toEqual({
      missingFromTheMatrix: [],
    });
    expect({ notInTheDocument: ruled.filter((route) => !documented.includes(route)) }).toEqual({
      notInTheDocument: [],
    });
    expect(new Set(ruled).size).toBe(ruled.length);
  });

  it('is the table README.md shows under "What is scoped how"', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(markdownTableRows(readme, '### What is scoped how')).toEqual(matrixRows());
  });

  const fill = (text: string) =>
    [...placeholders].reduce((result, [key, value]) => result.split(key).join(value), text);

  async function call(rule: RouteRule, probe: Probe, who: Who) {
    const method = rule.route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    let request = app.http()[method](fill(probe.path));
    const token = who === 'anonymous' ? undefined : rule.freshToken ? await freshToken(USERS[who]) : tokens.get(who);
    if (token) request = request.set('authorization', `Bearer ${token}`);
    if (probe.type) request = request.set('content-type', probe.type);
    const body =
      typeof probe.body === 'string'
        ? probe.body
        : probe.body === undefined
          ? undefined
          : JSON.parse(fill(JSON.stringify(probe.body)));
    return body === undefined ? request : request.send(body);
  }

  async function draftPlan(operator: string, agencyId: string): Promise<string> {
    const response = await app
      .http()
      .post('/plans')
      .set('authorization', `Bearer ${await app.token(operator)}`)
      .send({ scope: { kind: 'agency', id: agencyId } });
    if (response.status !== 201)
      throw new Error(`plan for the matrix: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  }

  async function freshToken(username: string): Promise<string> {
    const response = await app.http().post('/auth/login').send({ username, password: DEMO_PASSWORD });
    return response.body.accessToken as string;
  }

  const cases = AUTHORIZATION_MATRIX.flatMap((rule) =>
    (['own', 'other'] as const)
      .filter((which) => which === 'own' || rule.other !== undefined)
      .map((which) => ({ rule, which, name: `${rule.route} (${which})` })),
  );

  describe.each(cases)('$name', ({ rule, which }) => {
    it.each(WHOS)('%s', async (who) => {
      const response = await call(rule, (which === 'own' ? rule.own : rule.other) as Probe, who);
      const want = expected(rule, who, which);
      const got = { who, status: response.status, code: response.body?.code as unknown };
      if (want.passes) {
        expect(got.status === 401 || got.status === 403 || got.status >= 500 ? got : 'passed').toBe('passed');
      } else {
        expect({ who, status: got.status }).toEqual({ who, status: want.status });
        if (want.code) expect(got.code).toBe(want.code);
      }
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

  it('refuses a forged token', async () => {
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
