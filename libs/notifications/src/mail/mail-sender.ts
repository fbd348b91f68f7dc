/** An email ready to go out. */
export interface OutgoingEmail {
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  /** `<…@…>`: the same for every attempt at one notification, so a receiver can drop a repeat. */
  messageId: string;
  headers: Record<string, string>;
}

/** Hands an email to the mail server; resolves once the server accepted it. */
export interface MailSender {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

export const MAIL_SENDER = Symbol('MAIL_SENDER');
