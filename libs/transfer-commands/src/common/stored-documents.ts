import { Injectable } from '@nestjs/common';
import { DocumentsService } from '@mutasi/documents';
import { CodedError } from '@mutasi/errors';

/** Commands refer to documents by hash: each must have been uploaded (POST /documents) first. */
@Injectable()
export class StoredDocuments {
  constructor(private readonly documents: DocumentsService) {}

  async require(entries: readonly { sha256: string }[] | undefined): Promise<void> {
    const missing = await this.documents.missing((entries ?? []).map((entry) => entry.sha256.toLowerCase()));
    if (missing.length === 0) return;
    throw new CodedError(
      'DOCUMENTS_NOT_UPLOADED',
      `Dokumen belum diunggah: ${missing.join(', ')} / Documents not uploaded: ${missing.join(', ')}`,
      { missing },
    );
  }
}
