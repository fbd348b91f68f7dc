/**
 * Probes until `ok` holds and returns the last value probed, so the assertion that follows shows
 * what was there when it gave up. The timeout only bounds a test that is failing anyway: on a
 * busy machine a passing test waits as long as it needs, up to it.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  { timeoutMs = 120_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
