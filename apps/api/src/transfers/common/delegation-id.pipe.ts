import { ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from '@mutasi/platform';

/** A delegation id in the path must be a UUID (400 INVALID_DELEGATION_ID). */
export const DelegationIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new ProblemException(400, 'INVALID_DELEGATION_ID', 'Id delegasi harus berupa UUID / A delegation id is a UUID'),
});
