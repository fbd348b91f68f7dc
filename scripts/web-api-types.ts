/**
 * Writes the web app's client types from the API's own OpenAPI document, built from the Nest
 * controllers in preview mode (no database, no Redis, no server). With --check it writes nothing
 * and fails when the committed types differ from what the API serves (npm run lint runs it).
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { loadConfig } from '@mutasi/platform';
import { AppModule, openApiDocument } from '../apps/api/src';

const TARGET = join(__dirname, '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');
const HEADER = "// Generated from the API's OpenAPI document by `npm run web:types`; do not edit.\n";

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({ LOG_LEVEL: 'silent' })), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  const document = openApiDocument(app);
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  const source = await format(HEADER + astToString(ast), {
    ...(await resolveConfig(TARGET)),
    filepath: TARGET,
  });
  if (process.argv.includes('--check')) {
    const committed = readFileSync(TARGET, 'utf8');
    if (committed !== source) {
      console.error(`${TARGET} differs from the API's OpenAPI document: run npm run web:types`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(TARGET, source);
  console.log(`wrote ${TARGET}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
