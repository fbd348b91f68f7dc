import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_ORDER } from './import-kinds';
import type { ImportResult } from './import-result';
import type { ImportActor, MasterDataImporter } from './master-data-importer';

/** Imports `<kind>.csv` files of a folder in reference order; files that are absent are skipped. */
export async function importFolder(
  importer: MasterDataImporter,
  dir: string,
  actor: ImportActor,
  options: { partial?: boolean } = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const kind of IMPORT_ORDER) {
    const file = join(dir, `${kind}.csv`);
    if (!existsSync(file)) continue;
    results.push(await importer.import(kind, createReadStream(file), { partial: options.partial ?? false, actor }));
  }
  return results;
}
