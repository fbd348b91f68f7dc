import { isEmailAddress } from './email';

describe('isEmailAddress', () => {
  it.each(['siti.rahmawati@pemkab-99-01.mutasi.example', 'admin@mutasi.example', 'a+b@x.id'])('accepts %s', (text) => {
    expect(isEmailAddress(text)).toBe(true);
  });

  it.each([
    ['no @', 'admin.mutasi.example'],
    ['two @', 'a@b@mutasi.example'],
    ['no domain dot', 'admin@localhost'],
    ['a space', 'siti rahmawati@mutasi.example'],
    ['a display name', 'Siti <siti@mutasi.example>'],
    ['an empty local part', '@mutasi.example'],
    ['a trailing dot', 'admin@mutasi.example.'],
  ])('refuses an address with %s', (_what, text) => {
    expect(isEmailAddress(text)).toBe(false);
  });
});
