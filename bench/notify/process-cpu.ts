import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU seconds (user + system) a process has used so far, from /proc (or one of its threads, given
 * `/proc/<pid>/task/<tid>/stat`); null if it is not visible.
 */
export function processCpuSeconds(pid: number | undefined, statPath = `/proc/${pid}/stat`): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
