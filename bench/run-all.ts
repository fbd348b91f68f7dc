/**
 * `npm run bench`: every benchmark one after another (they share the machine, so never at once),
 * printing one JSON document with each report under its name. Progress goes to stderr.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const BENCHMARKS = ['store', 'api', 'notify', 'documents', 'plan', 'web'] as const;

function run(name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, name, 'run.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench ${name} exited with ${code}`));
      try {
        resolve(JSON.parse(out));
      } catch (error) {
        reject(new Error(`bench ${name} printed no JSON: ${(error as Error).message}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const reports: Record<string, unknown> = {};
  for (const name of BENCHMARKS) {
    process.stderr.write(`== bench ${name}\n`);
    reports[name] = await run(name).catch((error: unknown) => ({ error: String(error) }));
  }
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
}

void main();
