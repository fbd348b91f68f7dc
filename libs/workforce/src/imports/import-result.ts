import type { CsvKind } from '../domain/csv-rows/csv-kind';

export interface RejectedRow {
  line: number;
  code: string;
  message: string;
  field?: string;
  /** For OUT_OF_SCOPE: the row's key and the agency it belongs (or would belong) to. */
  details?: Record<string, string | null>;
}

export interface ImportResult {
  kind: CsvKind;
  /** Rows accepted (written, or already stored as they are). */
  imported: number;
  /** Accepted rows that were new or differed from what was stored. */
  changed: number;
  /** The issues of the rejected rows, one entry per issue (at most MAX_REPORTED_REJECTIONS). */
  rejected: RejectedRow[];
  /** Rows rejected. */
  rejectedCount: number;
  partial: boolean;
  fileSha256: string;
  bytes: number;
  /** The import's audit event, when something was written. */
  eventId: string | null;
}

export const MAX_REPORTED_REJECTIONS = 1000;
