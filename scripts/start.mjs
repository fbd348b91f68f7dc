// Starts the API and the worker side by side (after `npm run build`), creating the database
// named in DATABASE_URL if it does not exist yet. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/mutasi';

async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

function run(label, script) {
  const child = spawn(process.execPath, [script], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  child.on('exit', (code, signal) => {
    console.log(`${label} stopped (${signal ?? code})`);
    shutdown(code ?? 1);
  });
  return child;
}

let children = [];
function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

await ensureDatabase(databaseUrl).catch((error) => {
  console.error(`cannot reach PostgreSQL at ${databaseUrl}: ${error.message}`);
  process.exit(1);
});
children = [run('api', 'dist/apps/api/src/main.js'), run('worker', 'dist/apps/worker/src/main.js')];
void announce();

/** Once the API answers, says where the app is and, with the demo data, whom to log in as. */
async function announce() {
  const port = process.env.PORT ?? '3000';
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const lines = [`mutasi is running: open ${base}/app/ (API description at ${base}/docs)`];
  if (process.env.SEED_DEMO !== 'false') {
    lines.push(
      'demo users, password mutasi-demo-2026:',
      '  operator-99-71            operator, BKPSDM Kota Lestari (proposes, executes)',
      '  walikota-lestari-p000206  approver, Wali Kota Lestari (decides from the inbox)',
      '  auditor                   auditor, reads everything',
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
