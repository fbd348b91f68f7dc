import { isPermanentSmtpError } from './smtp-errors';

const smtpError = (code: string, responseCode?: number) =>
  Object.assign(new Error(`${responseCode ?? ''} refused`), { code, responseCode });

describe('SMTP failures', () => {
  it.each([
    ['recipient unknown (550)', smtpError('EENVELOPE', 550), true],
    ['message refused as spam (554)', smtpError('EMESSAGE', 554), true],
    ['mailbox busy, try later (450)', smtpError('EENVELOPE', 450), false],
    ['server shutting down (421)', smtpError('EPROTOCOL', 421), false],
    ['login refused (535): an operator can fix the credentials', smtpError('EAUTH', 535), false],
    ['connection refused', smtpError('ECONNECTION'), false],
    ['a timeout', smtpError('ETIMEDOUT'), false],
    ['not an error', 'boom', false],
  ])('%s is permanent: %s', (_what, error, permanent) => {
    expect(isPermanentSmtpError(error)).toBe(permanent);
  });
});
