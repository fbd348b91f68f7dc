import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

type Fixture = { filePath: string; code: string };
type Message = { ruleId: string | null; message: string };

/** The import-rule messages ESLint gives each text, linted as the file at its path. */
function importErrors(fixtures: Fixture[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-texts.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(fixtures),
    encoding: 'utf8',
  });
  return (JSON.parse(output) as Message[][]).map((messages) =>
    messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message),
  );
}

const importing = (what: string, from: string) => `import { ${what} } from '${from}';\nexport { ${what} };\n`;

const forbidden: [string, Fixture][] = [
  [
    'Nest in the transfer domain',
    { filePath: 'libs/transfers/src/x.ts', code: importing('Injectable', '@nestjs/common') },
  ],
  [
    'TypeORM in the workforce domain',
    { filePath: 'libs/workforce/src/domain/x.ts', code: importing('EntityManager', 'typeorm') },
  ],
  ['pg in the event store’s pure part', { filePath: 'libs/event-store/src/x.ts', code: importing('Pool', 'pg') }],
  ['BullMQ in the planner', { filePath: 'libs/planner/src/model/x.ts', code: importing('Queue', 'bullmq') }],
  [
    'an infrastructure lib in the domain',
    { filePath: 'libs/transfers/src/x.ts', code: importing('CLOCK', '@mutasi/platform') },
  ],
  ['file reading in the domain', { filePath: 'libs/calendar/src/x.ts', code: importing('readFileSync', 'node:fs') }],
  [
    'another lib’s sources by relative path',
    {
      filePath: 'libs/notifications/src/rules/x.unit.spec.ts',
      code: importing('propose', '../../../transfers/src/testing/builders'),
    },
  ],
  [
    'a lib’s sources from a test by path',
    { filePath: 'test/support/x.ts', code: importing('propose', '../../libs/transfers/src/testing/builders') },
  ],
  [
    'an app’s internals from a test',
    {
      filePath: 'test/e2e/x.e2e.spec.ts',
      code: importing('ReadModelFreshness', '../../apps/api/src/transfers/common/read-model-freshness'),
    },
  ],
  [
    'a lib’s sources from an app by path',
    { filePath: 'apps/api/src/x.ts', code: importing('decide', '../../../libs/transfers/src/decide') },
  ],
  [
    'test builders in code that runs',
    { filePath: 'libs/transfer-commands/src/x.ts', code: importing('propose', '@mutasi/transfers/testing') },
  ],
  [
    'Nest in the domain’s test helpers',
    { filePath: 'libs/transfers/src/testing/x.ts', code: importing('Injectable', '@nestjs/common') },
  ],
];

const allowed: [string, Fixture][] = [
  [
    'the calendar in the domain',
    { filePath: 'libs/transfers/src/x.ts', code: importing('jakartaDate', '@mutasi/calendar') },
  ],
  [
    'Nest in an application lib',
    { filePath: 'libs/transfer-commands/src/x.ts', code: importing('Injectable', '@nestjs/common') },
  ],
  [
    'the transfer builders by their entry point',
    {
      filePath: 'libs/notifications/src/rules/x.unit.spec.ts',
      code: importing('propose', '@mutasi/transfers/testing'),
    },
  ],
  [
    'an app by its index',
    { filePath: 'test/e2e/x.e2e.spec.ts', code: importing('ReadModelFreshness', '../../apps/api/src') },
  ],
  [
    'file reading in a domain spec',
    { filePath: 'libs/transfers/src/x.unit.spec.ts', code: importing('readFileSync', 'node:fs') },
  ],
  ['a file of the same lib', { filePath: 'libs/transfers/src/commands/x.ts', code: importing('decide', '../decide') }],
];

describe('import rules, as npm run lint applies them', () => {
  const errors = importErrors([...forbidden, ...allowed].map(([, fixture]) => fixture));

  it.each(forbidden.map(([name], i) => [name, i] as const))('given %s, then lint fails', (_name, i) => {
    expect(errors[i]).toHaveLength(1);
  });

  it.each(allowed.map(([name], i) => [name, forbidden.length + i] as const))(
    'given %s, then lint passes',
    (_name, i) => {
      expect(errors[i]).toEqual([]);
    },
  );
});
