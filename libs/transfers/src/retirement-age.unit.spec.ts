import { DEFAULT_RETIREMENT_AGES as ages, retirementAge, retirementDates } from './retirement-age';

describe('retirement age (BUP)', () => {
  it.each([
    ['jpt_pratama', 'Kepala Dinas Kesehatan', 60],
    ['administrator', 'Kepala Bidang', 58],
    ['pengawas', 'Kepala Subbagian', 58],
    ['pelaksana', 'Pengolah Data dan Informasi', 58],
    ['fungsional_ahli', 'Analis Kebijakan Ahli Utama', 65],
    ['fungsional_ahli', 'Perawat Ahli Madya', 60],
    ['fungsional_ahli', 'Pekerja Sosial Ahli Muda', 58],
    ['fungsional_keterampilan', 'Pranata Laboratorium Kesehatan Terampil', 58],
    ['official', 'Bupati Bukit Raya', null],
  ] as const)('%s %s → %s', (type, title, age) => {
    expect(retirementAge({ type, title }, ages)).toBe(age);
  });

  it('retires on the 1st of the month after reaching BUP', () => {
    expect(retirementDates('1970-11-23', 58)).toEqual({ reachesAgeOn: '2028-11-23', pensionDate: '2028-12-01' });
  });
});
