import { createHash } from 'node:crypto';
import { canonicalJson } from '@mutasi/event-store/canonical-json';
import { DEFAULT_CHECKLIST_V1 } from './default-checklist.v1';
import type { DocumentChecklistPolicy } from './document-checklist.policy';

const hashes = new WeakMap<DocumentChecklistPolicy, string>();

/** sha256 (hex) of the checklist's canonical JSON. */
export function checklistHash(policy: DocumentChecklistPolicy): string {
  let hash = hashes.get(policy);
  if (hash === undefined) {
    hash = createHash('sha256').update(canonicalJson(policy)).digest('hex');
    hashes.set(policy, hash);
  }
  return hash;
}

/** Every checklist ever shipped: a proposal finds the one it is pinned to by hash. */
export const DOCUMENT_CHECKLISTS: readonly DocumentChecklistPolicy[] = [DEFAULT_CHECKLIST_V1];

/** The pinned checklist; null for proposals made before checklists existed (they need no documents). */
export function pinnedChecklist(hash: string | null): DocumentChecklistPolicy | null {
  if (hash === null) return null;
  return DOCUMENT_CHECKLISTS.find((policy) => checklistHash(policy) === hash) ?? null;
}
