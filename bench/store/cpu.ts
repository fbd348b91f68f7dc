import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { withClient } from './db';
import { now, round } from './stats';

/**
 * Where a workload's CPU went, in core-seconds, read from /proc (Linux, PostgreSQL on this host):
 * this client process, the PostgreSQL backends connected to the bench database, and the rest of
 * the machine (other PostgreSQL processes such as the WAL writer, and anything else running).
 * Comparing implementations by CPU per event is robust against other load on the machine, which
 * wall-clock throughput is not.
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Snapshot {
  at: number;
  process: NodeJS.CpuUsage;
  machine: { busy: number; idle: number; iowait: number } | null;
  backends: Map<number, number> | null;
}

function machineTicks(): Snapshot['machine'] {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
    return { busy: user + nice + system + irq + softirq + (steal || 0), idle, iowait };
  } catch {
    return null;
  }
}

/** utime + stime of a process, in ticks; null if it is gone or not visible. */
function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(after[11]) + Number(after[12]);
  } catch {
    return null;
  }
}

async function backendTicks(connectionString: string): Promise<Map<number, number> | null> {
  try {
    const pids = await withClient(connectionString, async (client) => {
      const { rows } = await client.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      return rows.map((r) => r.pid);
    });
    const ticks = new Map<number, number>();
    for (const pid of pids) {
      const t = processTicks(pid);
      if (t !== null) ticks.set(pid, t);
    }
    return pids.length > 0 && ticks.size === 0 ? null : ticks;
  } catch {
    return null;
  }
}

export class CpuMeter {
  private constructor(
    private readonly connectionString: string,
    private readonly start: Snapshot,
  ) {}

  static async start(connectionString: string): Promise<CpuMeter> {
    const backends = await backendTicks(connectionString);
    return new CpuMeter(connectionString, {
      at: now(),
      process: process.cpuUsage(),
      machine: machineTicks(),
      backends,
    });
  }

  /** Core-seconds since the start, and microseconds per event for the client and the backends. */
  async stop(events: number): Promise<Record<string, number | null>> {
    const wall = (now() - this.start.at) / 1000;
    const usage = process.cpuUsage(this.start.process);
    const machine = machineTicks();
    const backends = this.start.backends ? await backendTicks(this.connectionString) : null;
    const client = (usage.user + usage.system) / 1e6;
    let server: number | null = null;
    if (this.start.backends && backends) {
      let ticks = 0;
      // Backends that started during the workload count from zero; ones that ended are lost (rare).
      for (const [pid, t] of backends) ticks += t - (this.start.backends.get(pid) ?? 0);
      server = ticks / TICKS_PER_SECOND;
    }
    const result: Record<string, number | null> = {
      clientCpuSeconds: round(client, 2),
      databaseBackendsCpuSeconds: server === null ? null : round(server, 2),
      clientCpuMicrosPerEvent: events ? round((client * 1e6) / events, 1) : null,
      databaseBackendsCpuMicrosPerEvent: events && server !== null ? round((server * 1e6) / events, 1) : null,
    };
    if (this.start.machine && machine) {
      const busy = (machine.busy - this.start.machine.busy) / TICKS_PER_SECOND;
      result.machineBusyCpuSeconds = round(busy, 2);
      result.otherCpuSeconds = round(Math.max(0, busy - client - (server ?? 0)), 2);
      result.idleCpuSeconds = round((machine.idle - this.start.machine.idle) / TICKS_PER_SECOND, 2);
      result.iowaitCpuSeconds = round((machine.iowait - this.start.machine.iowait) / TICKS_PER_SECOND, 2);
      result.machineBusyShare = round(busy / (wall * cpus().length), 3);
    }
    return result;
  }
}

/** Share of all cores busy over `ms` milliseconds: what else is running before a workload starts. */
export async function backgroundBusyShare(ms: number): Promise<number | null> {
  const start = machineTicks();
  const started = now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const end = machineTicks();
  if (!start || !end) return null;
  const seconds = (now() - started) / 1000;
  return round((end.busy - start.busy) / TICKS_PER_SECOND / (seconds * cpus().length), 3);
}

/**
 * Waits (at most `maxMs`) until the machine is quiet: less than `threshold` of all cores busy over
 * half a second. Other programs on a small machine distort wall-clock throughput badly.
 */
export async function waitForQuiet(
  maxMs: number,
  threshold: number,
): Promise<{ busyShare: number | null; waitedMs: number }> {
  const started = now();
  let busyShare = await backgroundBusyShare(500);
  while (busyShare !== null && busyShare > threshold && now() - started < maxMs) {
    busyShare = await backgroundBusyShare(500);
  }
  return { busyShare, waitedMs: Math.round(now() - started) };
}
