import { ConfigError } from '@mutasi/platform';
import { DEFAULT_TEMPLATES_DIR, loadNotificationsConfig } from './notifications-config';
import { messageIdDomain } from './queue/deliver-notification';

describe('notification settings', () => {
  it('has working defaults, with the templates next to the library (in the sources and in dist)', () => {
    const config = loadNotificationsConfig({});
    expect(config).toMatchObject({
      attempts: 8,
      backoffMs: 30000,
      rateMax: 100,
      rateDurationMs: 1000,
      concurrency: 10,
    });
    expect(config.templatesDir).toBe(DEFAULT_TEMPLATES_DIR);
    expect(DEFAULT_TEMPLATES_DIR).toMatch(/libs\/notifications\/templates$/);
  });

  it('stops with every bad value named', () => {
    expect(() => loadNotificationsConfig({ MAIL_ATTEMPTS: '0', MAIL_RATE_MAX: 'many' })).toThrow(ConfigError);
    expect(() => loadNotificationsConfig({ MAIL_ATTEMPTS: '0', MAIL_RATE_MAX: 'many' })).toThrow(
      /MAIL_ATTEMPTS must be a whole number from 1 to 100, got "0"[\s\S]*MAIL_RATE_MAX/,
    );
  });

  it('takes the Message-ID domain from the sender address', () => {
    expect(messageIdDomain('mutasi <no-reply@bkpsdm.example.go.id>')).toBe('bkpsdm.example.go.id');
    expect(messageIdDomain('no-reply@mutasi.local')).toBe('mutasi.local');
  });
});
