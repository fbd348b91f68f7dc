import type { EligibilityResult, EligibilityRule } from './eligibility-rule';

/** An employee has at most one open proposal: a second would race the first for the same person. */
export const openProposal: EligibilityRule = ({ pending }): EligibilityResult | null => {
  const [openProposalId] = pending.ofEmployee;
  if (openProposalId === undefined) return null;
  return {
    code: 'OPEN_PROPOSAL_EXISTS',
    level: 'blocking',
    message: `Pegawai ini sudah memiliki usulan mutasi terbuka ${openProposalId} / This employee already has an open proposal ${openProposalId}`,
    details: { openProposalId },
  };
};
