import { isEducationLevel } from './education-level';
import { holdsNip, isEmployeeStatus } from './employee-status';
import { isGender } from './gender';

describe('gender', () => {
  it('accepts M and F only', () => {
    expect(['M', 'F', 'L', 'P', 'm', '1', ''].filter(isGender)).toEqual(['M', 'F']);
  });
});

describe('employee status', () => {
  it('accepts PNS, CPNS and PPPK only', () => {
    expect(['PNS', 'CPNS', 'PPPK', 'pns', 'ASN', 'honorer'].filter(isEmployeeStatus)).toEqual(['PNS', 'CPNS', 'PPPK']);
  });

  it('gives PNS and CPNS a NIP and a PPPK none', () => {
    expect(holdsNip('PNS')).toBe(true);
    expect(holdsNip('CPNS')).toBe(true);
    expect(holdsNip('PPPK')).toBe(false);
  });
});

describe('education level', () => {
  it('accepts school, diploma and degree levels', () => {
    expect(['SMA', 'D3', 'D4', 'S1', 'S3', 's1', 'Sarjana', 'D5'].filter(isEducationLevel)).toEqual([
      'SMA',
      'D3',
      'D4',
      'S1',
      'S3',
    ]);
  });
});
