/** Line breaks and other control characters (C0, DEL, C1, Unicode line and paragraph separators). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of text: a name or title with CR/LF in it cannot start a line of its own (a fake `Bcc:` or link). */
export function oneLine(text: string): string {
  return text.replace(CONTROL_RUN, ' ');
}

/** The same values with every string made one line, for the plain-text parts (subject and text). */
export function plainTextValues<T>(value: T): T {
  if (typeof value === 'string') return oneLine(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => plainTextValues(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainTextValues(item)])) as T;
  }
  return value;
}
