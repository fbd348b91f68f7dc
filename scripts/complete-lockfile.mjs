// The package registry this project is built against does not serve every platform build of
// packages with native binaries (@swc/core-darwin-arm64 and the like), so `npm install` leaves
// their entries out of package-lock.json and `npm ci` then refuses the lock as out of sync.
// This adds the missing entries with the platform they are for (read from the package name), so
// `npm ci` skips them on other platforms without fetching anything. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony'];
const CPU = [
  [/arm64|aarch64/, 'arm64'],
  [/x64/, 'x64'],
  [/ia32/, 'ia32'],
  [/ppc64/, 'ppc64'],
  [/s390x/, 's390x'],
  [/loong64/, 'loong64'],
  [/riscv64/, 'riscv64'],
  [/arm/, 'arm'],
];

function platformOf(name) {
  const base = name.split('/').pop();
  const os = OS.find((o) => base.includes(`-${o}-`) || base.endsWith(`-${o}`));
  const cpu = CPU.find(([pattern]) =>
    pattern.test(base.replace(/^.*?-(darwin|win32|linux|android|freebsd|openharmony)-/, '')),
  );
  if (!os || !cpu) return null;
  const libc = /-gnu|gnueabihf/.test(base) ? ['glibc'] : /-musl/.test(base) ? ['musl'] : undefined;
  return { os: [os], cpu: [cpu[1]], ...(libc && os === 'linux' ? { libc } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `${path ? `${path}/` : ''}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[where] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[hoisted] = {
      version,
      ...platform,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform-specific optional package entries to package-lock.json`);
