import type { Pool } from 'pg';

export interface SubscriptionStatus {
  name: string;
  lastPosition: string;
  owner: string | null;
  leaseUntil: Date | null;
  rebuildRequestedAt: Date | null;
}

/**
 * Asks whichever process runs these subscriptions to clear their read models and replay the log
 * from the start; the runner holding the lease sees it at its next heartbeat. Returns the names
 * that exist.
 */
export async function requestRebuild(pool: Pool, names: readonly string[]): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    'UPDATE es_subscriptions SET rebuild_requested_at = now() WHERE name = ANY ($1) RETURNING name',
    [names],
  );
  return rows.map((r) => r.name);
}

export async function subscriptionStatuses(pool: Pool): Promise<SubscriptionStatus[]> {
  const { rows } = await pool.query<{
    name: string;
    last_position: string;
    owner: string | null;
    lease_until: Date | null;
    rebuild_requested_at: Date | null;
  }>('SELECT name, last_position, owner, lease_until, rebuild_requested_at FROM es_subscriptions ORDER BY name');
  return rows.map((r) => ({
    name: r.name,
    lastPosition: r.last_position,
    owner: r.owner,
    leaseUntil: r.lease_until,
    rebuildRequestedAt: r.rebuild_requested_at,
  }));
}
