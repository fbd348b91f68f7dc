import type { JsonObject } from './canonical-json';

/** Turns the data of (type, fromVersion) into the data of (type, fromVersion + 1). */
export type Upcast = (data: JsonObject) => JsonObject;

export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast: Upcast;
}

/** Event schemas evolve by chaining upcasters keyed by (type, schema version) on read. */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcast>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const u of upcasters) this.register(u);
  }

  register({ type, fromVersion, upcast }: Upcaster): void {
    const key = `${type}@${fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`An upcaster for ${key} is already registered`);
    this.byKey.set(key, upcast);
  }

  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  /** Applies every upcaster from the stored version on; returns the latest data and version. */
  apply(type: string, schemaVersion: number, data: JsonObject): { schemaVersion: number; data: JsonObject } {
    let version = schemaVersion;
    let current = data;
    for (let next = this.byKey.get(`${type}@${version}`); next; next = this.byKey.get(`${type}@${version}`)) {
      current = next(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}
