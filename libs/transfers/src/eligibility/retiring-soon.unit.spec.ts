import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { retiringSoon } from './retiring-soon';

describe('ELIGIBILITY_RETIRING_SOON', () => {
  const pelaksana = { type: 'pelaksana' as const, title: 'Pengolah Data dan Informasi' };

  it('warns when BUP is reached within 2 years of the effective date', () => {
    const input = eligibilityInput({ employee: { birthDate: '1970-12-15' }, targetPosition: pelaksana });
    expect(retiringSoon(input, config)).toMatchObject({
      code: 'ELIGIBILITY_RETIRING_SOON',
      level: 'warning',
      details: { retirementAge: 58, reachesAgeOn: '2028-12-15', pensionDate: '2029-01-01' },
    });
  });

  it('passes someone further from retirement', () => {
    const input = eligibilityInput({ employee: { birthDate: '1971-01-02' }, targetPosition: pelaksana });
    expect(retiringSoon(input, config)).toBeNull();
  });

  it('uses the BUP of the target position: 60 for JPT and Ahli Madya, 65 for Ahli Utama', () => {
    const employee = { birthDate: '1970-06-01' };
    expect(retiringSoon(eligibilityInput({ employee, targetPosition: pelaksana }), config)).not.toBeNull();
    expect(
      retiringSoon(
        eligibilityInput({ employee, targetPosition: { type: 'jpt_pratama', title: 'Kepala Dinas' } }),
        config,
      ),
    ).toBeNull();
    const madya = { type: 'fungsional_ahli' as const, title: 'Analis Kebijakan Ahli Madya' };
    expect(retiringSoon(eligibilityInput({ employee, targetPosition: madya }), config)).toBeNull();
    const utama = { type: 'fungsional_ahli' as const, title: 'Analis Kebijakan Ahli Utama' };
    const older = { birthDate: '1965-06-01' };
    expect(retiringSoon(eligibilityInput({ employee: older, targetPosition: utama }), config)).toBeNull();
    expect(retiringSoon(eligibilityInput({ employee: older, targetPosition: madya }), config)).not.toBeNull();
  });
});
