import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { CodedError } from '@mutasi/errors';
import type { AuthenticatedRequest } from '../../auth/auth.decorators';

/** `If-Match: <version>` (also `"<version>"` or `W/"<version>"`) as a number, or null when absent. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number | null => {
  const header = context.switchToHttp().getRequest<AuthenticatedRequest>().headers['if-match'];
  if (header === undefined) return null;
  const match = typeof header === 'string' ? /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header) : null;
  if (!match) throw new CodedError('IF_MATCH_INVALID', 'If-Match must be the proposal version, e.g. "3"');
  return Number(match[1]);
});
