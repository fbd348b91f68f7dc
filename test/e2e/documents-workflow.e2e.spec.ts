import { ManualClock } from '@mutasi/platform';
import { fakePdf, sha256Of, uploadPdf } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { holdersOf, scenario, TransferClient } from '../support/transfer-client';

const BAMBANG = '199011082014031006';
const OPERATOR = 'operator-99-71';
const THIRD_AGENCY_OPERATOR = 'operator-99-03';

interface ChecklistItem {
  code: string;
  step: string;
  level: string;
  present: boolean;
  sha256s: string[];
}

/** Documents bound to a proposal: referred to by hash in its events, opened by those who may see it, required by its checklist. */
describe('documents of a proposal', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let app: TestApp;
  let client: TransferClient;
  let id: string;
  const papers: { type: string; name: string; sha256: string }[] = [];

  beforeAll(async () => {
    app = await startTestApp('documents_workflow', { withWorker: true, clock });
    client = new TransferClient(app);
    for (const type of ['persetujuan_menerima', 'persetujuan_melepas', 'anjab_abk']) {
      papers.push({ type, name: `${type}.pdf`, sha256: await uploadPdf(app, OPERATOR, type, 40_000) });
    }
  });
  afterAll(() => app.close());

  const body = (attachments: object[]) => ({
    employeeNip: BAMBANG,
    targetPositionId: scenario(BAMBANG).targetPositionId,
    reason: 'Kebutuhan organisasi sesuai analisis beban kerja',
    requestedEffectiveDate: '2026-11-23',
    attachments,
  });

  const open = async (username: string, sha256: string) =>
    app
      .http()
      .get(`/documents/${sha256}?minPosition=${client.position}`)
      .set('authorization', `Bearer ${await app.token(username)}`)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });

  it('previews the checklist: what is there and what is missing', async () => {
    const preview = await client.post(OPERATOR, '/transfers/preview', body(papers));
    expect(preview.status).toBe(200);
    const items = preview.body.checklist as ChecklistItem[];
    expect(preview.body.checklistVersion).toBe('v1');
    expect(items.filter((item) => item.present).map((item) => item.code)).toEqual([
      'anjab_abk',
      'persetujuan_menerima',
      'persetujuan_melepas',
    ]);
    expect(items.find((item) => item.code === 'bebas_temuan')).toMatchObject({ present: false, level: 'recommended' });
    expect(items.find((item) => item.code === 'sk_mutasi')).toMatchObject({ step: 'execute', level: 'blocking' });
  });

  it('refuses a proposal referring to a hash nobody uploaded, and writes nothing', async () => {
    const unknown = sha256Of(fakePdf('never-uploaded'));
    const refused = await client.post(
      OPERATOR,
      '/transfers',
      body([...papers, { type: 'other', name: 'x.pdf', sha256: unknown }]),
    );
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', missing: [unknown] });
    const { rows } = await app.db
      .pool()
      .query("SELECT count(*)::int AS n FROM es_events WHERE type = 'TransferProposed'");
    expect(rows[0].n).toBe(0);
    const badHash = await client.post(OPERATOR, '/transfers', body([{ name: 'x.pdf', sha256: 'not-a-hash' }]));
    expect(badHash.status).toBe(400);
    expect(badHash.body.code).toBe('INVALID_ATTACHMENT');
  });

  it('proposes with three uploaded PDFs; the detail lists them and ticks the checklist', async () => {
    const proposed = await client.post(OPERATOR, '/transfers', body(papers));
    expect(proposed.status).toBe(201);
    id = proposed.body.id;
    const detail = await client.detail(id);
    expect(detail.attachments).toEqual(papers);
    expect(detail.documents).toEqual(
      papers.map((paper) => expect.objectContaining({ ...paper, step: 'propose', revision: 1 })),
    );
    const checklist = detail.checklist as ChecklistItem[];
    expect(checklist.find((item) => item.code === 'persetujuan_melepas')).toMatchObject({
      present: true,
      sha256s: [papers[1].sha256],
    });
    expect(checklist.find((item) => item.code === 'surat_permohonan')?.present).toBe(false);
  });

  it('opens a document for an approver of the proposal and for the employee, byte for byte', async () => {
    const detail = await client.detail(id);
    const [originHeadPosition] = detail.stages[1].tasks[0].positionIds;
    const approver = holdersOf(originHeadPosition)[0];
    const response = await open(approver, papers[1].sha256);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect((response.body as Buffer).equals(fakePdf('persetujuan_melepas', 40_000))).toBe(true);
    expect((await open(`asn-${BAMBANG}`, papers[0].sha256)).status).toBe(200);
  });

  it('refuses a document of another agency’s proposal to an operator of a third agency', async () => {
    const response = await open(THIRD_AGENCY_OPERATOR, papers[1].sha256);
    expect(response.status).toBe(403);
    expect(JSON.parse((response.body as Buffer).toString())).toMatchObject({ code: 'DOCUMENT_OUT_OF_SCOPE' });
  });

  it('lets an uploader read their upload before any proposal refers to it, and nobody else', async () => {
    const own = await uploadPdf(app, THIRD_AGENCY_OPERATOR, 'draft-of-99-03');
    expect((await open(THIRD_AGENCY_OPERATOR, own)).status).toBe(200);
    expect((await open('operator-99-02', own)).status).toBe(403);
    expect((await open('auditor', own)).status).toBe(200);
  });

  it('refuses the decree without the SK, naming it, and records it with one', async () => {
    const approved = await client.walkChain(id);
    expect(approved.status).toBe('APPROVED');
    const decree = { decreeNumber: '800/55/BKD/2026', decreeDate: '2026-11-23', effectiveDate: '2026-11-23' };
    const without = await client.post(OPERATOR, `/transfers/${id}/execute`, decree);
    expect(without.status).toBe(422);
    expect(without.body).toMatchObject({
      code: 'DOCUMENT_MISSING',
      details: {
        step: 'execute',
        missing: [{ code: 'sk_mutasi', name: { id: 'Surat keputusan (SK) mutasi', en: 'The transfer decree (SK)' } }],
      },
    });
    const sk = { type: 'sk_mutasi', name: 'sk-mutasi.pdf', sha256: await uploadPdf(app, OPERATOR, 'sk-55') };
    const executed = await client.post(OPERATOR, `/transfers/${id}/execute`, { ...decree, documents: [sk] });
    expect(executed.status).toBe(200);
    expect(executed.body.status).toBe('EXECUTED');
    const detail = await client.detail(id);
    expect((detail.checklist as ChecklistItem[]).find((item) => item.code === 'sk_mutasi')?.present).toBe(true);
    expect(detail.documents).toContainEqual(expect.objectContaining({ ...sk, step: 'execute' }));
  });

  describe('audit export with the documents', () => {
    const exportLog = async () =>
      (
        await app
          .http()
          .get('/audit/export?documents=true')
          .set('authorization', `Bearer ${await app.token('auditor')}`)
          .buffer(true)
          .parse((res, done) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            res.on('end', () => done(null, text));
          })
          .expect(200)
      ).body as string;

    /** What an auditor checks offline: every document's content has the hash the events refer to it by. */
    function verifyDocuments(text: string) {
      const lines = text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const referenced = new Set(
        lines
          .filter((line) => line.kind === 'event')
          .flatMap((line) => JSON.stringify(line.data).match(/[0-9a-f]{64}/g) ?? []),
      );
      const documents = lines.filter((line) => line.kind === 'document');
      const altered = documents
        .filter((d) => sha256Of(Buffer.from(d.contentBase64 as string, 'base64')) !== d.sha256)
        .map((d) => d.sha256);
      const unreferenced = documents.filter((d) => !referenced.has(d.sha256 as string)).map((d) => d.sha256);
      const manifest = lines[lines.length - 1];
      return { documents: documents.length, altered, unreferenced, manifestDocuments: manifest.documents };
    }

    it('exports every document the events refer to, each matching its hash', async () => {
      const result = verifyDocuments(await exportLog());
      expect(result).toEqual({ documents: 4, altered: [], unreferenced: [], manifestDocuments: 4 });
      const verified = await client.post('auditor', '/audit/verify', {});
      expect(verified.body).toMatchObject({ ok: true, documents: { altered: [] } });
    });

    it('detects a document changed in the database, offline and by the server’s verification', async () => {
      const target = papers[1].sha256;
      await app.db.pool().query(
        `UPDATE document_chunks SET data = set_byte(data, 99, (get_byte(data, 99) + 1) % 256)
          WHERE content_id = (SELECT content_id FROM documents WHERE sha256 = $1) AND seq = 0`,
        [target],
      );
      expect(verifyDocuments(await exportLog()).altered).toEqual([target]);
      const verified = await client.post('auditor', '/audit/verify', {});
      expect(verified.body).toMatchObject({ ok: false, documents: { altered: [target] } });
    });
  });
});
