import type { SqlExecutor } from '@mutasi/event-store';
import { languageOf } from '../notification-template';
import type { Directory, Recipient } from './recipient';

/** What a batch of notifications needs to know from the read models. */
export class DirectoryNeeds {
  readonly nips = new Set<string>();
  readonly usernames = new Set<string>();
  readonly positionIds = new Set<string>();
  readonly unitIds = new Set<string>();
  readonly agencyIds = new Set<string>();
  readonly operatorAgencyIds = new Set<string>();
  /** The earliest date a standing delegation must still be in force on. */
  delegationsFrom: string | null = null;

  needDelegationsOn(date: string): void {
    if (this.delegationsFrom === null || date < this.delegationsFrom) this.delegationsFrom = date;
  }
}

type PersonRow = { username: string | null; email: string | null; name: string; language: string | null };
type DelegateRow = PersonRow & { username: string; position_ids: string[]; valid_from: string; valid_to: string };

/**
 * Reads, in the projection's transaction, the users and employees a batch of notifications goes
 * to and the names its emails show: a handful of queries per batch, whatever its size, one after
 * another (they share the transaction's connection).
 */
export async function loadDirectory(sql: SqlExecutor, needs: DirectoryNeeds): Promise<Directory> {
  const employees =
    needs.nips.size === 0
      ? []
      : await sql.query<PersonRow & { nip: string }>(
          `SELECT n.nip, u.username, coalesce(nullif(u.email, ''), e.email) AS email,
                  coalesce(e.name, u.display_name, n.nip) AS name, u.language
             FROM unnest($1::text[]) AS n (nip)
             LEFT JOIN employees e ON e.nip = n.nip
             LEFT JOIN LATERAL (
               SELECT username, email, display_name, language FROM users
                WHERE employee_nip = n.nip ORDER BY username LIMIT 1) u ON true`,
          [[...needs.nips]],
        );
  const users =
    needs.usernames.size === 0
      ? []
      : await sql.query<PersonRow & { username: string }>(
          `SELECT username, email, display_name AS name, language FROM users WHERE username = ANY($1::text[])`,
          [[...needs.usernames]],
        );
  const holders =
    needs.positionIds.size === 0
      ? []
      : await sql.query<PersonRow & { username: string; position_ids: string[] }>(
          `SELECT username, email, display_name AS name, language, position_ids FROM users
            WHERE position_ids && $1::text[] ORDER BY username`,
          [[...needs.positionIds]],
        );
  const delegates =
    needs.positionIds.size === 0 || needs.delegationsFrom === null
      ? []
      : await sql.query<DelegateRow>(
          `SELECT u.username, u.email, u.display_name AS name, u.language, d.position_ids,
                  d.valid_from::text AS valid_from, d.valid_to::text AS valid_to
             FROM delegations d JOIN users u ON u.username = d.delegate_user_id
            WHERE d.position_ids && $1::text[] AND d.valid_to >= $2::date
            ORDER BY d.created_at, u.username`,
          [[...needs.positionIds], needs.delegationsFrom],
        );
  const operators =
    needs.operatorAgencyIds.size === 0
      ? []
      : await sql.query<PersonRow & { username: string; agency_ids: string[] }>(
          `SELECT username, email, display_name AS name, language, agency_ids FROM users
            WHERE 'operator' = ANY(roles) AND agency_ids && $1::text[] AND disabled_at IS NULL ORDER BY username`,
          [[...needs.operatorAgencyIds]],
        );
  const units =
    needs.unitIds.size === 0
      ? []
      : await sql.query<{ id: string; name: string }>(`SELECT id, name FROM units WHERE id = ANY($1::text[])`, [
          [...needs.unitIds],
        ]);
  const agencies =
    needs.agencyIds.size === 0
      ? []
      : await sql.query<{ id: string; name: string }>(`SELECT id, name FROM agencies WHERE id = ANY($1::text[])`, [
          [...needs.agencyIds],
        ]);
  const person = (row: PersonRow): Recipient | null =>
    row.email ? { username: row.username, email: row.email, name: row.name, language: languageOf(row.language) } : null;
  const byNip = new Map(employees.map((row) => [row.nip, person(row)]));
  const byUsername = new Map(users.map((row) => [row.username, person(row)]));
  const byPosition = new Map<string, Recipient[]>();
  for (const row of holders) {
    const recipient = person(row);
    if (recipient === null) continue;
    for (const positionId of row.position_ids)
      byPosition.set(positionId, [...(byPosition.get(positionId) ?? []), recipient]);
  }
  const unitNames = new Map(units.map((row) => [row.id, row.name]));
  const agencyNames = new Map(agencies.map((row) => [row.id, row.name]));
  return {
    employee: (nip) => byNip.get(nip) ?? null,
    user: (username) => byUsername.get(username) ?? null,
    holders: (positionIds, date) => {
      const found = new Map<string, Recipient>();
      const inForce = delegates.filter(
        (d) => d.valid_from <= date && date <= d.valid_to && d.position_ids.some((id) => positionIds.includes(id)),
      );
      const candidates = [...positionIds.flatMap((id) => byPosition.get(id) ?? []), ...inForce.map(person)];
      for (const recipient of candidates) {
        if (recipient !== null && !found.has(recipient.email)) found.set(recipient.email, recipient);
      }
      return [...found.values()];
    },
    operators: (agencyIds) =>
      operators
        .filter((row) => row.agency_ids.some((id) => agencyIds.includes(id)))
        .map(person)
        .filter((recipient): recipient is Recipient => recipient !== null),
    unitName: (id) => unitNames.get(id) ?? null,
    agencyName: (id) => agencyNames.get(id) ?? null,
  };
}
