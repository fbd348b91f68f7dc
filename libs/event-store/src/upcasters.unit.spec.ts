import { UpcasterRegistry } from './upcasters';

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([
    { type: 'TransferProposed', fromVersion: 1, upcast: (d) => ({ ...d, attachments: [] }) },
    {
      type: 'TransferProposed',
      fromVersion: 2,
      upcast: ({ nip, ...rest }) => ({ ...rest, employeeNip: nip ?? null }),
    },
  ]);

  it('adds a new optional field with its default (v1 → v2)', () => {
    expect(registry.apply('TransferProposed', 2, { nip: '1' })).toEqual({
      schemaVersion: 3,
      data: { employeeNip: '1' },
    });
  });

  it('chains upcasters from the stored version to the latest (v1 → v3)', () => {
    expect(registry.apply('TransferProposed', 1, { nip: '1' })).toEqual({
      schemaVersion: 3,
      data: { employeeNip: '1', attachments: [] },
    });
  });

  it('leaves the latest version and other types alone', () => {
    expect(registry.apply('TransferProposed', 3, { employeeNip: '1' })).toEqual({
      schemaVersion: 3,
      data: { employeeNip: '1' },
    });
    expect(registry.apply('StageOpened', 1, { a: 1 })).toEqual({ schemaVersion: 1, data: { a: 1 } });
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() => registry.register({ type: 'TransferProposed', fromVersion: 1, upcast: (d) => d })).toThrow(
      /already registered/,
    );
  });
});
