import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CodedError } from '@mutasi/errors';

/** The browser's session: the access token in an httpOnly cookie, and a CSRF token the page can read. */
export const SESSION_COOKIE = 'mutasi_session';
export const CSRF_COOKIE = 'mutasi_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/**
 * The raw access token of a request: the bearer header (other systems), else the session cookie
 * (browsers). A write carried by the cookie must repeat the CSRF cookie in the x-csrf-token header
 * (double submit): another site can make the browser send the cookie, but cannot read it.
 */
export function accessTokenOf(request: FastifyRequest): string | null {
  const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
  if (bearer) return bearer[1];
  const cookies = parseCookies(request.headers.cookie);
  const session = cookies.get(SESSION_COOKIE);
  if (!session) return null;
  if (!SAFE_METHODS.has(request.method) && !csrfMatches(cookies.get(CSRF_COOKIE), request.headers[CSRF_HEADER])) {
    throw new CodedError(
      'CSRF_TOKEN_INVALID',
      'Permintaan ditolak: token CSRF tidak cocok, muat ulang halaman / The CSRF token is missing or wrong; reload the page',
    );
  }
  return session;
}

function csrfMatches(cookie: string | undefined, header: string | string[] | undefined): boolean {
  if (!cookie || typeof header !== 'string') return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface SessionCookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/** Sets both cookies; returns the CSRF token for the page to send back. */
export function setSessionCookies(reply: FastifyReply, token: string, options: SessionCookieOptions): string {
  const csrf = randomBytes(24).toString('base64url');
  const common = `Path=/; SameSite=Strict; Max-Age=${options.maxAgeSeconds}${options.secure ? '; Secure' : ''}`;
  void reply.header('set-cookie', [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}; HttpOnly; ${common}`,
    `${CSRF_COOKIE}=${csrf}; ${common}`,
  ]);
  return csrf;
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  const common = `Path=/; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
  void reply.header('set-cookie', [`${SESSION_COOKIE}=; HttpOnly; ${common}`, `${CSRF_COOKIE}=; ${common}`]);
}
