import { CodedError } from '@mutasi/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page cursor of a list ordered by (instant, uuid), newest first: opaque to clients. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id]), 'utf8').toString('base64url');
}

/** Reads back what encodeCursor wrote; anything else is 400 INVALID_CURSOR. */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2) {
      const [at, id] = value as unknown[];
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && UUID.test(id)) {
        return [at, id];
      }
    }
  } catch {
    // falls through to the problem below
  }
  throw new CodedError(
    'INVALID_CURSOR',
    'cursor bukan nextCursor dari daftar ini / cursor is not a nextCursor of this list',
  );
}
