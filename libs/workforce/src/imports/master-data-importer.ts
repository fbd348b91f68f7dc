import { jakartaDate } from '@mutasi/calendar';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_STORE, type PostgresEventStore, type SqlExecutor } from '@mutasi/event-store';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@mutasi/platform';
import { checkHeader, type CsvKind } from '../domain/csv-rows/csv-kind';
import { validateRow, type CsvRecords } from '../domain/csv-rows/validate-row';
import { readCsv, type CsvRecord } from './csv-records';
import { IMPORT_KINDS, type ExistingRows, type ImportKind, type StoredRow } from './import-kinds';
import { MAX_REPORTED_REJECTIONS, type ImportResult, type RejectedRow } from './import-result';
import { ReferenceData } from './reference-data';
import { upsertSql } from './upsert';

export interface ImportActor {
  userId: string;
  role: string;
  /** null: every agency. */
  agencyScope: string[] | null;
  correlationId: string;
}

export interface ImportOptions {
  partial: boolean;
  actor: ImportActor;
}

const BATCH_ROWS = 1000;

class RejectedImport extends Error {
  constructor(readonly result: ImportResult) {
    super('import rejected');
  }
}

interface Accepted<K extends CsvKind> {
  line: number;
  record: CsvRecords[K];
}

/** An administrator's change of a position's chain roles, recorded as its own event. */
interface ChainRolesChange {
  positionId: string;
  before: string[];
  after: string[];
}

const sameRoles = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join(';') === [...b].sort().join(';');

/**
 * Imports one master-data CSV file in one transaction: every row is checked, rows are upserted by
 * key in batches as the file streams in, and the import is recorded as an event in the same
 * transaction. Without `partial`, one rejected row rolls everything back.
 */
@Injectable()
export class MasterDataImporter {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import<K extends CsvKind>(
    kind: K,
    input: Readable | string | Buffer,
    options: ImportOptions,
  ): Promise<ImportResult> {
    const spec = IMPORT_KINDS[kind] as ImportKind<K>;
    if (spec.nationalOnly && options.actor.agencyScope !== null) {
      throw new CodedError('IMPORT_NOT_ALLOWED', `Only national-scope administrators import ${kind}`);
    }
    try {
      const context: RunContext = {
        store: this.store,
        today: jakartaDate(this.clock.now()),
        limitBytes: this.config.bodyLimitBytes,
      };
      const result = await this.dataSource.transaction((manager) =>
        new ImportRun(spec, manager, options, context).run(input),
      );
      this.store.announceAppend();
      return result;
    } catch (error) {
      if (error instanceof RejectedImport) {
        throw new CodedError(
          'IMPORT_REJECTED',
          `${error.result.rejectedCount} row(s) of the ${kind} file were rejected; nothing was imported (use ?partial=true to keep the valid rows)`,
          { ...error.result },
        );
      }
      throw error;
    }
  }
}

interface RunContext {
  store: PostgresEventStore;
  today: string;
  limitBytes: number;
}

class ImportRun<K extends CsvKind> {
  private readonly rejected: RejectedRow[] = [];
  private rejectedCount = 0;
  private imported = 0;
  private changed = 0;
  private readonly seen = new Set<string>();
  private batch: (Record<string, unknown> | Promise<Record<string, unknown>>)[] = [];
  private refs!: ReferenceData;
  private existing: ExistingRows = { passwordHash: () => undefined };
  private stored = new Map<string, StoredRow>();
  private readonly chainRoleChanges: ChainRolesChange[] = [];
  private readonly sql: SqlExecutor;

  constructor(
    private readonly spec: ImportKind<K>,
    private readonly manager: EntityManager,
    private readonly options: ImportOptions,
    private readonly context: RunContext,
  ) {
    this.sql = { query: <R>(text: string, params?: unknown[]) => manager.query(text, params) as Promise<R[]> };
  }

