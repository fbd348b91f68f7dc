import { DomainError } from '../domain-error';
import type { TransferKind } from '../transfer-kind';
import type { DocumentChecklistPolicy, DocumentRequirement, RequirementLevel } from './document-checklist.policy';
import { OTHER_DOCUMENT, type DocumentEntry, type DocumentStep } from './document-entry';

/** What a proposal is, as far as its checklist cares. */
export type ChecklistContext = { kind: TransferKind; followsSpouse: boolean };

/** A requirement with what fills it: present or missing, and the documents given for it. */
export type ChecklistItem = {
  code: string;
  name: { id: string; en: string };
  step: DocumentStep;
  level: RequirementLevel;
  present: boolean;
  sha256s: string[];
};

function applies(requirement: DocumentRequirement, context: ChecklistContext): boolean {
  if (requirement.kinds && !requirement.kinds.includes(context.kind)) return false;
  return !requirement.whenFollowingSpouse || context.followsSpouse;
}

/** Every requirement that applies to the proposal, in the policy's order, with the documents that fill it. */
export function checklistFor(
  policy: DocumentChecklistPolicy,
  context: ChecklistContext,
  documents: readonly DocumentEntry[],
): ChecklistItem[] {
  return policy.requirements
    .filter((requirement) => applies(requirement, context))
    .map(({ code, name, step, level }) => {
      const sha256s = [...new Set(documents.filter((d) => d.type === code).map((d) => d.sha256))];
      return { code, name, step, level, present: sha256s.length > 0, sha256s };
    });
}

/** Refuses a step while a blocking document of that step is missing, naming every missing one. */
export function requireDocuments(
  policy: DocumentChecklistPolicy | null,
  context: ChecklistContext,
  step: DocumentStep,
  documents: readonly DocumentEntry[],
): void {
  if (policy === null) return;
  const missing = checklistFor(policy, context, documents).filter(
    (item) => item.step === step && item.level === 'blocking' && !item.present,
  );
  if (missing.length === 0) return;
  const names = missing.map((item) => item.name);
  throw new DomainError(
    'DOCUMENT_MISSING',
    `Dokumen wajib belum ada: ${names.map((n) => n.id).join(', ')} / Required documents missing: ${names
      .map((n) => n.en)
      .join(', ')}`,
    { step, missing: missing.map(({ code, name }) => ({ code, name })) },
  );
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Each entry needs a name, a sha256 (64 lower-case hex characters, as `POST /documents` answers)
 * and a type the checklist knows, or `other`.
 */
export function validateDocumentEntries(
  policy: DocumentChecklistPolicy | null,
  entries: readonly DocumentEntry[],
): void {
  const types = new Set([OTHER_DOCUMENT, ...(policy?.requirements.map((r) => r.code) ?? [])]);
  for (const entry of entries) {
    if (entry.name.trim() === '' || !SHA256_HEX.test(entry.sha256)) {
      throw new DomainError(
        'INVALID_ATTACHMENT',
        'Lampiran memerlukan nama dan hash sha256 / An attachment needs a name and a sha256 hash',
        { name: entry.name },
      );
    }
    if (!types.has(entry.type)) {
      throw new DomainError(
        'INVALID_ATTACHMENT',
        `Jenis dokumen "${entry.type}" tidak dikenal / Unknown document type "${entry.type}"`,
        { type: entry.type, known: [...types] },
      );
    }
  }
}
