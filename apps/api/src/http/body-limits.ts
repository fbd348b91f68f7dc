import type { Socket } from 'node:net';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { CodedError } from '@mutasi/errors';

export function bodyTooLarge(limitBytes: number): CodedError {
  return new CodedError(
    'BODY_TOO_LARGE',
    `Isi permintaan lebih besar dari ${limitBytes} byte / The request body is larger than ${limitBytes} bytes`,
    { limitBytes },
  );
}

/** Passes bytes on until more than `limitBytes` went through, then fails with 413. */
class ByteLimit extends Transform {
  private bytes = 0;

  constructor(private readonly limitBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    callback(this.bytes > this.limitBytes ? bodyTooLarge(this.limitBytes) : null, chunk);
  }
}

/** How long a refused connection stays open, unread, before it is dropped. */
const LINGER_MS = 2000;

/**
 * Closing a socket that holds unread bytes resets the connection, and the reset can overtake the
 * 413 still on its way to the client. So Node's close after the response (`destroySoon`) only
 * sends the response and FIN; nothing more is read (the client's sends stall on a full window),
 * and the connection is dropped after LINGER_MS, when the client has had the answer.
 */
function closeAfterLinger(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

/**
 * Large bodies (CSV imports) are refused before they cost anything: a declared Content-Length over
 * the limit gets 413 before a byte is read, and a streamed (chunked) body fails the moment it
 * passes the limit. Either way the connection is closed, so the rest is never read.
 */
export function installBodyLimits(fastify: FastifyInstance, limitBytes: number): void {
  fastify.addHook('onRequest', async (request) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limitBytes) throw bodyTooLarge(limitBytes);
  });
  fastify.addHook('onSend', async (request, reply) => {
    if (reply.statusCode !== 413) return;
    void reply.header('connection', 'close');
    // The client may still be sending: stop reading it rather than drain an endless body.
    if (!request.raw.complete) closeAfterLinger(request.raw.socket);
  });
  // CSV files are handed to the importer as a stream, so a large file is read in bounded memory.
  fastify.addContentTypeParser('text/csv', (_request, payload: Readable, done) => {
    const limited = new ByteLimit(limitBytes);
    payload.on('error', (error) => limited.destroy(error));
    done(null, payload.pipe(limited));
  });
}
