/**
 * A refusal that no retry will change: the server rejected the recipient, the sender or the
 * message with a 5xx reply. Connection problems, timeouts, 4xx replies and failed logins (which an
 * operator can fix) are retried.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  return (
    (code === 'EENVELOPE' || code === 'EMESSAGE') &&
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600
  );
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 1000 ? `${message.slice(0, 1000)}…` : message;
}
