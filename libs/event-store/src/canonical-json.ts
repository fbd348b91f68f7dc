export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

export class NotJsonError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`${path} is ${what}, which JSON cannot hold`);
  }
}

/**
 * Canonical JSON as in RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings serialised as ECMAScript's JSON.stringify does. Properties whose value is
 * `undefined` are left out, as JSON.stringify does; anything else JSON cannot represent
 * (NaN, Infinity, bigint, functions, symbols, Dates and other class instances, cycles) is refused,
 * so what is hashed is exactly what is stored and read back.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotJsonError(path, String(value));
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return writeContainer(value, path, seen);
    default:
      throw new NotJsonError(path, `a ${typeof value}`);
  }
}

function writeContainer(value: object, path: string, seen: Set<object>): string {
  if (seen.has(value)) throw new NotJsonError(path, 'a circular reference');
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item, i) => write(item, `${path}[${i}]`, seen)).join(',')}]`;
    }
    // A plain object of any realm (jest runs each test file in its own): its prototype's prototype is null.
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new NotJsonError(path, `an instance of ${value.constructor?.name ?? 'a class'}`);
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${write(item, `${path}.${key}`, seen)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}
