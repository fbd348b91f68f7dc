import { contextKnowing, issuesOf } from './test-context';
import { validateUserRow } from './user-row';

const context = contextKnowing({
  agencies: ['pemkab-99-02', 'bkn'],
  positions: ['P000089', 'P000371'],
  employees: ['199011082014031006'],
});
const approver = {
  username: 'kepala-bkpsdm-p000089',
  password: 'mutasi-demo-2026',
  displayName: 'Ahmad Pratama, S.E.',
  email: 'ahmad.pratama@pemkab-99-02.mutasi.example',
  roles: 'approver',
  agencyIds: 'pemkab-99-02',
  positionIds: 'P000089',
  employeeNip: '',
  language: 'id',
};
const admin = {
  ...approver,
  username: 'admin',
  roles: 'admin',
  agencyIds: '*',
  positionIds: '',
  email: 'admin@mutasi.example',
};
const employee = {
  ...approver,
  username: 'asn-199011082014031006',
  roles: 'employee',
  agencyIds: '',
  positionIds: '',
  employeeNip: '199011082014031006',
};

describe('validateUserRow', () => {
  it('given an approver, then a typed record', () => {
    expect(validateUserRow(approver, context)).toEqual({
      ok: true,
      value: {
        username: 'kepala-bkpsdm-p000089',
        password: 'mutasi-demo-2026',
        displayName: 'Ahmad Pratama, S.E.',
        email: 'ahmad.pratama@pemkab-99-02.mutasi.example',
        roles: ['approver'],
        agencyIds: ['pemkab-99-02'],
        positionIds: ['P000089'],
        employeeNip: null,
        language: 'id',
      },
    });
  });

  it('given agencyIds *, then all agencies', () => {
    expect(validateUserRow(admin, context)).toMatchObject({ ok: true, value: { agencyIds: '*', positionIds: [] } });
  });

  it('given an employee account without agencies, then valid', () => {
    expect(validateUserRow(employee, context)).toMatchObject({
      ok: true,
      value: { roles: ['employee'], agencyIds: [], employeeNip: '199011082014031006' },
    });
  });

  it('given two roles, then both', () => {
    const kanreg = { ...approver, roles: 'approver;consultant', agencyIds: 'bkn', positionIds: 'P000371' };
    expect(validateUserRow(kanreg, context)).toMatchObject({ ok: true, value: { roles: ['approver', 'consultant'] } });
  });

  it('given a password with spaces around it, then it is kept exactly', () => {
    expect(validateUserRow({ ...approver, password: '  rahasia kita ' }, context)).toMatchObject({
      value: { password: '  rahasia kita ' },
    });
  });

  it('given an empty language, then null (the default applies) and en is accepted', () => {
    expect(validateUserRow({ ...approver, language: '' }, context)).toMatchObject({ value: { language: null } });
    expect(validateUserRow({ ...approver, language: 'en' }, context)).toMatchObject({ value: { language: 'en' } });
  });

  it.each(['username', 'password', 'displayName', 'email', 'roles'])('given no %s, then MISSING_FIELD', (field) => {
    expect(issuesOf(validateUserRow({ ...approver, [field]: '' }, context))).toContainEqual(['MISSING_FIELD', field]);
  });

  it.each(['kepala bkpsdm', 'budi/admin', 'ä'])('given username %p, then INVALID_USERNAME', (username) => {
    expect(issuesOf(validateUserRow({ ...approver, username }, context))).toEqual([['INVALID_USERNAME', 'username']]);
  });

  it('given a bad email, then INVALID_EMAIL', () => {
    expect(issuesOf(validateUserRow({ ...approver, email: 'ahmad@' }, context))).toEqual([['INVALID_EMAIL', 'email']]);
  });

  it('given an unknown role, then INVALID_ROLE', () => {
    expect(issuesOf(validateUserRow({ ...approver, roles: 'approver;superuser' }, context))).toEqual([
      ['INVALID_ROLE', 'roles'],
    ]);
  });

  it('given an unknown agency, then UNKNOWN_AGENCY', () => {
    expect(issuesOf(validateUserRow({ ...approver, agencyIds: 'pemkab-99-02;pemkab-99-09' }, context))).toEqual([
      ['UNKNOWN_AGENCY', 'agencyIds'],
    ]);
  });

  it('given * together with an agency, then INVALID_LIST', () => {
    expect(issuesOf(validateUserRow({ ...admin, agencyIds: '*;bkn' }, context))).toEqual([
      ['INVALID_LIST', 'agencyIds'],
    ]);
  });

  it('given an unknown position, then UNKNOWN_POSITION', () => {
    expect(issuesOf(validateUserRow({ ...approver, positionIds: 'P999999' }, context))).toEqual([
      ['UNKNOWN_POSITION', 'positionIds'],
    ]);
  });

  it('given an unknown employee, then UNKNOWN_EMPLOYEE', () => {
    expect(issuesOf(validateUserRow({ ...employee, employeeNip: '199011082014031007' }, context))).toEqual([
      ['UNKNOWN_EMPLOYEE', 'employeeNip'],
    ]);
  });

  it('given a language other than id or en, then INVALID_LANGUAGE', () => {
    expect(issuesOf(validateUserRow({ ...approver, language: 'jv' }, context))).toEqual([
      ['INVALID_LANGUAGE', 'language'],
    ]);
  });

  it('given role employee without employeeNip, then MISSING_FIELD', () => {
    expect(issuesOf(validateUserRow({ ...employee, employeeNip: '' }, context))).toEqual([
      ['MISSING_FIELD', 'employeeNip'],
    ]);
  });

  it('given role approver without positions, then MISSING_FIELD', () => {
    expect(issuesOf(validateUserRow({ ...approver, positionIds: '' }, context))).toEqual([
      ['MISSING_FIELD', 'positionIds'],
    ]);
  });

  it('given role operator without agencies, then MISSING_FIELD; with *, valid', () => {
    const operator = { ...admin, username: 'operator-99-02', roles: 'operator', agencyIds: '' };
    expect(issuesOf(validateUserRow(operator, context))).toEqual([['MISSING_FIELD', 'agencyIds']]);
    expect(issuesOf(validateUserRow({ ...operator, agencyIds: '*' }, context))).toEqual([]);
  });
});
