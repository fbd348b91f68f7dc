import { JwtService } from '@nestjs/jwt';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

/** Sessions end at once when rights change, the account is disabled, or the user logs out. */

const BAMBANG = '199011082014031006';
const OPERATOR = 'operator-99-71';
const OPERATOR_ROW = `${OPERATOR},${DEMO_PASSWORD},Operator BKPSDM Lestari,operator@pemkab-99-71.mutasi.example`;
const METRICS_TOKEN = 'scraper-secret-for-the-sessions-test-0123456789';
const HEADER = 'username,password,displayName,email,roles,agencyIds,positionIds,employeeNip,language';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('sessions', { env: { METRICS_TOKEN: METRICS_TOKEN } });
}, 120_000);

afterAll(async () => app?.close());

async function login(username: string): Promise<string> {
  const response = await app.http().post('/auth/login').send({ username, password: DEMO_PASSWORD });
  expect(response.status).toBe(200);
  return response.body.accessToken as string;
}

const me = (token: string) => app.http().get('/me').set('authorization', `Bearer ${token}`);

/**
 * Waits until the token is refused. A change made through another process reaches the session
 * check within SESSION_CHECK_CACHE_MS (2 s); the deadline only ends the wait on code that never
 * refuses.
 */
async function untilRefused(token: string): Promise<{ status: number; code: string }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await me(token);
    if (response.status !== 200 || Date.now() > deadline) return { status: response.status, code: response.body.code };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function importUsers(csv: string): Promise<void> {
  const response = await app
    .http()
    .post('/imports/users')
    .set('authorization', `Bearer ${await app.token('admin')}`)
    .set('content-type', 'text/csv')
    .send(csv);
  expect(response.status).toBe(200);
}

describe('revoked rights', () => {
  it('a token issued before the user was re-imported without rights cannot withdraw a proposal', async () => {
    const client = new TransferClient(app);
    const proposed = await client.propose(OPERATOR, BAMBANG, 'P000236');
    expect(proposed.status).toBe(201);
    const oldToken = await app.token(OPERATOR);

    await importUsers(`${HEADER}\n${OPERATOR_ROW},employee,,,${BAMBANG},id\n`);

    expect(await untilRefused(oldToken)).toEqual({ status: 401, code: 'SESSION_ENDED' });
    const withdrawal = await app
      .http()
      .post(`/transfers/${proposed.body.id}/withdraw`)
      .set('authorization', `Bearer ${oldToken}`)
      .send({ reason: 'Ditarik dengan token lama' });
    expect({ status: withdrawal.status, code: withdrawal.body.code }).toEqual({ status: 401, code: 'SESSION_ENDED' });
    const pool = app.db.pool({ max: 1 });
    const { rows } = await pool.query<{ type: string }>('SELECT type FROM es_events WHERE stream_id = $1', [
      `transfer-${proposed.body.id}`,
    ]);
    await pool.end();
    expect(rows.map((r) => r.type)).not.toContain('ProposalWithdrawn');

    const fresh = await login(OPERATOR);
    expect((await me(fresh)).body.roles).toEqual(['employee']);
  });

  it('a re-import that changes nothing keeps the sessions', async () => {
    const token = await login('operator-99-03');
    await importUsers(
      `${HEADER}\noperator-99-03,${DEMO_PASSWORD},Operator BKPSDM Danau Biru,operator@pemkab-99-03.mutasi.example,operator,pemkab-99-03,,,id\n`,
    );
    const after = await me(token);
    expect(after.status).toBe(200);
  });
});

describe('disabling an account', () => {
  it('ends its sessions and refuses its logins until it is enabled again', async () => {
    const token = await login('operator-99-04');
    const admin = await app.token('admin');
    const disabled = await app
      .http()
      .post('/users/operator-99-04/disable')
      .set('authorization', `Bearer ${admin}`)
      .send();
    expect(disabled.body).toEqual({ username: 'operator-99-04', disabled: true, changed: true });
    // Disabled through this process: refused at once, not after the cache bound.
    const refused = await me(token);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 401, code: 'SESSION_ENDED' });
    const loginWhileDisabled = await app
      .http()
      .post('/auth/login')
      .send({ username: 'operator-99-04', password: DEMO_PASSWORD });
    expect(loginWhileDisabled.status).toBe(401);
    expect(loginWhileDisabled.body.code).toBe('INVALID_CREDENTIALS');

    await app.http().post('/users/operator-99-04/enable').set('authorization', `Bearer ${admin}`).send().expect(200);
    expect((await me(await login('operator-99-04'))).status).toBe(200);
    expect(refused.body.detail).toMatch(/Sesi telah berakhir.* \/ The session has ended/);
  });

  it('is for admins only and names an unknown user', async () => {
    const asOperator = await app
      .http()
      .post('/users/admin/disable')
      .set('authorization', `Bearer ${await app.token('operator-99-02')}`)
      .send();
    expect(asOperator.status).toBe(403);
    const unknown = await app
      .http()
      .post('/users/nobody-here/disable')
      .set('authorization', `Bearer ${await app.token('admin')}`)
      .send();
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'USER_NOT_FOUND' });
  });
});

