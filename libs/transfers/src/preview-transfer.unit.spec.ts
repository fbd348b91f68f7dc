import { DomainError } from './domain-error';
import { previewProposal } from './preview-transfer';
import { proposalInput } from './testing/builders';
import { DEMO_TODAY } from './testing/demo-data';

const codeOf = (requestedEffectiveDate: string): string => {
  try {
    previewProposal({ ...proposalInput('199011082014031006', 'P000236'), requestedEffectiveDate }, DEMO_TODAY);
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'previewed';
};

describe('previewProposal checks the fields as proposing does', () => {
  it('previews a valid proposal', () => {
    expect(codeOf('2027-01-01')).toBe('previewed');
  });

  it.each([
    ['tomorrow', 'INVALID_DATE'],
    ['2026-02-30', 'INVALID_DATE'],
    ['', 'INVALID_DATE'],
    ['2026-11-01', 'EFFECTIVE_DATE_IN_PAST'],
    ['9999-12-31', 'EFFECTIVE_DATE_BEYOND_HORIZON'],
  ])('given the effective date "%s", then %s', (date, code) => {
    expect(codeOf(date)).toBe(code);
  });
});