  async run(input: Readable | string | Buffer): Promise<ImportResult> {
    const { store, today, limitBytes } = this.context;
    const csv = await readCsv(input, limitBytes);
    const headerIssues = checkHeader(this.spec.kind, csv.header);
    if (headerIssues.length > 0) {
      const [issue] = headerIssues;
      throw new CodedError('INVALID_HEADER', issue.message, {
        missing: issue.missing,
        unexpected: issue.unexpected,
        duplicated: issue.duplicated,
      });
    }
    this.refs = await ReferenceData.load(this.manager, this.spec.kind, today);
    if (this.spec.kind === 'users') await this.loadPasswordHashes();
    await this.loadStoredRows();

    if (this.spec.selfReferencing) {
      const buffered: CsvRecord[] = [];
      for await (const record of csv.records) buffered.push(record);
      for (const accepted of this.checkSelfReferences(buffered)) await this.accept(accepted);
    } else {
      for await (const record of csv.records) {
        const accepted = this.check(record);
        if (accepted) await this.accept(accepted);
      }
    }
    await this.flush();
    if (this.spec.afterWrite) await this.manager.query(this.spec.afterWrite);

    const { sha256, bytes } = csv.digest();
    const result: ImportResult = {
      kind: this.spec.kind,
      imported: this.imported,
      changed: this.changed,
      rejected: this.rejected,
      rejectedCount: this.rejectedCount,
      partial: this.options.partial,
      fileSha256: sha256,
      bytes,
      eventId: null,
    };
    if (this.rejectedCount > 0 && !this.options.partial)
      throw new RejectedImport({ ...result, imported: 0, changed: 0 });

    const eventId = randomUUID();
    const { actor } = this.options;
    await store.appendInTransaction(
      this.sql,
      `import-${eventId}`,
      [
        {
          eventId,
          type: 'MasterDataImported',
          data: {
            kind: this.spec.kind,
            fileSha256: sha256,
            bytes,
            imported: this.imported,
            changed: this.changed,
            rejected: this.rejectedCount,
            partial: this.options.partial,
          },
          metadata: {
            actorId: actor.userId,
            actorRole: actor.role,
            onBehalfOf: null,
            correlationId: actor.correlationId,
            causationId: null,
          },
        },
      ],
      { expectedVersion: 'no_stream' },
    );
    for (const change of this.chainRoleChanges) {
      await store.appendInTransaction(
        this.sql,
        `position-${change.positionId}`,
        [
          {
            eventId: randomUUID(),
            type: 'PositionChainRolesChanged',
            data: { ...change, importEventId: eventId, fileSha256: sha256 },
            metadata: {
              actorId: actor.userId,
              actorRole: actor.role,
              onBehalfOf: null,
              correlationId: actor.correlationId,
              causationId: eventId,
            },
          },
        ],
        { expectedVersion: 'any' },
      );
    }
    return { ...result, eventId };
  }

  /** Checks one record; returns it when accepted, records why when not. */
  private check(record: CsvRecord): Accepted<K> | null {
    if (record.columnCountMismatch) {
      const { expected, actual } = record.columnCountMismatch;
      this.reject(record.line, 'INVALID_COLUMN_COUNT', `The row has ${actual} cells; the header has ${expected}`);
      return null;
    }
    const result = validateRow(this.spec.kind, record.row, this.refs);
    if (!result.ok) {
      this.rejectRow(record.line, result.issues);
      return null;
    }
    const key = this.spec.key(result.value);
    if (this.seen.has(key)) {
      this.reject(record.line, 'DUPLICATE_KEY', `${key} appears more than once in the file`);
      return null;
    }
    this.seen.add(key);
    const agency = this.spec.agencyOf(result.value, this.refs);
    const scope = this.options.actor.agencyScope;
    const inScope = (id: string | null) => scope === null || (id !== null && scope.includes(id));
    if (!inScope(agency)) {
      this.reject(
        record.line,
        'OUT_OF_SCOPE',
        `${key} would belong to agency ${agency ?? '(none)'}, outside your scope`,
        undefined,
        { key, agencyId: agency },
      );
      return null;
    }
    const stored = this.stored.get(key);
    if (stored !== undefined && !inScope(stored.agency)) {
      this.reject(
        record.line,
        'OUT_OF_SCOPE',
        `${key} belongs to agency ${stored.agency ?? '(none)'}, outside your scope`,
        undefined,
        { key, agencyId: stored.agency },
      );
      return null;
    }
    const roles = this.spec.chainRoles?.(result.value);
    if (roles !== undefined && this.options.actor.role !== 'admin' && !sameRoles(roles, stored?.chainRoles ?? [])) {
      this.reject(
        record.line,
        'CHAIN_ROLES_ADMIN_ONLY',
        `Only administrators set or change chain roles; ${key} holds ${(stored?.chainRoles ?? []).join(';') || '(none)'} as stored`,
        'chainRoles',
      );
      return null;
    }
    this.spec.register(result.value, this.refs);
    return { line: record.line, record: result.value };
  }

