import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@mutasi/platform';

/** What the database says of a session at the moment it was read. */
export interface SessionStanding {
  /** The user's current session version; a token of another version has been superseded. */
  version: number;
  disabled: boolean;
  /** This session was logged out. */
  ended: boolean;
}

/** More entries than this and the cache starts afresh: bounded memory whatever the traffic. */
const MAX_CACHED_SESSIONS = 50_000;

/**
 * Reads a session's standing for each request, remembering it for a short while
 * (`SESSION_CHECK_CACHE_MS`, 2 s by default): that bound is how long a change of rights made
 * through another process takes to end a session. A logout through this process ends its
 * session here at once.
 */
@Injectable()
export class SessionStore {
  private readonly cache = new Map<string, { standing: SessionStanding | null; readAt: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** null when the user no longer exists. */
  async standing(username: string, sessionId: string): Promise<SessionStanding | null> {
    const key = `${username}\n${sessionId}`;
    const now = performance.now();
    const cached = this.cache.get(key);
    if (cached && now - cached.readAt < this.config.sessionCheckCacheMs) return cached.standing;
    const rows = (await this.dataSource.query(
      `SELECT u.session_version AS version, u.disabled_at IS NOT NULL AS disabled,
              EXISTS (SELECT 1 FROM ended_sessions e WHERE e.session_id = $2) AS ended
         FROM users u WHERE u.username = $1`,
      [username, sessionId],
    )) as SessionStanding[];
    const standing = rows[0] ?? null;
    if (this.cache.size >= MAX_CACHED_SESSIONS) this.cache.clear();
    this.cache.set(key, { standing, readAt: now });
    return standing;
  }

  /** Ends one session (logout); the row goes when the token would have expired anyway. */
  async end(username: string, sessionId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      `WITH gone AS (DELETE FROM ended_sessions WHERE expires_at < now())
       INSERT INTO ended_sessions (session_id, username, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (session_id) DO NOTHING`,
      [sessionId, username, expiresAt],
    );
    this.cache.delete(`${username}\n${sessionId}`);
  }

  /** Ends every session of the user: the trigger-free way of moving the session version on. */
  async endAll(username: string): Promise<void> {
    await this.dataSource.query('UPDATE users SET session_version = session_version + 1 WHERE username = $1', [
      username,
    ]);
    this.forget(username);
  }

  /** Drops what this process remembers of the user's sessions, after a change made here. */
  forget(username: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${username}\n`)) this.cache.delete(key);
  }
}
