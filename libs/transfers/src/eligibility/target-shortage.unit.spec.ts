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

describe('ELIGIBILITY_SHORTAGE_CLAIMED: open proposals into the target count against its shortage', () => {
  const workload = (required: number, actual: number) => ({ positionId: 'P000236', required, actual });
  const first = '11111111-1111-4111-8111-111111111111';
  const second = '22222222-2222-4222-8222-222222222222';

  it('passes while open proposals leave part of the shortage', () => {
    const pending = { ofEmployee: [], intoTargetPosition: [first] };
    expect(targetShortage(eligibilityInput({ targetPositionWorkload: workload(5, 3), pending }), config)).toBeNull();
  });

  it('warns, naming the first open proposal, when they already fill the single missing place', () => {
    const pending = { ofEmployee: [], intoTargetPosition: [first, second] };
    expect(targetShortage(eligibilityInput({ targetPositionWorkload: workload(5, 4), pending }), config)).toMatchObject(
      {
        code: 'ELIGIBILITY_SHORTAGE_CLAIMED',
        level: 'warning',
        details: {
          required: 5,
          actual: 4,
          pendingIn: 2,
          firstPendingTransferId: first,
          pendingTransferIds: `${first},${second}`,
        },
      },
    );
  });

  it('still blocks a target with no shortage at all', () => {
    const pending = { ofEmployee: [], intoTargetPosition: [first] };
    expect(targetShortage(eligibilityInput({ targetPositionWorkload: workload(5, 5), pending }), config)).toMatchObject(
      {
        code: 'ELIGIBILITY_NO_SHORTAGE',
      },
    );
  });
});