  /**
   * Rows may name a parent further down the file: every key of the file is known while checking,
   * then rows whose parent was neither stored nor accepted are rejected, until none is left.
   */
  private checkSelfReferences(records: CsvRecord[]): Accepted<K>[] {
    const stored = this.spec.storedKeys?.(this.refs) ?? new Set<string>();
    for (const r of records) this.spec.preRegister?.(r.row, this.refs);
    let accepted = records.map((r) => this.check(r)).filter((a): a is Accepted<K> => a !== null);
    for (;;) {
      const keys = new Set(accepted.map((a) => this.spec.key(a.record)));
      const orphans = accepted.filter((a) => {
        const parent = this.spec.dependsOn?.(a.record) ?? null;
        return parent !== null && !stored.has(parent) && !keys.has(parent);
      });
      if (orphans.length === 0) return accepted;
      const missing = this.spec.missingDependency ?? { code: 'UNKNOWN_REFERENCE', field: '' };
      for (const orphan of orphans) {
        this.reject(
          orphan.line,
          missing.code,
          `${missing.field} ${this.spec.dependsOn?.(orphan.record)} is not known`,
          missing.field,
        );
      }
      accepted = accepted.filter((a) => !orphans.includes(a));
    }
  }

  private async accept(accepted: Accepted<K>): Promise<void> {
    const roles = this.spec.chainRoles?.(accepted.record);
    if (roles !== undefined) {
      const key = this.spec.key(accepted.record);
      const before = this.stored.get(key)?.chainRoles ?? [];
      if (!sameRoles(roles, before)) this.chainRoleChanges.push({ positionId: key, before, after: roles });
    }
    this.batch.push(this.spec.toDbRow(accepted.record, this.refs, this.existing));
    this.imported += 1;
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = await Promise.all(this.batch);
    this.batch = [];
    const json = JSON.stringify(rows);
    const [result] = await this.sql.query<{ changed: number }>(upsertSql(this.spec.table), [json]);
    this.changed += result.changed;
    for (const after of this.spec.afterBatch?.(this.context.today) ?? []) {
      await this.sql.query(after.sql, [json, ...after.params]);
    }
  }

  private reject(
    line: number,
    code: string,
    message: string,
    field?: string,
    details?: Record<string, string | null>,
  ): void {
    this.rejectRow(line, [{ code, message, field, details }]);
  }

  /** One rejected row, reported with each of its issues. */
  private rejectRow(
    line: number,
    issues: readonly { code: string; message: string; field?: string; details?: Record<string, string | null> }[],
  ): void {
    this.rejectedCount += 1;
    for (const { code, message, field, details } of issues) {
      if (this.rejected.length >= MAX_REPORTED_REJECTIONS) return;
      this.rejected.push({ line, code, message, ...(field ? { field } : {}), ...(details ? { details } : {}) });
    }
  }

  private async loadStoredRows(): Promise<void> {
    if (this.spec.storedSql === undefined) return;
    const rows = await this.sql.query<{ key: string; agency: string | null; chain_roles?: string[] }>(
      this.spec.storedSql,
    );
    this.stored = new Map(rows.map((r) => [r.key, { agency: r.agency, chainRoles: r.chain_roles ?? [] }]));
  }

  private async loadPasswordHashes(): Promise<void> {
    const rows = await this.sql.query<{ username: string; password_hash: string }>(
      'SELECT username, password_hash FROM users',
    );
    const hashes = new Map(rows.map((r) => [r.username, r.password_hash]));
    this.existing = { passwordHash: (username) => hashes.get(username) };
  }
}
