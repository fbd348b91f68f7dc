import type { Transfer } from '../transfer-state';
import { requireDocuments, validateDocumentEntries } from './checklist';
import { pinnedChecklist } from './checklist-hash';
import { typedEntries, type DocumentEntry, type DocumentEntryInput, type DocumentStep } from './document-entry';
import { checklistContext, currentDocuments } from './transfer-documents';

/**
 * The documents a step brings, checked against the proposal's pinned checklist; when `enforce`,
 * refuses the step while one of its blocking documents is neither given now nor given before.
 */
export function stepDocuments(
  transfer: Transfer,
  step: DocumentStep,
  given: readonly DocumentEntryInput[] | undefined,
  enforce: boolean,
): DocumentEntry[] {
  const checklist = pinnedChecklist(transfer.checklistHash ?? null);
  const entries = typedEntries(given);
  validateDocumentEntries(checklist, entries);
  if (enforce)
    requireDocuments(checklist, checklistContext(transfer), step, [...currentDocuments(transfer), ...entries]);
  return entries;
}

/** `{ documents }` when there are any, so events without documents keep their former shape. */
export function withDocuments(documents: DocumentEntry[]): { documents?: DocumentEntry[] } {
  return documents.length > 0 ? { documents } : {};
}
