import { ParseUUIDPipe } from '@nestjs/common';
import { CodedError } from '@mutasi/errors';

/** A delegation id in the path must be a UUID (400 INVALID_DELEGATION_ID). */
export const DelegationIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new CodedError('INVALID_DELEGATION_ID', 'Id delegasi harus berupa UUID / A delegation id is a UUID'),
});
