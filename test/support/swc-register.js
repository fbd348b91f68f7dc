/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook, loaded with `node -r` */
/**
 * Runs TypeScript child processes that boot Nest (`node -r ./test/support/swc-register.js x.ts`):
 * compiles .ts files with swc as jest does, with decorator metadata, which tsx (esbuild) cannot
 * emit and Nest's dependency injection needs; maps the @mutasi/* paths to the libraries' sources.
 */
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = join(__dirname, '..', '..');
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function (request, ...rest) {
  const alias = /^@mutasi\/([a-z-]+)$/.exec(request);
  if (alias) return join(ROOT, 'libs', alias[1], 'src', 'index.ts');
  // A lib's pure entry point, as in tsconfig.json: @mutasi/workforce/domain, @mutasi/event-store/canonical-json.
  const entry = /^@mutasi\/([a-z-]+)\/([a-z-]+)$/.exec(request);
  if (entry) return resolveFilename.call(this, join(ROOT, 'libs', entry[1], 'src', entry[2]), ...rest);
  return resolveFilename.call(this, request, ...rest);
};

Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
