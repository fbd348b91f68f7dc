import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { tenYearPledge } from './ten-year-pledge';

describe('ELIGIBILITY_TEN_YEAR_PLEDGE', () => {
  const pledged = { civilServantSince: '2023-06-01' };

  it('blocks a move to another agency within 10 years of PNS appointment', () => {
    expect(tenYearPledge(eligibilityInput({ employee: pledged }), config)).toMatchObject({
      code: 'ELIGIBILITY_TEN_YEAR_PLEDGE',
      level: 'blocking',
      details: { pledgeEnds: '2033-06-01' },
    });
  });

  it('allows a move inside the agency', () => {
    expect(tenYearPledge(eligibilityInput({ employee: pledged, targetAgencyId: 'pemkab-99-02' }), config)).toBeNull();
  });

  it('ends after 10 years', () => {
    const input = eligibilityInput({ employee: pledged, today: '2033-06-01' });
    expect(tenYearPledge(input, config)).toBeNull();
  });

  it('does not bind civil servants appointed before the pledge cohorts', () => {
    expect(tenYearPledge(eligibilityInput({ employee: { civilServantSince: '2018-12-01' } }), config)).toBeNull();
    const everyone = { ...config, pledgeAppliesToCivilServantsSince: '1900-01-01' };
    expect(tenYearPledge(eligibilityInput({ employee: { civilServantSince: '2018-12-01' } }), everyone)).not.toBeNull();
  });
});
