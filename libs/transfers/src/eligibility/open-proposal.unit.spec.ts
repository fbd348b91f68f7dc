import { DEFAULT_ELIGIBILITY_CONFIG as config } from './eligibility-config';
import { eligibilityInput } from '../testing/eligibility-input';
import { openProposal } from './open-proposal';

describe('OPEN_PROPOSAL_EXISTS', () => {
  it('passes an employee without an open proposal', () => {
    expect(openProposal(eligibilityInput(), config)).toBeNull();
  });

  it('blocks a second proposal, naming the open one', () => {
    const pending = { ofEmployee: ['11111111-1111-4111-8111-111111111111'], intoTargetPosition: [] };
    expect(openProposal(eligibilityInput({ pending }), config)).toMatchObject({
      code: 'OPEN_PROPOSAL_EXISTS',
      level: 'blocking',
      details: { openProposalId: '11111111-1111-4111-8111-111111111111' },
    });
  });
});
