import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import type { QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { Documents1764000000020 } from '../migrations/1764000000020-documents';
import { S3ContentStore, S3Error, type S3Settings } from './s3-content-store';
import { signS3Request } from './sigv4';

const CREDENTIALS = { accessKeyId: 'MUTASITEST', secretAccessKey: 'rahasia-uji-coba', region: 'ap-southeast-3' };

/**
 * A small S3 stand-in: keeps objects in memory and refuses any request whose SigV4 signature is
 * not the one its own headers give with the known secret, or whose signed payload hash is not the
 * sha256 of the body it sent.
 */
class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  readonly requests: string[] = [];
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parts: Buffer[] = [];
    for await (const chunk of req) parts.push(chunk as Buffer);
    const body = Buffer.concat(parts);
    const path = req.url ?? '';
    this.requests.push(`${req.method} ${path}`);
    const signed = Object.fromEntries(
      (/SignedHeaders=([^,]+)/.exec(req.headers.authorization ?? '')?.[1] ?? '')
        .split(';')
        .filter((name) => !['x-amz-date', 'x-amz-content-sha256'].includes(name))
        .map((name) => [name, String(req.headers[name])]),
    );
    const date = String(req.headers['x-amz-date']);
    const now = new Date(
      `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
    );
    const payloadHash = String(req.headers['x-amz-content-sha256']);
    const expected = signS3Request({ method: req.method ?? '', path, headers: signed, payloadHash, now }, CREDENTIALS);
    if (expected.authorization !== req.headers.authorization || !signed.host) {
      res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    if (req.method === 'PUT') {
      if (payloadHash !== createHash('sha256').update(body).digest('hex')) {
        res.writeHead(400).end('<Error><Code>XAmzContentSHA256Mismatch</Code></Error>');
        return;
      }
      this.objects.set(path, body);
      res.writeHead(200).end();
      return;
    }
    const object = this.objects.get(path);
    if (!object) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': object.length });
    res.end(req.method === 'HEAD' ? undefined : object);
  }
}

describe('S3ContentStore against a local S3 stand-in', () => {
  let db: TestDatabase;
  let pool: Pool;
  const s3 = new FakeS3();
  let settings: S3Settings;

  beforeAll(async () => {
    db = await createTestDatabase('documents_s3');
    pool = db.pool();
    await pool.query('CREATE TABLE transfer_summaries (detail jsonb)');
    await new Documents1764000000020().up({ query: (sql: string) => pool.query(sql) } as unknown as QueryRunner);
    settings = { endpoint: await s3.start(), bucket: 'dokumen', prefix: 'mutasi/', ...CREDENTIALS };
  });
  afterAll(async () => {
    await s3.stop();
    await db.drop();
  });

  const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text.repeat(5000)}`);
  const describeDocument = (bytes: Buffer) => ({
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mediaType: 'application/pdf' as const,
  });

  async function store(target: S3ContentStore, bytes: Buffer): Promise<boolean> {
    const upload = await target.begin();
    try {
      for (let i = 0; i < bytes.length; i += 4096) await upload.write(bytes.subarray(i, i + 4096));
      return await upload.commit(describeDocument(bytes), 'operator-99-02');
    } catch (error) {
      await upload.abort();
      throw error;
    }
  }

  it('puts a document under its hash with a signed payload hash, and reads it back', async () => {
    const target = new S3ContentStore(pool, settings);
    const bytes = pdf('surat keputusan ');
    expect(await store(target, bytes)).toBe(true);
    const { sha256 } = describeDocument(bytes);
    expect(s3.objects.get(`/dokumen/mutasi/${sha256}`)?.equals(bytes)).toBe(true);
    const { rows } = await pool.query('SELECT storage, content_id, size::int FROM documents WHERE sha256 = $1', [
      sha256,
    ]);
    expect(rows).toEqual([{ storage: 's3', content_id: null, size: bytes.length }]);

    const read: Buffer[] = [];
    const record = {
      ...describeDocument(bytes),
      storage: 's3' as const,
      contentId: null,
      uploadedBy: '',
      uploadedAt: new Date(),
    };
    for await (const chunk of target.open(record)) read.push(chunk);
    expect(Buffer.concat(read).equals(bytes)).toBe(true);
  });

  it('sends the same document once', async () => {
    const target = new S3ContentStore(pool, settings);
    const bytes = pdf('spmt ');
    expect(await store(target, bytes)).toBe(true);
    const puts = () => s3.requests.filter((r) => r.startsWith('PUT')).length;
    const before = puts();
    expect(await store(target, bytes)).toBe(false);
    expect(puts()).toBe(before);
  });

  it('stores no row when the object store refuses the request', async () => {
    const target = new S3ContentStore(pool, { ...settings, secretAccessKey: 'salah' });
    const bytes = pdf('skpp ');
    await expect(store(target, bytes)).rejects.toThrow(S3Error);
    const { rowCount } = await pool.query('SELECT 1 FROM documents WHERE sha256 = $1', [
      describeDocument(bytes).sha256,
    ]);
    expect(rowCount).toBe(0);
  });
});
