import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Compiles with swc and decorator metadata, for scripts that boot Nest (see swc-register.js). */
export const WITH_SWC = ['-r', join(ROOT, 'test', 'support', 'swc-register.js')];

/**
 * Starts a TypeScript script (with tsx unless told otherwise) and resolves once it prints `ready`.
 * The script sees `env` and the shell's PATH, nothing else of the shell's environment.
 */
export function startScript(
  script: string,
  env: Record<string, string>,
  loader: string[] = ['--import', 'tsx'],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...loader, join(ROOT, script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${stderr}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${stderr}`));
    });
  });
}

export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
