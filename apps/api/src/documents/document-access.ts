import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DocumentsService, documentProblems } from '@mutasi/documents';
import { hasRole, type AuthUser } from '@mutasi/identity';
import { PG_POOL } from '@mutasi/platform';
import { visibilityCondition } from '../transfers/queries/transfer-visibility';

/**
 * Who may read a document: auditors and administrators; anyone who uploaded it; anyone who may
 * see a proposal that refers to it (the same scope rules as `GET /transfers/{id}`).
 */
@Injectable()
export class DocumentAccess {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly documents: DocumentsService,
  ) {}

  async assertReadable(user: AuthUser, sha256: string): Promise<void> {
    if (hasRole(user, 'auditor', 'admin')) return;
    if (await this.documents.isUploader(sha256, user.username)) return;
    const visible = visibilityCondition(user, 2);
    const { rows } = await this.pool.query<{ visible: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM transfer_summaries s
                       WHERE s.detail -> 'documents' @> $1::jsonb AND ${visible.sql}) AS visible`,
      [JSON.stringify([{ sha256 }]), ...visible.params],
    );
    if (rows[0]?.visible !== true) throw documentProblems.outOfScope(sha256);
  }
}
