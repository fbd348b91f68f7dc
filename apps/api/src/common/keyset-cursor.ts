import { CodedError } from '@mutasi/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TASK_ID = /^[A-Za-z0-9_-]{1,100}$/;

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

function encode(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key encode wrote, if `valid` holds for it; anything else is 400 INVALID_CURSOR. */
function decode<T extends unknown[]>(cursor: string, valid: (key: unknown[]) => key is T): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && valid(value)) return value;
  } catch {
    // falls through to the problem below
  }
  throw new CodedError(
    'INVALID_CURSOR',
    'cursor bukan nextCursor dari daftar ini / cursor is not a nextCursor of this list',
  );
}

/** The page cursor of a list ordered by (instant, uuid), newest first: opaque to clients. */
export function encodeCursor(at: string, id: string): string {
  return encode([at, id]);
}

/** Reads back what encodeCursor wrote; anything else is 400 INVALID_CURSOR. */
export function decodeCursor(cursor: string): [string, string] {
  return decode(cursor, (key): key is [string, string] => key.length === 2 && isInstant(key[0]) && isUuid(key[1]));
}

/** The page cursor of the inbox, ordered by (due instant or none, proposal, task). */
export function encodeTaskCursor(dueAt: string | null, transferId: string, taskId: string): string {
  return encode([dueAt, transferId, taskId]);
}

/** Reads back what encodeTaskCursor wrote; anything else is 400 INVALID_CURSOR. */
export function decodeTaskCursor(cursor: string): [string | null, string, string] {
  return decode(
    cursor,
    (key): key is [string | null, string, string] =>
      key.length === 3 &&
      (key[0] === null || isInstant(key[0])) &&
      isUuid(key[1]) &&
      typeof key[2] === 'string' &&
      TASK_ID.test(key[2]),
  );
}
