import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { targetShortage } from './target-shortage';

describe('ELIGIBILITY_NO_SHORTAGE / ELIGIBILITY_NO_WORKLOAD_ANALYSIS', () => {
  const workload = (required: number, actual: number) => ({ positionId: 'P000236', required, actual });

  it('passes a target short of staff', () => {
    expect(targetShortage(eligibilityInput({ targetPositionWorkload: workload(5, 4) }), config)).toBeNull();
  });

  it('blocks a target with no shortage', () => {
    expect(targetShortage(eligibilityInput({ targetPositionWorkload: workload(5, 5) }), config)).toMatchObject({
      code: 'ELIGIBILITY_NO_SHORTAGE',
      level: 'blocking',
      details: { required: 5, actual: 5 },
    });
  });

  it('warns when the target has no workload analysis', () => {
    expect(targetShortage(eligibilityInput({ targetPositionWorkload: null }), config)).toMatchObject({
      code: 'ELIGIBILITY_NO_WORKLOAD_ANALYSIS',
      level: 'warning',
    });
  });
});
