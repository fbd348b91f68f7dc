import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

/** Browser sessions (cookie + CSRF) and the web app served under /app/. */
describe('browser session and web app serving', () => {
  let app: TestApp;
  const webDir = mkdtempSync(join(tmpdir(), 'mutasi-web-'));

  beforeAll(async () => {
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>mutasi app</title>');
    app = await startTestApp('browser_session', {
      env: { WEB_DIST_DIR: webDir, PUBLIC_URL: 'https://mutasi.example.go.id' },
    });
  });
  afterAll(() => app.close());

  async function browserLogin() {
    const response = await app
      .http()
      .post('/auth/session')
      .send({ username: 'operator-99-71', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    const cookies = response.headers['set-cookie'] as unknown as string[];
    return { response, cookies, cookieHeader: cookies.map((c) => c.split(';')[0]).join('; ') };
  }

  it('sets an httpOnly, SameSite=Strict, Secure session cookie and answers the user and a CSRF token', async () => {
    const { response, cookies } = await browserLogin();
    const session = cookies.find((c) => c.startsWith('mutasi_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).toMatch(/Secure/);
    expect(response.body.user.username).toBe('operator-99-71');
    expect(response.body).not.toHaveProperty('accessToken');
    expect(cookies.find((c) => c.startsWith('mutasi_csrf='))).toContain(`mutasi_csrf=${response.body.csrfToken}`);
  });

  it('reads with the cookie alone, and writes only with the CSRF header repeating the cookie', async () => {
    const { response, cookieHeader } = await browserLogin();
    expect((await app.http().get('/me').set('cookie', cookieHeader)).body.username).toBe('operator-99-71');
    const body = {
      employeeNip: '199011082014031006',
      targetPositionId: 'P000236',
      reason: 'x',
      requestedEffectiveDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    };
    const without = await app.http().post('/transfers/preview').set('cookie', cookieHeader).send(body);
    expect(without.status).toBe(403);
    expect(without.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(without.body.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await app
      .http()
      .post('/transfers/preview')
      .set('cookie', cookieHeader)
      .set('x-csrf-token', 'nope')
      .send(body);
    expect(wrong.body.code).toBe('CSRF_TOKEN_INVALID');
    const right = await app
      .http()
      .post('/transfers/preview')
      .set('cookie', cookieHeader)
      .set('x-csrf-token', response.body.csrfToken as string)
      .send(body);
    expect(right.status).toBe(200);
    expect(right.body.kind).toBe('B');
  });

  it('keeps accepting bearer tokens without a CSRF token', async () => {
    const token = await app.token('operator-99-71');
    const me = await app.http().get('/me').set('authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
  });

  it('clears both cookies on logout', async () => {
    const response = await app.http().delete('/auth/session');
    expect(response.status).toBe(204);
    const cookies = response.headers['set-cookie'] as unknown as string[];
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) expect(cookie).toMatch(/Max-Age=0/);
  });

  it('serves the app under /app/, deep links included, and sends / there', async () => {
    const root = await app.http().get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/app/');
    for (const path of ['/app/', '/app/transfers/0b9c3a4e-7d2f-4c1a-9e55-3f8d2b6a1c00', '/app/inbox']) {
      const page = await app.http().get(path);
      expect(page.status).toBe(200);
      expect(page.text).toContain('mutasi app');
    }
  });

  it('answers malformed list queries with 400 problem+json', async () => {
    const token = await app.token('operator-99-71');
    for (const path of [
      '/places?positionIds=',
      '/employees/search?limit=0',
      '/workload/positions?shortageOnly=maybe',
    ]) {
      const response = await app.http().get(path).set('authorization', `Bearer ${token}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
