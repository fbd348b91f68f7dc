import type { ReferenceContext } from './reference-context';
import type { RowIssue, RowResult } from './row-issue';

/** A context that knows the given ids only (for the row validators' specs). */
export function contextKnowing(known: {
  regions?: string[];
  agencies?: string[];
  units?: Record<string, string>;
  positions?: string[];
  employees?: string[];
  today?: string;
}): ReferenceContext {
  const units = known.units ?? {};
  return {
    today: known.today ?? '2026-11-23',
    hasRegion: (code) => (known.regions ?? []).includes(code),
    hasAgency: (id) => (known.agencies ?? []).includes(id),
    hasUnit: (id) => id in units,
    hasPosition: (id) => (known.positions ?? []).includes(id),
    hasEmployee: (nip) => (known.employees ?? []).includes(nip),
    unitAgency: (id) => units[id],
  };
}

/** `[code, field]` of every issue, or [] for a valid row: what most specs compare. */
export function issuesOf<T>(result: RowResult<T>): Array<[RowIssue['code'], string]> {
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.field]);
}
