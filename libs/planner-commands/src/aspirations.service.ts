import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { canAccessAgency, hasRole, type AuthUser } from '@mutasi/identity';
import {
  aspirationStreamId,
  decideAspiration,
  evolveAspirations,
  initialAspirationState,
  PlannerError,
  type AspirationCommand,
  type AspirationEvent,
  type AspirationSource,
  type AspirationState,
} from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { APP_CONFIG, CLOCK, PG_POOL, type AppConfig, type Clock } from '@mutasi/platform';
import { readCsv } from '@mutasi/workforce';
import { PlannerStreams } from './planner-streams';

export interface WishInput {
  rank: number;
  unitId: string | null;
  positionId: string | null;
  reason: string;
}

export interface AspirationActor {
  user: AuthUser;
  correlationId: string;
  /** The role the events record; an import is an operator's unless said otherwise (the CLI's is an admin's). */
  role?: string;
}

export const ASPIRATIONS_CSV_HEADER = ['nip', 'rank', 'unitId', 'positionId', 'reason'] as const;

interface Targets {
  employees: Map<string, string>;
  units: Set<string>;
  positions: Map<string, string>;
}

/** Employees' wishes: stated and withdrawn as events on the employee's stream `aspirations-<nip>`. */
@Injectable()
export class AspirationsService {
  constructor(
    private readonly streams: PlannerStreams,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(nip: string, user: AuthUser) {
    const targets = await this.targets([nip], [], []);
    const agencyId = targets.employees.get(nip);
    if (agencyId === undefined) throw employeeNotFound(nip);
    const own = user.employeeNip === nip;
    const reader =
      hasRole(user, 'auditor', 'admin') || (hasRole(user, 'operator', 'approver') && canAccessAgency(user, agencyId));
    if (!own && !reader) {
      throw new CodedError(
        'OUT_OF_SCOPE',
        `Pegawai ${nip} di luar kewenangan Anda / Employee ${nip} is outside your scope`,
      );
    }
    const state = await this.load(nip);
    return { nip, version: state.version, wishes: [...state.wishes.values()].sort((a, b) => a.rank - b.rank) };
  }

  async state(nip: string, wish: WishInput, actor: AspirationActor) {
    this.assertOwn(nip, actor.user);
    const targets = await this.targets(
      [nip],
      wish.unitId ? [wish.unitId] : [],
      wish.positionId ? [wish.positionId] : [],
    );
    if (!targets.employees.has(nip)) throw employeeNotFound(nip);
    const problem = targetProblem(wish, targets);
    if (problem)
      throw new CodedError(problem.code, problem.message, {
        unitId: wish.unitId,
        positionId: wish.positionId,
      });
    return this.decide(
      nip,
      {
        type: 'StateAspiration',
        data: { nip, ...wish, source: 'employee', actor: actor.user.username, now: this.now() },
      },
      actor,
    );
  }

  async withdraw(nip: string, rank: number, actor: AspirationActor) {
    this.assertOwn(nip, actor.user);
    return this.decide(
      nip,
      { type: 'WithdrawAspiration', data: { nip, rank, actor: actor.user.username, now: this.now() } },
      actor,
    );
  }

  /**
   * `aspirations.csv` (`nip,rank,unitId,positionId,reason`), for employees of the operator's agencies:
   * all or nothing unless `partial`; every rejected row reported as {line, code, message}; a row
   * stating what is already stated changes nothing.
   */
  async import(input: Readable, partial: boolean, actor: AspirationActor) {
    const source = await readCsv(input, this.config.bodyLimitBytes);
    const missing = ASPIRATIONS_CSV_HEADER.filter((column) => !source.header.includes(column));
    if (missing.length > 0) {
      throw new CodedError('CSV_HEADER_INVALID', `Kolom hilang / Missing columns: ${missing.join(', ')}`, {
        expected: ASPIRATIONS_CSV_HEADER,
      });
    }
    const rows: { line: number; row: Record<string, string> }[] = [];
    for await (const record of source.records) rows.push(record);
    const targets = await this.targets(
      rows.map((r) => r.row.nip.trim()),
      rows.map((r) => r.row.unitId.trim()).filter(Boolean),
      rows.map((r) => r.row.positionId.trim()).filter(Boolean),
    );
    const rejected: { line: number; code: string; message: string }[] = [];
    const states = new Map<string, AspirationState>();
    const pending = new Map<string, { version: number; events: AspirationEvent[] }>();
    let imported = 0;
    let changed = 0;
    for (const { line, row } of rows) {
      const nip = row.nip.trim();
      const agencyId = targets.employees.get(nip);
      if (agencyId === undefined) {
        rejected.push({ line, code: 'EMPLOYEE_NOT_FOUND', message: `Tidak ada pegawai ${nip} / No employee ${nip}` });
        continue;
      }
      if (!canAccessAgency(actor.user, agencyId)) {
        rejected.push({
          line,
          code: 'OUT_OF_SCOPE',
          message: `Pegawai ${nip} di luar instansi Anda / Employee ${nip} is outside your agencies`,
        });
        continue;
      }
      const wish: WishInput = {
        rank: /^\d{1,2}$/.test(row.rank.trim()) ? Number(row.rank.trim()) : Number.NaN,
        unitId: row.unitId.trim() || null,
        positionId: row.positionId.trim() || null,
        reason: row.reason,
      };
      const problem = targetProblem(wish, targets);
      if (problem) {
        rejected.push({ line, code: problem.code, message: problem.message });
        continue;
      }
      const state = states.get(nip) ?? (await this.load(nip));
      try {
        const events = decideAspiration(
          {
            type: 'StateAspiration',
            data: { nip, ...wish, source: 'import' as AspirationSource, actor: actor.user.username, now: this.now() },
          },
          state,
        );
        states.set(nip, events.reduce(evolveAspirations, state));
        const batch = pending.get(nip) ?? { version: state.version, events: [] };
        batch.events.push(...events);
        pending.set(nip, batch);
        imported++;
        changed += events.length;
      } catch (error) {
        if (!(error instanceof PlannerError)) throw error;
        rejected.push({ line, code: error.code, message: error.message });
      }
    }
    if (rejected.length > 0 && !partial) {
      throw new CodedError(
        'IMPORT_REJECTED',
        `${rejected.length} baris ditolak; tidak ada yang diimpor / ${rejected.length} row(s) were rejected; nothing was imported (use ?partial=true to keep the valid rows)`,
        { rejected },
      );
    }
    const position = await this.appendAll(pending, actor);
    return { kind: 'aspirations', imported, changed, rejected, rejectedCount: rejected.length, partial, position };
  }

  private async appendAll(
    pending: Map<string, { version: number; events: AspirationEvent[] }>,
    actor: AspirationActor,
  ) {
    const batches = [...pending].filter(([, b]) => b.events.length > 0);
    if (batches.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const sql = {
        query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
      };
      let position: string | null = null;
      for (const [nip, batch] of batches) {
        const metadata = this.metadata(actor, actor.role ?? 'operator');
        position = (await this.streams.append(aspirationStreamId(nip), batch.events, batch.version, metadata, sql))
          .position;
      }
      await client.query('COMMIT');
      this.streams.announce();
      return position;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  private async decide(nip: string, command: AspirationCommand, actor: AspirationActor) {
    const state = await this.load(nip);
    const events = decideAspiration(command, state);
    if (events.length === 0) return { id: nip, version: state.version, position: null };
    const result = await this.streams.append(
      aspirationStreamId(nip),
      events,
      state.version,
      this.metadata(actor, 'employee'),
    );
    return { id: nip, version: result.version, position: result.position };
  }

  private async load(nip: string): Promise<AspirationState> {
    return (await this.streams.read<AspirationEvent>(aspirationStreamId(nip))).reduce(
      evolveAspirations,
      initialAspirationState,
    );
  }

  private assertOwn(nip: string, user: AuthUser): void {
    if (user.employeeNip !== nip) {
      throw new CodedError(
        'NOT_OWN_RECORD',
        'Pegawai hanya dapat menyatakan keinginannya sendiri / An employee states only their own wishes',
        { nip },
      );
    }
  }

  private async targets(nips: string[], unitIds: string[], positionIds: string[]): Promise<Targets> {
    const [employees, units, positions] = await Promise.all([
      this.pool.query<{ nip: string; agency_id: string }>(
        'SELECT nip, agency_id FROM employees WHERE nip = ANY ($1::text[])',
        [nips],
      ),
      this.pool.query<{ id: string }>('SELECT id FROM units WHERE id = ANY ($1::text[])', [unitIds]),
      this.pool.query<{ id: string; unit_id: string }>(
        'SELECT id, unit_id FROM positions WHERE id = ANY ($1::text[])',
        [positionIds],
      ),
    ]);
    return {
      employees: new Map(employees.rows.map((r) => [r.nip, r.agency_id])),
      units: new Set(units.rows.map((r) => r.id)),
      positions: new Map(positions.rows.map((r) => [r.id, r.unit_id])),
    };
  }

  private metadata(actor: AspirationActor, role: string) {
    return {
      actorId: actor.user.username,
      actorRole: role,
      onBehalfOf: null,
      correlationId: actor.correlationId,
      causationId: null,
    };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

function employeeNotFound(nip: string): CodedError {
  return new CodedError('EMPLOYEE_NOT_FOUND', `Tidak ada pegawai ${nip} / No employee ${nip}`, { nip });
}

/** A wished unit or position that does not exist, or a position outside the wished unit. */
function targetProblem(wish: WishInput, targets: Targets): { code: string; message: string } | null {
  if (wish.unitId !== null && !targets.units.has(wish.unitId)) {
    return { code: 'UNIT_NOT_FOUND', message: `Unit ${wish.unitId} tidak ada / No unit ${wish.unitId}` };
  }
  if (wish.positionId !== null) {
    const unitId = targets.positions.get(wish.positionId);
    if (unitId === undefined) {
      return {
        code: 'POSITION_NOT_FOUND',
        message: `Jabatan ${wish.positionId} tidak ada / No position ${wish.positionId}`,
      };
    }
    if (wish.unitId !== null && unitId !== wish.unitId) {
      return {
        code: 'ASPIRATION_POSITION_NOT_IN_UNIT',
        message: `Jabatan ${wish.positionId} tidak berada di unit ${wish.unitId} / Position ${wish.positionId} is not in unit ${wish.unitId}`,
      };
    }
  }
  return null;
}
