/** Deeper JSON than any of our request bodies needs; it bounds the work of validating one. */
export const MAX_JSON_DEPTH = 32;

export type UnsafeInput = { code: 'JSON_TOO_DEEP'; path: string } | { code: 'INVALID_CHARACTER'; path: string };

/** NUL (PostgreSQL text cannot hold it) and UTF-16 surrogates without their pair (not Unicode text). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSAFE_CHARACTER = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnsafeCharacter(text: string): boolean {
  return UNSAFE_CHARACTER.test(text);
}

/**
 * The first thing in a parsed request value (body, query or path parameters) that must not reach
 * validation or the database: nesting deeper than `maxDepth`, or a key or string holding an unsafe
 * character. Walks without recursion, so no input can exhaust the stack.
 */
export function findUnsafeInput(value: unknown, maxDepth = MAX_JSON_DEPTH): UnsafeInput | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (hasUnsafeCharacter(item.value)) return { code: 'INVALID_CHARACTER', path: item.path };
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= maxDepth) return { code: 'JSON_TOO_DEEP', path: item.path };
    for (const [key, child] of Object.entries(item.value)) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (hasUnsafeCharacter(key)) return { code: 'INVALID_CHARACTER', path };
      stack.push({ value: child, depth: item.depth + 1, path });
    }
  }
  return null;
}
