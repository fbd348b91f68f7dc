import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

/** Media types a document may be sent as, as the whole request body. */
export const RAW_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'];

/**
 * Document bodies reach the controller unread, as streams: the size limit is checked against
 * Content-Length before a byte is read, and the bytes go to storage piece by piece.
 */
export async function registerDocumentBodyParsers(fastify: FastifyInstance): Promise<void> {
  fastify.addContentTypeParser(RAW_DOCUMENT_TYPES, (_request, payload, done) => done(null, payload));
  await fastify.register(multipart);
}
