import type { TransferKind } from '../transfer-kind';
import type { DocumentStep } from './document-entry';

export type RequirementLevel = 'blocking' | 'recommended';

/** One document the checklist asks for: at which step, for which kinds, and whether its absence refuses the step. */
export type DocumentRequirement = {
  /** Stable; the `type` of the entries that fill it. */
  code: string;
  name: { id: string; en: string };
  step: DocumentStep;
  level: RequirementLevel;
  /** The kinds it applies to; all when absent. */
  kinds?: TransferKind[];
  /** Only when the employee follows their spouse. */
  whenFollowingSpouse?: boolean;
};

/**
 * The documents required per kind and step: versioned data, hashed and pinned to every proposal
 * like the approval-chain policy, so a later checklist never changes what a proposal in flight needs.
 */
export type DocumentChecklistPolicy = { version: string; requirements: DocumentRequirement[] };
