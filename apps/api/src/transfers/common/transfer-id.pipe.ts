import { ParseUUIDPipe } from '@nestjs/common';
import { CodedError } from '@mutasi/errors';

/** A proposal id in the path must be a UUID (400 INVALID_TRANSFER_ID). */
export const TransferIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new CodedError('INVALID_TRANSFER_ID', 'Id usulan harus berupa UUID / A transfer id is a UUID'),
});
