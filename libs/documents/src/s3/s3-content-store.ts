import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import type { Pool } from 'pg';
import type { ContentStore, ContentUpload } from '../content-store.port';
import { insertDocumentRow, insertUploader } from '../document-rows';
import type { DocumentRecord, StoredDocument } from '../stored-document';
import { signS3Request, type S3Credentials } from './sigv4';

export interface S3Settings extends S3Credentials {
  /** `https://s3.example.go.id` (path-style requests: `<endpoint>/<bucket>/<key>`). */
  endpoint: string;
  bucket: string;
  /** Prepended to the hash to make the object key. */
  prefix: string;
}

export class S3Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'S3Error';
  }
}

/**
 * Documents in an S3-compatible object store, keyed by their hash. An upload is spooled to a
 * temporary file while it is hashed and checked (the key is its hash, and S3 wants the length
 * first), then sent with a signed payload hash equal to the document's own sha256. The row in
 * PostgreSQL is written after the object; an object left without a row by a crash is the same
 * bytes a later upload of that hash writes again.
 */
export class S3ContentStore implements ContentStore {
  readonly storage = 's3' as const;

  constructor(
    private readonly pool: Pool,
    private readonly settings: S3Settings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async begin(): Promise<ContentUpload> {
    const dir = await mkdtemp(join(tmpdir(), 'mutasi-upload-'));
    const path = join(dir, 'content');
    return new S3Upload(this, this.pool, dir, path, createWriteStream(path));
  }

  async *open(document: DocumentRecord): AsyncIterable<Buffer> {
    const response = await this.send('GET', document.sha256, {});
    if (response.statusCode !== 200) throw await s3Failure(response, 'GET');
    for await (const chunk of response) yield chunk as Buffer;
  }

  async exists(sha256: string): Promise<boolean> {
    const response = await this.send('HEAD', sha256, {});
    response.resume();
    if (response.statusCode === 200) return true;
    if (response.statusCode === 404) return false;
    throw await s3Failure(response, 'HEAD');
  }

  async put(document: StoredDocument, path: string): Promise<void> {
    const headers = { 'content-type': document.mediaType, 'content-length': String(document.size) };
    const response = await this.send('PUT', document.sha256, headers, document.sha256, createReadStream(path));
    response.resume();
    if (response.statusCode !== 200) throw await s3Failure(response, 'PUT');
  }

  private send(
    method: string,
    sha256: string,
    extra: Record<string, string>,
    payloadHash = 'UNSIGNED-PAYLOAD',
    body?: Readable,
  ): Promise<IncomingMessage> {
    const base = new URL(this.settings.endpoint);
    const basePath = base.pathname.replace(/\/+$/, '');
    const key = `${this.settings.prefix}${sha256}`.split('/').map(encodeURIComponent).join('/');
    const path = `${basePath}/${encodeURIComponent(this.settings.bucket)}/${key}`;
    const headers = signS3Request(
      { method, path, headers: { host: base.host, ...extra }, payloadHash, now: this.now() },
      this.settings,
    );
    const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send({ protocol: base.protocol, hostname: base.hostname, port: base.port, method, path, headers });
      req.on('response', resolve);
      req.on('error', reject);
      if (body) {
        body.on('error', (error) => req.destroy(error));
        body.pipe(req);
      } else {
        req.end();
      }
    });
  }
}

async function s3Failure(response: IncomingMessage, operation: string): Promise<S3Error> {
  let text = '';
  for await (const chunk of response) if (text.length < 2000) text += String(chunk);
  return new S3Error(
    response.statusCode ?? 0,
    `S3 ${operation} answered ${response.statusCode}: ${text.slice(0, 500)}`,
  );
}

class S3Upload implements ContentUpload {
  private closed = false;

  constructor(
    private readonly store: S3ContentStore,
    private readonly pool: Pool,
    private readonly dir: string,
    private readonly path: string,
    private readonly file: WriteStream,
  ) {}

  async write(chunk: Buffer): Promise<void> {
    if (!this.file.write(chunk)) await once(this.file, 'drain');
  }

  async commit(document: StoredDocument, uploadedBy: string): Promise<boolean> {
    await this.close();
    try {
      if ((await stat(this.path)).size !== document.size) throw new Error('spooled upload has the wrong size');
      if (!(await this.store.exists(document.sha256))) await this.store.put(document, this.path);
      const client = await this.pool.connect();
      try {
        const created = await insertDocumentRow(client, document, 's3', null, uploadedBy);
        await insertUploader(client, document.sha256, uploadedBy);
        return created;
      } finally {
        client.release();
      }
    } finally {
      await rm(this.dir, { recursive: true, force: true });
    }
  }

  async abort(): Promise<void> {
    await this.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.file.closed) return;
    this.file.end();
    await once(this.file, 'close');
  }
}
