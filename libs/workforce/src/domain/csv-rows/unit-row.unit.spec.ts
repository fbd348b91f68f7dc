import { contextKnowing, issuesOf } from './test-context';
import { validateUnitRow } from './unit-row';

const context = contextKnowing({
  agencies: ['pemkab-99-02', 'pemkab-99-71'],
  units: { U000035: 'pemkab-99-02', U000086: 'pemkab-99-71' },
});
const opd = {
  id: 'U000040',
  agencyId: 'pemkab-99-02',
  name: 'Dinas Kependudukan dan Pencatatan Sipil',
  parentUnitId: '',
};
const sub = { id: 'U000041', agencyId: 'pemkab-99-02', name: 'Bidang PIAK', parentUnitId: 'U000035' };

describe('validateUnitRow', () => {
  it('given an OPD, then a record without parent', () => {
    expect(validateUnitRow(opd, context)).toEqual({ ok: true, value: { ...opd, parentUnitId: null } });
  });

  it('given a sub-unit of a known unit of the same agency, then valid', () => {
    expect(validateUnitRow(sub, context)).toEqual({ ok: true, value: sub });
  });

  it.each(['id', 'agencyId', 'name'])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validateUnitRow({ ...opd, [field]: '' }, context))).toEqual([['MISSING_FIELD', field]]);
  });

  it('given an unknown agency, then UNKNOWN_AGENCY', () => {
    expect(issuesOf(validateUnitRow({ ...opd, agencyId: 'pemkab-99-09' }, context))).toEqual([
      ['UNKNOWN_AGENCY', 'agencyId'],
    ]);
  });

  it('given an unknown parent, then UNKNOWN_PARENT_UNIT', () => {
    expect(issuesOf(validateUnitRow({ ...sub, parentUnitId: 'U999999' }, context))).toEqual([
      ['UNKNOWN_PARENT_UNIT', 'parentUnitId'],
    ]);
  });

  it('given a unit that is its own parent, then INVALID_PARENT_UNIT', () => {
    expect(issuesOf(validateUnitRow({ ...sub, parentUnitId: sub.id }, context))).toEqual([
      ['INVALID_PARENT_UNIT', 'parentUnitId'],
    ]);
  });

  it('given a parent in another agency, then PARENT_UNIT_OTHER_AGENCY', () => {
    expect(issuesOf(validateUnitRow({ ...sub, parentUnitId: 'U000086' }, context))).toEqual([
      ['PARENT_UNIT_OTHER_AGENCY', 'parentUnitId'],
    ]);
  });

  it('given a context that cannot tell a unit agency, then the parent agency is not checked', () => {
    const withoutAgencies = { ...context, unitAgency: undefined };
    expect(issuesOf(validateUnitRow({ ...sub, parentUnitId: 'U000086' }, withoutAgencies))).toEqual([]);
  });
});
