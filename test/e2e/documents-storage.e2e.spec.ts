import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHUNK_BYTES } from '@mutasi/documents';
import { fakePdf, sha256Of } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';

const MAX = 2 * 1024 * 1024;

describe('documents: upload and download', () => {
  let app: TestApp;
  let operator: string;
  let port: number;

  beforeAll(async () => {
    app = await startTestApp('documents_storage', { env: { DOCUMENT_MAX_BYTES: String(MAX) } });
    operator = await app.token('operator-99-02');
    await app.api.listen(0, '127.0.0.1');
    port = (app.api.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => app.close());

  const counts = async () => {
    const { rows } = await app.db
      .pool()
      .query<{ documents: number; chunks: number }>(
        'SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM document_chunks) AS chunks',
      );
    return rows[0];
  };

  const upload = (body: Buffer, type = 'application/pdf', token = operator) =>
    app.http().post('/documents').set('authorization', `Bearer ${token}`).set('content-type', type).send(body);

  /** A request whose body the test writes itself, to stop half-way or send more than it declared. */
  function rawUpload(declaredLength: number) {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/documents',
      headers: {
        authorization: `Bearer ${operator}`,
        'content-type': 'application/pdf',
        'content-length': String(declaredLength),
      },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res: IncomingMessage) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    return { req, response };
  }

  /** Whether a backend other than ours holds a write lock on document_chunks: an upload is being written. */
  const chunkWriters = async () => {
    const { rows } = await app.db.pool().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        WHERE c.relname = 'document_chunks' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`,
    );
    return rows[0].n;
  };

  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 2000; i += 1) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('stores a 2 MB PDF while it arrives, chunk by chunk, and serves it back byte for byte', async () => {
    const pdf = fakePdf('round-trip', MAX);
    const { req, response } = rawUpload(pdf.length);
    const firstPart = 3 * CHUNK_BYTES;
    req.write(pdf.subarray(0, firstPart));
    // The server writes chunks to PostgreSQL before the body is whole: it never holds the file.
    await until(async () => (await chunkWriters()) > 0, 'the first chunks to be written');
    req.end(pdf.subarray(firstPart));
    const stored = await response;
    expect(stored.status).toBe(201);
    expect(JSON.parse(stored.body)).toEqual({
      sha256: sha256Of(pdf),
      size: MAX,
      mediaType: 'application/pdf',
      created: true,
    });
    expect(await counts()).toEqual({ documents: 1, chunks: Math.ceil(MAX / CHUNK_BYTES) });

    const download = await app
      .http()
      .get(`/documents/${sha256Of(pdf)}`)
      .set('authorization', `Bearer ${operator}`)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => done(null, { parts: parts.length, bytes: Buffer.concat(parts) }));
      })
      .expect(200);
    const body = download.body as { parts: number; bytes: Buffer };
    expect(body.bytes.equals(pdf)).toBe(true);
    expect(body.parts).toBeGreaterThan(1);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(MAX));
    expect(download.headers['content-disposition']).toBe(`inline; filename="${sha256Of(pdf)}.pdf"`);
  });

  it('stores the same file once, however often it is uploaded', async () => {
    const pdf = fakePdf('twice', 5000);
    const before = await counts();
    const first = await upload(pdf).expect(201);
    const second = await upload(pdf).expect(200);
    expect(second.body).toEqual({ ...first.body, created: false });
    expect(await counts()).toEqual({ documents: before.documents + 1, chunks: before.chunks + 1 });
  });

  it('takes a multipart form with the file in it, by its content', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
    const response = await app
      .http()
      .post('/documents')
      .set('authorization', `Bearer ${operator}`)
      .attach('file', png, { filename: 'foto.png', contentType: 'image/png' })
      .expect(201);
    expect(response.body).toMatchObject({ sha256: sha256Of(png), size: png.length, mediaType: 'image/png' });
  });

  it('refuses a program renamed .pdf: the content decides, not the name', async () => {
    const before = await counts();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4000, 1)]);
    const response = await app
      .http()
      .post('/documents')
      .set('authorization', `Bearer ${operator}`)
      .attach('file', exe, { filename: 'surat-lolos-butuh.pdf', contentType: 'application/pdf' })
      .expect(415);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file larger than the limit before reading its body', async () => {
    const { req, response } = rawUpload(MAX + 1);
    req.write(fakePdf('too-large', 1024));
    // Only 1 KB of the declared 2 MB is sent: an answer now means nothing more was waited for.
    const refused = await response;
    req.destroy();
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', limit: MAX });
  });

  it('refuses a file that grows past the limit without saying its length, and keeps nothing', async () => {
    const before = await counts();
    const response = await app
      .http()
      .post('/documents')
      .set('authorization', `Bearer ${operator}`)
      .attach('file', fakePdf('grows', MAX + 10), { filename: 'besar.pdf', contentType: 'application/pdf' })
      .expect(413);
    expect(response.body.code).toBe('DOCUMENT_TOO_LARGE');
    expect(await counts()).toEqual(before);
  });

  it('keeps nothing of an upload cut off half-way', async () => {
    const before = await counts();
    const pdf = fakePdf('cut-off', MAX);
    const { req, response } = rawUpload(pdf.length);
    response.catch(() => undefined);
    req.write(pdf.subarray(0, 2 * CHUNK_BYTES + 10));
    await until(async () => (await chunkWriters()) > 0, 'the upload to be written');
    req.destroy();
    await until(async () => (await chunkWriters()) === 0, 'the cut-off upload to be rolled back');
    expect(await counts()).toEqual(before);
    // The whole file afterwards is new: nothing of the first attempt was kept under its hash.
    const whole = await upload(pdf).expect(201);
    expect(whole.body.created).toBe(true);
  });

  describe('bad input', () => {
    it('an empty file', async () => {
      const response = await upload(Buffer.alloc(0)).expect(400);
      expect(response.body.code).toBe('DOCUMENT_EMPTY');
    });

    it('a type other than PDF, JPEG or PNG', async () => {
      const text = await upload(Buffer.from('hello'), 'text/plain').expect(415);
      expect(text.body.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
      await upload(Buffer.from('PK\x03\x04'), 'application/zip').expect(415);
    });

    it('a declared type the content contradicts', async () => {
      const response = await upload(fakePdf('declared-png'), 'image/png').expect(415);
      expect(response.body).toMatchObject({ code: 'DOCUMENT_TYPE_MISMATCH', declared: 'image/png' });
    });

    it('a multipart form without a file', async () => {
      const response = await app
        .http()
        .post('/documents')
        .set('authorization', `Bearer ${operator}`)
        .field('name', 'surat.pdf')
        .expect(400);
      expect(response.body.code).toBe('DOCUMENT_FILE_MISSING');
    });

    it('a hash that is not 64 hexadecimal characters, and one that is not stored', async () => {
      for (const bad of ['abc', 'g'.repeat(64), 'a'.repeat(65)]) {
        const response = await app
          .http()
          .get(`/documents/${bad}`)
          .set('authorization', `Bearer ${operator}`)
          .expect(400);
        expect(response.body.code).toBe('DOCUMENT_HASH_INVALID');
      }
      const unknown = await app
        .http()
        .get(`/documents/${'0'.repeat(64)}`)
        .set('authorization', `Bearer ${operator}`)
        .expect(404);
      expect(unknown.body.code).toBe('DOCUMENT_NOT_FOUND');
    });

    it('an upload by someone who never writes (an auditor)', async () => {
      const response = await upload(fakePdf('auditor'), 'application/pdf', await app.token('auditor')).expect(403);
      expect(response.body.code).toBe('ROLE_REQUIRED');
    });
  });
});
