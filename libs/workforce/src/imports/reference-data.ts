import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '@mutasi/calendar';
import type { CsvKind } from '../domain/csv-rows/csv-kind';
import type { ReferenceContext } from '../domain/csv-rows/reference-context';

/**
 * What rows may refer to: the master data already stored, plus the keys accepted so far from the
 * file being imported (so a unit may name a parent that comes later in the same file).
 */
export class ReferenceData implements ReferenceContext {
  readonly regions = new Set<string>();
  readonly agencies = new Set<string>();
  /** unit id → agency id */
  readonly units = new Map<string, string>();
  /** position id → agency id */
  readonly positions = new Map<string, string>();
  readonly employees = new Set<string>();

  constructor(readonly today: CalendarDate) {}

  static async load(manager: EntityManager, kind: CsvKind, today: CalendarDate): Promise<ReferenceData> {
    const data = new ReferenceData(today);
    const rows = <T>(sql: string) => manager.query(sql) as Promise<T[]>;
    for (const r of await rows<{ code: string }>('SELECT code FROM regions')) data.regions.add(r.code);
    for (const r of await rows<{ id: string }>('SELECT id FROM agencies')) data.agencies.add(r.id);
    if (kind === 'units' || kind === 'positions') {
      for (const r of await rows<{ id: string; agency_id: string }>('SELECT id, agency_id FROM units')) {
        data.units.set(r.id, r.agency_id);
      }
    }
    if (kind === 'employees' || kind === 'users' || kind === 'workload') {
      for (const r of await rows<{ id: string; agency_id: string }>('SELECT id, agency_id FROM positions')) {
        data.positions.set(r.id, r.agency_id);
      }
    }
    if (kind === 'users') {
      for (const r of await rows<{ nip: string }>('SELECT nip FROM employees')) data.employees.add(r.nip);
    }
    return data;
  }

  // Arrow properties: validators receive these as detached functions.
  readonly hasRegion = (code: string): boolean => this.regions.has(code);
  readonly hasAgency = (id: string): boolean => this.agencies.has(id);
  readonly hasUnit = (id: string): boolean => this.units.has(id);
  readonly hasPosition = (id: string): boolean => this.positions.has(id);
  readonly hasEmployee = (nip: string): boolean => this.employees.has(nip);
  readonly unitAgency = (id: string): string | undefined => this.units.get(id);
}
