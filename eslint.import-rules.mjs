/**
 * The boundaries between libs, apps and tests (README, "Import rules"). ESLint keeps only the
 * last matching `no-restricted-imports` setting of a file, so each block repeats the rules
 * of the blocks before it that still apply.
 */

const ownSourcesOnly = {
  regex: '^\\.{1,2}/(.*/)?(src|libs|apps)(/|$)',
  message:
    "Reaches into another lib's or app's sources by relative path: import the lib's entry point (@mutasi/<lib>, @mutasi/<lib>/<entry>).",
};

const libsByEntryPoint = {
  regex: '^(\\.\\./)+libs/',
  message: 'Import a lib by its entry point (@mutasi/<lib>, @mutasi/<lib>/<entry>), not by path.',
};

const appsByIndex = {
  regex: '^(\\.\\./)+apps/[^/]+/src/.',
  message:
    "Import an app by its index (apps/<app>/src); export what tests need there rather than reaching into the app's internals.",
};

const testHelpers = {
  regex: '^@mutasi/[a-z-]+/testing$',
  message: 'Test builders and demo data are for specs, tests and benchmarks, not for the code that runs.',
};

const frameworks = {
  regex: '^(@nestjs/.*|typeorm|pg|pg-.*|bullmq|ioredis|nodemailer|fastify|@fastify/.*)$',
  message:
    'The domain is pure: no framework or infrastructure imports (Nest, TypeORM, pg, BullMQ, Redis, mail, Fastify).',
};

const infrastructureLibs = {
  regex: '^@mutasi/(?!(calendar|errors|transfers|transfers/testing|workforce/domain|event-store/canonical-json)$)',
  message:
    'The domain imports only the pure libs and entries: @mutasi/calendar, @mutasi/errors, @mutasi/transfers, @mutasi/workforce/domain, @mutasi/event-store/canonical-json.',
};

const io = {
  regex: '^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads)$',
  message: 'The domain does no I/O: read files, sockets and processes in the application layer.',
};

/** The pure libs and pure parts of libs (README, "Architecture"). */
const DOMAIN = [
  'libs/calendar/src/**',
  'libs/errors/src/**',
  'libs/transfers/src/**',
  'libs/workforce/src/domain/**',
  'libs/planner/src/**',
  'libs/event-store/src/*.ts',
];
const NOT_DOMAIN = ['libs/planner/src/solver/**', 'libs/event-store/src/index.ts'];

const SPECS = ['**/*.spec.ts', '**/testing/**'];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const importRules = [
  { files: ['**/*.{ts,tsx,mts,js,mjs}'], rules: restrict(ownSourcesOnly) },
  { files: ['libs/**', 'apps/**'], ignores: SPECS, rules: restrict(ownSourcesOnly, testHelpers) },
  { files: ['test/**', 'bench/**', 'scripts/**'], rules: restrict(libsByEntryPoint, appsByIndex) },
  { files: DOMAIN, ignores: NOT_DOMAIN, rules: restrict(ownSourcesOnly, frameworks, infrastructureLibs) },
  {
    files: DOMAIN,
    ignores: [...NOT_DOMAIN, ...SPECS],
    rules: restrict(ownSourcesOnly, frameworks, infrastructureLibs, io, testHelpers),
  },
];
