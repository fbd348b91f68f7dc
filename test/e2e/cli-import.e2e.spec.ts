import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WITH_SWC } from '../support/child-process';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const ROOT = join(__dirname, '..', '..');
const BAMBANG = '199011082014031006';
const ANDI = '199709052022061003';
const OPERATOR = 'operator-99-02';
const HEADER = 'nip,rank,unitId,positionId,reason';

/** `npm run cli -- import <dir>` from the sources, on the suite's database. */
function cliImport(app: TestApp, dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...WITH_SWC, join(ROOT, 'apps', 'cli', 'src', 'main.ts'), 'import', dir],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...app.env, USER: 'cli-test' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The CLI's folder import reads aspirations.csv after the master data, as the API's import does. */
describe('npm run cli -- import <dir>', () => {
  let app: TestApp;
  let client: TransferClient;
  let dir: string;

  beforeAll(async () => {
    app = await startTestApp('cli-import');
    client = new TransferClient(app);
    dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  const wishesOf = async (nip: string) => (await client.get(OPERATOR, `/employees/${nip}/aspirations`)).body.wishes;

  it('rejects the whole file when a row is wrong, and writes nothing', async () => {
    writeFileSync(
      join(dir, 'aspirations.csv'),
      [HEADER, `${ANDI},1,U000047,,Rotasi`, '199901012020011001,1,U000047,,Tidak ada'].join('\n'),
    );
    const run = await cliImport(app, dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr.slice(run.stderr.indexOf('{')))).toMatchObject({
      code: 'IMPORT_REJECTED',
      rejected: [expect.objectContaining({ line: 3, code: 'EMPLOYEE_NOT_FOUND' })],
    });
    expect(await wishesOf(ANDI)).toEqual([]);
  });

  it('imports the wishes of aspirations.csv, each an AspirationStated from the import', async () => {
    writeFileSync(
      join(dir, 'aspirations.csv'),
      [HEADER, `${ANDI},1,U000047,,Rotasi`, `${BAMBANG},1,,P000114,Sesuai keahlian basis data`].join('\n'),
    );
    const run = await cliImport(app, dir);
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results).toEqual([
      expect.objectContaining({ kind: 'aspirations', imported: 2, changed: 2, rejectedCount: 0 }),
    ]);
    expect(await wishesOf(ANDI)).toEqual([
      expect.objectContaining({ rank: 1, unitId: 'U000047', positionId: null, reason: 'Rotasi', source: 'import' }),
    ]);
    expect(await wishesOf(BAMBANG)).toEqual([
      expect.objectContaining({ rank: 1, unitId: null, positionId: 'P000114', source: 'import' }),
    ]);

    const again = await cliImport(app, dir);
    expect(JSON.parse(again.stdout).results).toEqual([expect.objectContaining({ imported: 2, changed: 0 })]);
  });
});
