import { DEFAULT_CHECKLIST_V1 } from './default-checklist.v1';
import { checklistHash } from './checklist-hash';
import { checklistFor } from './checklist';
import type { DocumentChecklistPolicy } from './document-checklist.policy';
import { transferChecklist } from './transfer-documents';
import { foldEvents } from '../evolve';
import { isTransfer, type Transfer } from '../transfer-state';
import type { TransferEvent } from '../transfer-events';
import {
  AHMAD,
  APPROVE_KIND_B_CHAIN,
  KIND_B_TASKS,
  SK_SHA256,
  consent,
  decideTask,
  evaluate,
  execute,
  holder,
  issueDecree,
  propose,
  revise,
} from '../testing/builders';
import { given, history, run } from '../testing/given';
import { decide } from '../decide';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return null;
}

const SK = { type: 'sk_mutasi', name: 'sk-mutasi.pdf', sha256: SK_SHA256 };
const approved = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN);

function transferOf(events: TransferEvent[]): Transfer {
  const state = foldEvents(events);
  if (!isTransfer(state)) throw new Error('no transfer');
  return state;
}

describe('document checklist', () => {
  it('pins the checklist in force to the proposal and records every attachment with a type', () => {
    const [proposed] = given([])
      .when(
        propose({
          attachments: [
            { type: 'anjab_abk', name: 'abk.pdf', sha256: 'A'.repeat(64) },
            { name: 'x.pdf', sha256: 'e'.repeat(64) },
          ],
        }),
      )
      .then([expect.objectContaining({ type: 'TransferProposed' }), expect.anything()]);
    expect(proposed.data).toMatchObject({
      checklistVersion: 'v1',
      checklistHash: checklistHash(DEFAULT_CHECKLIST_V1),
      followsSpouse: false,
      attachments: [
        { type: 'anjab_abk', name: 'abk.pdf', sha256: 'a'.repeat(64) },
        { type: 'other', name: 'x.pdf', sha256: 'e'.repeat(64) },
      ],
    });
  });

  it('refuses a document type the checklist does not know', () => {
    given([])
      .when(propose({ attachments: [{ type: 'ijazah_palsu', name: 'x.pdf', sha256: 'e'.repeat(64) }] }))
      .then('INVALID_ATTACHMENT');
  });

  it('blocks the decree without the SK, naming it', () => {
    given(approved)
      .when(issueDecree({ documents: [] }))
      .then('DOCUMENT_MISSING');
    const refusal = thrownBy(() => decide(issueDecree({ documents: undefined }), foldEvents(approved)));
    expect(refusal).toMatchObject({
      code: 'DOCUMENT_MISSING',
      details: { step: 'execute', missing: [{ code: 'sk_mutasi', name: { en: 'The transfer decree (SK)' } }] },
    });
  });

  it('allows the decree with the SK, given with it or with the decree authority’s approval', () => {
    given(approved)
      .when(issueDecree({ documents: [SK] }))
      .then([
        expect.objectContaining({ type: 'TransferDecreeIssued', data: expect.objectContaining({ documents: [SK] }) }),
      ]);
    const { taskId, positionId } = KIND_B_TASKS.governor;
    const withSkAtApproval = history(
      propose(),
      consent(),
      ...APPROVE_KIND_B_CHAIN.slice(0, -1),
      decideTask(taskId, 'approve', holder(positionId), { documents: [SK] }),
    );
    given(withSkAtApproval)
      .when(issueDecree({ documents: [] }))
      .then([expect.objectContaining({ type: 'TransferDecreeIssued' })]);
  });

  it('blocks the evaluation until the SPMT and the SKPP are there', () => {
    const executed = run(approved, issueDecree(), execute());
    given(executed)
      .when(evaluate({ documents: [{ type: 'spmt', name: 'spmt.pdf', sha256: 'c'.repeat(64) }] }))
      .then('DOCUMENT_MISSING');
    given(executed)
      .when(evaluate())
      .then([expect.objectContaining({ type: 'TransferEvaluated' })]);
  });

  it('records the letters given with a decision', () => {
    const events = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN.slice(0, 4));
    const { taskId, positionId } = KIND_B_TASKS.pertek;
    const letter = { type: 'pertek', name: 'pertek-bkn.pdf', sha256: 'e'.repeat(64) };
    const [answered] = given(events)
      .when(decideTask(taskId, 'recommended', holder(positionId), { documents: [letter] }))
      .then(expect.arrayContaining([expect.objectContaining({ type: 'ConsultationAnswered' })]));
    expect(answered.data).toMatchObject({ documents: [letter] });
    const after = transferOf(
      run(events, decideTask(taskId, 'recommended', holder(positionId), { documents: [letter] })),
    );
    expect(after.documents).toContainEqual({
      ...letter,
      step: 'decide:pertek',
      revision: 1,
      at: expect.any(String),
      byUserId: `user-${positionId}`,
    });
  });

  it('blocks a proposal missing a blocking paper of a checklist that asks for it', () => {
    const strict: DocumentChecklistPolicy = {
      version: 'strict-propose',
      requirements: [
        {
          code: 'surat_permohonan',
          name: { id: 'Surat permohonan', en: 'Request letter' },
          step: 'propose',
          level: 'blocking',
        },
      ],
    };
    given([])
      .when(propose({ checklist: strict }))
      .then('DOCUMENT_MISSING');
    given([])
      .when(
        propose({
          checklist: strict,
          attachments: [{ type: 'surat_permohonan', name: 'p.pdf', sha256: 'f'.repeat(64) }],
        }),
      )
      .then([expect.objectContaining({ type: 'TransferProposed' }), expect.objectContaining({ type: 'StageOpened' })]);
  });

  it('needs nothing of a proposal made before checklists', () => {
    const legacy = approved.map((event) => {
      if (event.type !== 'TransferProposed') return event;
      const data = { ...event.data };
      delete data.checklistVersion;
      delete data.checklistHash;
      return { ...event, data };
    });
    given(legacy)
      .when(issueDecree({ documents: [] }))
      .then([expect.objectContaining({ type: 'TransferDecreeIssued' })]);
    expect(transferChecklist(transferOf(legacy))).toEqual([]);
  });

  it('shows each requirement present or missing, the current revision’s attachments and later steps’ documents', () => {
    const items = transferChecklist(transferOf(run(approved, issueDecree())));
    const byCode = Object.fromEntries(items.map((item) => [item.code, item]));
    expect(byCode.sk_mutasi).toMatchObject({ present: true, sha256s: [SK_SHA256], level: 'blocking', step: 'execute' });
    expect(byCode.anjab_abk).toMatchObject({ present: false, level: 'recommended', step: 'propose' });
    expect(byCode.persetujuan_melepas).toBeDefined();
    expect(byCode.surat_kerja_pasangan).toBeUndefined();
  });

  it('asks for the spouse’s work letter only when the employee follows a spouse, and no PPK letters within one agency', () => {
    const codes = (kind: 'A' | 'B', followsSpouse: boolean) =>
      checklistFor(DEFAULT_CHECKLIST_V1, { kind, followsSpouse }, []).map((item) => item.code);
    expect(codes('B', true)).toContain('surat_kerja_pasangan');
    expect(codes('B', false)).not.toContain('surat_kerja_pasangan');
    expect(codes('A', false)).not.toContain('persetujuan_melepas');
    expect(codes('B', false)).toEqual(expect.arrayContaining(['persetujuan_menerima', 'persetujuan_melepas']));
    const ahmad = transferOf(history(propose({ followsSpouse: true }, AHMAD, 'P000170')));
    expect(transferChecklist(ahmad).map((item) => item.code)).toContain('surat_kerja_pasangan');
  });

  it('a revision is checked against the checklist its proposal is pinned to', () => {
    const returned = history(
      propose(),
      consent(),
      decideTask(KIND_B_TASKS.originUnitHead.taskId, 'return', holder(KIND_B_TASKS.originUnitHead.positionId)),
    );
    given(returned)
      .when(revise({ attachments: [{ type: 'sk_mutasi', name: 'sk.pdf', sha256: SK_SHA256 }] }))
      .then([expect.objectContaining({ type: 'ProposalRevised' }), expect.objectContaining({ type: 'StageOpened' })]);
    given(returned)
      .when(revise({ attachments: [{ type: 'unknown', name: 'x.pdf', sha256: SK_SHA256 }] }))
      .then('INVALID_ATTACHMENT');
  });
});