describe('logout', () => {
  it('ends the session at once and leaves the user’s other sessions', async () => {
    const first = await login('operator-99-01');
    const second = await login('operator-99-01');
    await app.http().post('/auth/logout').set('authorization', `Bearer ${first}`).send().expect(204);
    const after = await me(first);
    expect({ status: after.status, code: after.body.code }).toEqual({ status: 401, code: 'SESSION_ENDED' });
    expect((await me(second)).status).toBe(200);
  });

  it('with scope=everywhere ends every session of the user', async () => {
    const first = await login('operator-98');
    const second = await login('operator-98');
    await app.http().post('/auth/logout?scope=everywhere').set('authorization', `Bearer ${first}`).send().expect(204);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    expect((await me(await login('operator-98'))).status).toBe(200);
  });
});

describe('tokens', () => {
  const jwt = new JwtService();
  const claimsOf = (token: string) => jwt.decode<Record<string, unknown>>(token);
  const sign = (claims: Record<string, unknown>) =>
    jwt.sign(claims, { secret: app.config.jwtSecret, algorithm: 'HS256' });

  it('carry a session version and a session id, and are refused without exp', async () => {
    const token = await login('auditor');
    const { exp, iat, ...claims } = claimsOf(token);
    expect(typeof exp).toBe('number');
    expect(typeof iat).toBe('number');
    expect(claims).toEqual(
      expect.objectContaining({ sub: 'auditor', sv: expect.any(Number), sid: expect.any(String) }),
    );
    const withoutExp = sign(claims);
    const response = await me(withoutExp);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code: 'INVALID_TOKEN' });
    expect((await me(token)).status).toBe(200);
  });

  it('of an earlier version (no session version) are refused', async () => {
    const claims = claimsOf(await login('auditor'));
    delete claims.sv;
    delete claims.sid;
    const old = sign(claims);
    expect((await me(old)).status).toBe(401);
  });
});

describe('login throttling over HTTP', () => {
  it('answers 429 with Retry-After once an address keeps failing on a username, in both languages', async () => {
    const attempt = (password: string) => app.http().post('/auth/login').send({ username: 'operator-98-01', password });
    const statuses: number[] = [];
    let throttled = await attempt('salah');
    // Each failure past the free ones doubles the wait, so a 429 comes however slow the machine.
    while (throttled.status === 401 && statuses.length < 30) {
      statuses.push(throttled.status);
      throttled = await attempt('salah');
    }
    expect(statuses.length).toBeGreaterThanOrEqual(6);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(throttled.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(throttled.headers['retry-after'])).toBe(throttled.body.retryAfterSeconds);
    expect(throttled.body.detail).toMatch(/^Terlalu banyak percobaan masuk.* \/ Too many login attempts/);
    // Without TRUST_PROXY a client cannot pretend to come from elsewhere.
    const forged = await app
      .http()
      .post('/auth/login')
      .set('x-forwarded-for', '198.51.100.9')
      .send({ username: 'operator-98-01', password: DEMO_PASSWORD });
    expect(forged.status).toBe(429);
    // Another user from the same address is not affected.
    expect(
      (await app.http().post('/auth/login').send({ username: 'operator-98', password: DEMO_PASSWORD })).status,
    ).toBe(200);
  });
});

describe('metrics', () => {
  const metrics = (authorization?: string) => {
    const request = app.http().get('/metrics');
    return authorization ? request.set('authorization', authorization) : request;
  };

  it('are for admins and for the scraper holding METRICS_TOKEN', async () => {
    expect((await metrics()).status).toBe(401);
    expect((await metrics(`Bearer ${await app.token('auditor')}`)).status).toBe(403);
    expect((await metrics('Bearer not-the-secret')).status).toBe(401);
    const asAdmin = await metrics(`Bearer ${await app.token('admin')}`);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.text).toContain('http_request_duration');
    expect((await metrics(`Bearer ${METRICS_TOKEN}`)).status).toBe(200);
  });
});
