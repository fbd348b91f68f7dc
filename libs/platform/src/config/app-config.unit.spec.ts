import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('trusts no proxy unless TRUST_PROXY names them, and refuses what is not an address', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('remembers session checks for 2 s by default, at most 5 s', () => {
    expect(loadConfig({}).sessionCheckCacheMs).toBe(2000);
    expect(() => loadConfig({ SESSION_CHECK_CACHE_MS: '60000' })).toThrow(ConfigError);
  });

  it('takes a metrics token only when it is long enough to be a secret', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('waits 6 months before an evaluation by default; EVALUATION_PERIOD_MONTHS is a whole number of months 1–60', () => {
    expect(loadConfig({}).evaluationPeriodMonths).toBe(6);
    expect(loadConfig({ EVALUATION_PERIOD_MONTHS: '3' }).evaluationPeriodMonths).toBe(3);
    expect(() => loadConfig({ EVALUATION_PERIOD_MONTHS: '0' })).toThrow(/EVALUATION_PERIOD_MONTHS/);
    expect(() => loadConfig({ EVALUATION_PERIOD_MONTHS: 'six' })).toThrow(/EVALUATION_PERIOD_MONTHS/);
  });
});
