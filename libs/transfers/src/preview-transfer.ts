import type { CalendarDate } from '@mutasi/calendar';
import { chainSides, resolveChain } from './chain/resolve-chain';
import type { ResolvedStage } from './chain/resolved-chain';
import { DomainError } from './domain-error';
import { typedEntries } from './documents/document-entry';
import { blockingResults, checkEligibility } from './eligibility/check-eligibility';
import type { EligibilityInput, EligibilityResult } from './eligibility/eligibility-rule';
import type { ProposalInput } from './transfer-commands';
import { DEFAULT_TRANSFER_CONFIG, type TransferConfig } from './transfer-config';
import { transferKind, type TransferKind } from './transfer-kind';
import { validateProposalInput } from './commands/validate-proposal-input';

export type TransferPreview = {
  kind: TransferKind;
  eligibility: EligibilityResult[];
  chain: ResolvedStage[];
};

function eligibilityInput(input: ProposalInput, today: CalendarDate): EligibilityInput {
  const { employee, origin, target, requestedEffectiveDate, targetPositionWorkload, pending } = input;
  return {
    today,
    requestedEffectiveDate,
    employee,
    origin,
    target,
    targetPositionWorkload,
    pending,
    originRegionCalendar: input.originRegionCalendar,
    ministerialApproval: input.ministerialApproval ?? null,
  };
}

/**
 * What proposing would derive (kind, eligibility, chain) without refusing on blocking results;
 * throws CHAIN_ROLE_UNRESOLVED when the chain cannot be resolved.
 */
export function previewTransfer(
  input: ProposalInput,
  today: CalendarDate,
  config: TransferConfig = DEFAULT_TRANSFER_CONFIG,
  revision = 1,
): TransferPreview {
  const { origin, target, policy, directory } = input;
  const kind = transferKind(origin.agency, target.agency);
  return {
    kind,
    eligibility: checkEligibility(eligibilityInput(input, today), config.eligibility),
    chain: resolveChain(policy, kind, chainSides(origin, target), directory, revision),
  };
}

/**
 * The preview of a proposal as the client sends it: the same checks of its fields as proposing
 * (dates, reason, attachments, horizon), then what proposing would derive, blocking results shown
 * rather than refused.
 */
export function previewProposal(
  input: ProposalInput,
  today: CalendarDate,
  config: TransferConfig = DEFAULT_TRANSFER_CONFIG,
): TransferPreview {
  validateProposalInput(input, typedEntries(input.attachments), input.checklist, today, config);
  return previewTransfer(input, today, config);
}

/** Refuses a proposal any blocking rule fails, with the first such rule's code; then previews it. */
export function assessProposal(
  input: ProposalInput,
  today: CalendarDate,
  config: TransferConfig,
  revision: number,
): TransferPreview {
  const results = checkEligibility(eligibilityInput(input, today), config.eligibility);
  const [first, ...others] = blockingResults(results);
  if (first !== undefined) {
    throw new DomainError(first.code, first.message, {
      ...first.details,
      blocking: [first, ...others].map((result) => result.code),
      eligibility: results,
    });
  }
  return previewTransfer(input, today, config, revision);
}
