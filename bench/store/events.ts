import { createHash, randomUUID } from 'node:crypto';
import type { EventMetadata, JsonObject } from '@mutasi/event-store';

/** One event as every implementation receives it (ours, plain SQL, emmett). */
export interface BenchEvent {
  eventId: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
  /** A 64-hex digest the plain-SQL ceiling stores in its hash columns (ours computes its own). */
  digest: string;
}

/** Types cycle through a transfer's life so that the W3 fold has several keys to count. */
const TYPES = ['TransferProposed', 'TransferReviewed', 'TransferApproved', 'TransferScheduled', 'TransferEffected'];
const ROLES = ['OPERATOR_BKD', 'KEPALA_OPD', 'VERIFIKATOR_BKN', 'PPK'];
const KINDS = ['MUTASI_ANTAR_INSTANSI', 'MUTASI_DALAM_INSTANSI', 'MUTASI_ANTAR_DAERAH'];
const REASONS = [
  'Penataan pegawai sesuai analisis jabatan dan beban kerja unit tujuan.',
  'Pengembangan karier berdasarkan hasil penilaian kinerja pegawai.',
  'Mengikuti suami/istri yang bertugas di daerah lain sesuai ketentuan.',
  'Pemenuhan jabatan fungsional yang lowong di unit kerja tujuan.',
];

/** Small deterministic PRNG (mulberry32), so every implementation gets the same payload shapes. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

function hex64(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

/**
 * A `TransferProposed`-like event of about 600 bytes of JSON (data + metadata), with the
 * attributes of PRODUCT.md's transfer request. `version` (1-based) picks the type.
 */
export function makeEvent(rng: Rng, streamKey: string, version: number): BenchEvent {
  const eventId = randomUUID();
  const digest = hex64(eventId);
  const nip = `19${rng.digits(2)}0${rng.int(10)}${rng.digits(2)}20${rng.digits(2)}0${rng.int(10)}${rng.digits(4)}`;
  const data: JsonObject = {
    transferId: streamKey,
    employeeNip: nip.slice(0, 18),
    originPositionId: `POS-${rng.digits(4)}-${rng.digits(6)}`,
    targetPositionId: `POS-${rng.digits(4)}-${rng.digits(6)}`,
    kind: rng.pick(KINDS),
    reason: rng.pick(REASONS),
    requestedEffectiveDate: `2026-${String(1 + rng.int(12)).padStart(2, '0')}-01`,
    attachments: [{ name: `surat-permohonan-${rng.digits(6)}.pdf`, sha256: hex64(streamKey + String(version)) }],
    policyVersion: '2025.1',
  };
  const metadata: EventMetadata = {
    actorId: `usr-${rng.digits(8)}`,
    actorRole: rng.pick(ROLES),
    onBehalfOf: null,
    correlationId: streamKey,
    causationId: null,
  };
  return { eventId, type: TYPES[(version - 1) % TYPES.length], data, metadata, digest };
}

/**
 * What W3 folds in memory: a count per type and the summed length of the `reason` texts. It also
 * remembers the event ids it saw, to tell events delivered twice from events never delivered.
 */
export class Fold {
  count = 0;
  duplicates = 0;
  reasonChars = 0;
  readonly perType = new Map<string, number>();
  private readonly seen = new Set<string>();

  add(eventId: string, type: string, data: unknown): void {
    this.count++;
    if (this.seen.has(eventId)) this.duplicates++;
    else this.seen.add(eventId);
    this.perType.set(type, (this.perType.get(type) ?? 0) + 1);
    if (typeof data === 'object' && data !== null) {
      const reason = (data as { reason?: unknown }).reason;
      if (typeof reason === 'string') this.reasonChars += reason.length;
    }
  }

  get distinct(): number {
    return this.seen.size;
  }

  summary(): {
    delivered: number;
    distinct: number;
    duplicates: number;
    reasonChars: number;
    perType: Record<string, number>;
  } {
    return {
      delivered: this.count,
      distinct: this.distinct,
      duplicates: this.duplicates,
      reasonChars: this.reasonChars,
      perType: Object.fromEntries(this.perType),
    };
  }
}

/** Bytes of `{type, data, metadata}` as JSON: the payload size the bench claims. */
export function eventBytes(event: BenchEvent): number {
  return Buffer.byteLength(JSON.stringify({ type: event.type, data: event.data, metadata: event.metadata }));
}
