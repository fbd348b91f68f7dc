import type { Transfer } from '../transfer-state';
import { pinnedChecklist } from './checklist-hash';
import { checklistFor, type ChecklistContext, type ChecklistItem } from './checklist';
import type { DocumentEntry } from './document-entry';

export function checklistContext(transfer: Transfer): ChecklistContext {
  return { kind: transfer.kind, followsSpouse: transfer.followsSpouse ?? false };
}

/**
 * The documents that count for the checklist now: the current revision's attachments and those
 * given at later steps (decisions, decree, evaluation). Details stored before documents were
 * recorded have none.
 */
export function currentDocuments(transfer: Transfer): DocumentEntry[] {
  const later = (transfer.documents ?? []).filter((document) => document.step !== 'propose');
  return [...transfer.attachments, ...later].map(({ type, name, sha256 }) => ({
    type: type ?? 'other',
    name,
    sha256,
  }));
}

/** The proposal's checklist with what is present and missing; empty for proposals made before checklists. */
export function transferChecklist(transfer: Transfer): ChecklistItem[] {
  const policy = pinnedChecklist(transfer.checklistHash ?? null);
  return policy === null ? [] : checklistFor(policy, checklistContext(transfer), currentDocuments(transfer));
}
