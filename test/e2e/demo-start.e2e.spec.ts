import { startTestApp, type TestApp } from '../support/test-app';

describe('a fresh start with the demo data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('demo_start');
  });
  afterAll(() => app.close());

  it('is healthy and documents its API', async () => {
    const health = await app.http().get('/health').expect(200);
    expect(health.body).toEqual({ status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } });
    const docs = await app.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/me', '/imports/{kind}', '/workload/units', '/workload/summary']),
    );
  });

  it('imports the demo data and lets an operator read the workload of their agency', async () => {
    const token = await app.token('operator-99-02');
    const me = await app.http().get('/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ username: 'operator-99-02', roles: ['operator'], agencyIds: ['pemkab-99-02'] });

    const units = await app.http().get('/workload/units').set('authorization', `Bearer ${token}`).expect(200);
    expect(units.body.length).toBeGreaterThan(0);
    expect(new Set(units.body.map((u: { agencyId: string }) => u.agencyId))).toEqual(new Set(['pemkab-99-02']));
    for (const unit of units.body) {
      expect(unit).toEqual(
        expect.objectContaining({
          required: expect.any(Number),
          actual: expect.any(Number),
          pendingIn: 0,
          pendingOut: 0,
        }),
      );
    }
  });
});
