import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type PostgresEventStore, type SqlExecutor } from '@mutasi/event-store';
import { CodedError } from '@mutasi/errors';
import { AUTH_MESSAGES } from './auth-messages';
import { SessionStore } from './sessions';

export interface AccountActor {
  userId: string;
  role: string;
  correlationId: string;
}

export interface AccountChange {
  username: string;
  disabled: boolean;
  /** false when the account already was in that state (nothing written). */
  changed: boolean;
}

/**
 * Disabling and enabling accounts (admins). A disabled account cannot log in and its sessions end
 * (the session-version trigger fires on `disabled_at`); a users import leaves the mark alone. Each
 * change is recorded as `UserDisabled` / `UserEnabled` in the stream `user-<username>`, in the
 * same transaction as the row.
 */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    private readonly sessions: SessionStore,
  ) {}

  async setDisabled(username: string, disabled: boolean, actor: AccountActor): Promise<AccountChange> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const sql: SqlExecutor = {
        query: <R>(text: string, params?: unknown[]) => manager.query(text, params) as Promise<R[]>,
      };
      const [row] = await sql.query<{ disabled: boolean }>(
        'SELECT disabled_at IS NOT NULL AS disabled FROM users WHERE username = $1 FOR UPDATE',
        [username],
      );
      if (!row) throw new CodedError('USER_NOT_FOUND', AUTH_MESSAGES.USER_NOT_FOUND, { username });
      if (row.disabled === disabled) return false;
      await sql.query(`UPDATE users SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE username = $1`, [
        username,
        disabled,
      ]);
      await this.store.appendInTransaction(sql, `user-${username}`, [
        {
          eventId: randomUUID(),
          type: disabled ? 'UserDisabled' : 'UserEnabled',
          data: { username },
          metadata: {
            actorId: actor.userId,
            actorRole: actor.role,
            onBehalfOf: null,
            correlationId: actor.correlationId,
            causationId: null,
          },
        },
      ]);
      return true;
    });
    if (changed) {
      this.store.announceAppend();
      this.sessions.forget(username);
    }
    return { username, disabled, changed };
  }
}
