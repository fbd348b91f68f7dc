import { Readable } from 'node:stream';
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_MEDIA_TYPES, DocumentsService, documentProblems, SHA256_HEX } from '@mutasi/documents';
import type { AuthUser } from '@mutasi/identity';
import { TRANSFER_LIST_PROJECTION } from '@mutasi/projections';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../auth/auth.decorators';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';
import { DocumentAccess } from './document-access';
import { RAW_DOCUMENT_TYPES } from './document-body-parsers';
import { Problems } from '../http/problems.decorator';

/** Room for a multipart form's boundaries and part headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export class StoredDocumentResult {
  @ApiProperty({ example: 'a'.repeat(64), description: 'sha256 of the content, hex; refer to it in attachments' })
  sha256: string;

  @ApiProperty({ example: 183204, description: 'bytes' })
  size: number;

  @ApiProperty({ enum: DOCUMENT_MEDIA_TYPES, description: 'as found in the content, whatever the name says' })
  mediaType: string;

  @ApiProperty({ description: 'false when a document with this hash was stored already (it is kept once)' })
  created: boolean;
}

class DocumentQuery {
  @ApiPropertyOptional({ description: 'Wait until the proposals read model includes this log position' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;

  @ApiPropertyOptional({ description: '`1` to download (Content-Disposition: attachment) instead of opening it' })
  @IsOptional()
  @Matches(/^[01]$/, { message: 'download must be 0 or 1' })
  download?: string;
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly access: DocumentAccess,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Post()
  @Roles('operator', 'approver', 'consultant')
  @ApiOperation({
    summary: 'Upload a document (PDF, JPEG or PNG, checked by content); answers its sha256',
    description:
      'Send the file as the body with its media type (application/pdf, image/jpeg, image/png or application/octet-stream), ' +
      'or as multipart/form-data with the file in a part named "file". The type is read from the first bytes; a declared ' +
      'type that disagrees is refused (415 DOCUMENT_TYPE_MISMATCH). Larger than DOCUMENT_MAX_BYTES (2 MB by default): 413 ' +
      'DOCUMENT_TOO_LARGE, before the body is read when Content-Length says so. The same content uploaded again is stored once ' +
      '(200, created false; 201 when new). A refused or broken upload stores nothing.',
  })
  @ApiConsumes(...RAW_DOCUMENT_TYPES, 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: StoredDocumentResult })
  @Problems(
    'DOCUMENT_TOO_LARGE',
    'DOCUMENT_EMPTY',
    'DOCUMENT_TYPE_NOT_ALLOWED',
    'DOCUMENT_TYPE_MISMATCH',
    'DOCUMENT_UPLOAD_INCOMPLETE',
    'DOCUMENT_FILE_MISSING',
    'UNSUPPORTED_MEDIA_TYPE',
  )
  async upload(
    @Req() request: AuthenticatedRequest,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StoredDocumentResult> {
    const multipart = request.isMultipart();
    const declaredLength = Number(request.headers['content-length'] ?? Number.NaN);
    const limit = this.documents.maxBytes + (multipart ? MULTIPART_OVERHEAD : 0);
    if (declaredLength > limit) throw documentProblems.tooLarge(this.documents.maxBytes, declaredLength);
    let source: AsyncIterable<Buffer>;
    let declaredMediaType: string | null;
    if (multipart) {
      const part = await request.file({ limits: { files: 1, fileSize: this.documents.maxBytes + 1 } });
      if (part === undefined) throw documentProblems.fileMissing();
      source = part.file;
      declaredMediaType = part.mimetype || null;
    } else if (request.body instanceof Readable) {
      source = request.body;
      declaredMediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() || null;
    } else {
      throw documentProblems.typeNotAllowed();
    }
    const stored = await this.documents.upload(source, { declaredMediaType, uploadedBy: user.username });
    void reply.status(stored.created ? 201 : 200);
    return stored;
  }

  @Get(':sha256')
  @ApiOperation({
    summary: 'Open a document',
    description:
      'For whoever may see a proposal that refers to it (the scope rules of GET /transfers/{id}), its uploaders, auditors ' +
      'and administrators. Served with its media type and Content-Disposition inline (attachment with ?download=1).',
  })
  @ApiParam({ name: 'sha256', description: '64 hexadecimal characters' })
  @ApiProduces(...DOCUMENT_MEDIA_TYPES)
  @Problems('DOCUMENT_HASH_INVALID', 'DOCUMENT_NOT_FOUND', 'DOCUMENT_OUT_OF_SCOPE')
  async open(
    @Param('sha256') sha256: string,
    @Query() query: DocumentQuery,
    @CurrentUser() user: AuthUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const hash = sha256.toLowerCase();
    if (!SHA256_HEX.test(hash)) throw documentProblems.hashInvalid(sha256);
    await this.freshness.waitFor(TRANSFER_LIST_PROJECTION, query.minPosition);
    const document = await this.documents.find(hash);
    if (document === null) throw documentProblems.notFound(hash);
    await this.access.assertReadable(user, hash);
    const disposition = query.download === '1' ? 'attachment' : 'inline';
    void reply
      .type(document.mediaType)
      .header('content-length', String(document.size))
      .header('content-disposition', `${disposition}; filename="${hash}.${EXTENSIONS[document.mediaType] ?? 'bin'}"`)
      .header('etag', `"${hash}"`)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(this.documents.open(document)));
  }
}
