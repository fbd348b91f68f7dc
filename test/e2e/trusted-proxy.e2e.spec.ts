import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

/** Behind a reverse proxy named in TRUST_PROXY, login throttling keys on the client's address the proxy forwards. */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp('trusted_proxy', { env: { TRUST_PROXY: 'loopback' } });
}, 120_000);

afterAll(async () => app?.close());

const login = (password: string, forwardedFor: string) =>
  app.http().post('/auth/login').set('x-forwarded-for', forwardedFor).send({ username: 'operator-98-01', password });

it('throttles the guessing address and lets the owner in from their own', async () => {
  let attempts = 0;
  let answer = await login('salah', '203.0.113.7');
  // Each failure past the free ones doubles the wait, so a 429 comes however slow the machine.
  while (answer.status === 401 && attempts < 30) {
    attempts += 1;
    answer = await login('salah', '203.0.113.7');
  }
  expect(answer.status).toBe(429);
  expect((await login(DEMO_PASSWORD, '203.0.113.7')).status).toBe(429);
  expect((await login(DEMO_PASSWORD, '198.51.100.9')).status).toBe(200);
});
