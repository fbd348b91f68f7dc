/** A document a step of the proposal refers to: the checklist item it fills, a name for people, the stored file's hash. */
export type DocumentEntry = { type: string; name: string; sha256: string };

/** As clients send it: `type` may be left out (older clients); such an entry fills no checklist item. */
export type DocumentEntryInput = { type?: string; name: string; sha256: string };

/** The type of a document that fills no checklist item, and of every entry sent without a type. */
export const OTHER_DOCUMENT = 'other';

/** Where in the proposal's life a document was given. */
export type DocumentStep = 'propose' | 'execute' | 'evaluate' | `decide:${string}`;

/** Every document the proposal ever referred to, with the step, revision, time and user that brought it. */
export type RecordedDocument = DocumentEntry & { step: DocumentStep; revision: number; at: string; byUserId: string };

export function typedEntries(list: readonly DocumentEntryInput[] | undefined): DocumentEntry[] {
  return (list ?? []).map(({ type, name, sha256 }) => ({
    type: type ?? OTHER_DOCUMENT,
    name,
    sha256: sha256.toLowerCase(),
  }));
}

export function recorded(
  entries: readonly DocumentEntry[] | undefined,
  step: DocumentStep,
  revision: number,
  at: string,
  byUserId: string,
): RecordedDocument[] {
  return (entries ?? []).map((entry) => ({ ...entry, step, revision, at, byUserId }));
}
