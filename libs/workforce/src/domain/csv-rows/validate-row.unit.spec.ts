import { contextKnowing, issuesOf } from './test-context';
import { validateRow } from './validate-row';

const context = contextKnowing({ agencies: ['pemkab-99-02'], units: { U000035: 'pemkab-99-02' } });
const unit = { id: 'U000040', agencyId: 'pemkab-99-02', name: 'Dinas Sosial', parentUnitId: '' };

describe('validateRow: control characters', () => {
  it('given plain text, then the kind’s own validation applies', () => {
    expect(validateRow('units', unit, context).ok).toBe(true);
  });

  it.each([
    ['a line feed', 'Dinas\nBcc: victim@example.org'],
    ['a carriage return', 'Dinas\rSosial'],
    ['a tab', 'Dinas\tSosial'],
    ['a NUL', 'Dinas\u0000Sosial'],
    ['an escape', 'Dinas\u001b[31mSosial'],
    ['DEL', 'Dinas\u007fSosial'],
    ['a C1 control (NEL)', 'Dinas\u0085Sosial'],
  ])('given %s in a cell, then CONTROL_CHARACTER on that column', (_what, name) => {
    expect(issuesOf(validateRow('units', { ...unit, name }, context))).toEqual([['CONTROL_CHARACTER', 'name']]);
  });

  it('given non-ASCII letters, then no issue', () => {
    expect(validateRow('units', { ...unit, name: 'Dinas Sosial – Bagian Ñ Ü' }, context).ok).toBe(true);
  });
});
