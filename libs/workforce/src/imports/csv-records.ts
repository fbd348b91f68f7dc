import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { CodedError } from '@mutasi/errors';

export interface CsvRecord {
  /** 1-based line of the record in the file (the header is line 1). */
  line: number;
  row: Record<string, string>;
  /** Set when the record has another number of cells than the header. */
  columnCountMismatch?: { expected: number; actual: number };
}

export interface CsvSource {
  header: string[];
  records: AsyncIterable<CsvRecord>;
  /** sha256 and size of the bytes read so far; complete once `records` is exhausted. */
  digest(): { sha256: string; bytes: number };
}

/** Hashes and counts the bytes going through; refuses more than `limit`. */
class DigestTap extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  sha256 = '';

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      callback(new CodedError('BODY_TOO_LARGE', `The file is larger than ${this.limit} bytes`));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.sha256 = this.hash.digest('hex');
    callback();
  }
}

/**
 * Streams a UTF-8 CSV file (header row, comma-separated, optional BOM, LF or CRLF) record by
 * record, so a large file is read in bounded memory.
 */
export async function readCsv(input: Readable | string | Buffer, limitBytes: number): Promise<CsvSource> {
  const source = typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input;
  const tap = new DigestTap(limitBytes);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: false });
  source.on('error', (error) => tap.destroy(error));
  tap.on('error', (error) => parser.destroy(error));
  source.pipe(tap).pipe(parser);
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;

  const first = await next(iterator);
  if (!first) throw new CodedError('EMPTY_FILE', 'The file is empty: a header row is required');
  const header = first.record.map((h) => h.trim());

  async function* records(): AsyncIterable<CsvRecord> {
    for (;;) {
      const item = await next(iterator);
      if (!item) return;
      const row: Record<string, string> = {};
      header.forEach((column, i) => (row[column] = item.record[i] ?? ''));
      yield {
        line: item.info.lines,
        row,
        ...(item.record.length !== header.length
          ? { columnCountMismatch: { expected: header.length, actual: item.record.length } }
          : {}),
      };
    }
  }

  return { header, records: records(), digest: () => ({ sha256: tap.sha256, bytes: tap.bytes }) };
}

async function next<T>(iterator: AsyncIterator<T>): Promise<T | undefined> {
  try {
    const result = await iterator.next();
    return result.done ? undefined : result.value;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CodedError('MALFORMED_CSV', `The file is not valid CSV: ${error.message}`, {
        csvCode: error.code,
      });
    }
    throw error;
  }
}
