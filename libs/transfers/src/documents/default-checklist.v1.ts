import type { DocumentChecklistPolicy, DocumentRequirement } from './document-checklist.policy';

const atProposal = (
  code: string,
  id: string,
  en: string,
  extra: Partial<DocumentRequirement> = {},
): DocumentRequirement => ({
  code,
  name: { id, en },
  step: 'propose',
  level: 'recommended',
  ...extra,
});

const BETWEEN_AGENCIES = ['B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/**
 * DOMAIN.md §3: the core nine of Perban BKN 5/2019 Ps 3 at the proposal (the two PPK letters
 * only between agencies), the spouse's work letter when following a spouse, BKN's technical
 * consideration with its answer, the decree (SK) before execution, and the start-of-duty (SPMT)
 * and pay-stop (SKPP) letters before the evaluation. The proposal's papers are recommended, not
 * blocking: they are shown as present or missing to every approver, who may return the proposal.
 */
export const DEFAULT_CHECKLIST_V1: DocumentChecklistPolicy = {
  version: 'v1',
  requirements: [
    atProposal('anjab_abk', 'Anjab dan ABK jabatan tujuan', 'Job and workload analysis of the target position'),
    atProposal('surat_permohonan', 'Surat permohonan pegawai', 'The employee’s request letter'),
    atProposal(
      'persetujuan_menerima',
      'Surat persetujuan menerima dari PPK tujuan',
      'Acceptance letter of the receiving PPK',
      {
        kinds: [...BETWEEN_AGENCIES],
      },
    ),
    atProposal(
      'persetujuan_melepas',
      'Surat persetujuan melepas dari PPK asal (lolos butuh)',
      'Release letter of the origin PPK',
      {
        kinds: [...BETWEEN_AGENCIES],
      },
    ),
    atProposal(
      'pernyataan_bebas_hukdis',
      'Surat pernyataan tidak sedang menjalani hukuman disiplin atau proses peradilan',
      'Statement of no disciplinary or judicial process',
    ),
    atProposal(
      'sk_pangkat_jabatan',
      'Salinan sah SK pangkat dan/atau jabatan terakhir',
      'Certified copy of the last rank or position decree',
    ),
    atProposal(
      'penilaian_kinerja',
      'Penilaian kinerja 2 tahun terakhir',
      'Performance appraisals of the last two years',
    ),
    atProposal(
      'pernyataan_bebas_tugas_belajar',
      'Surat pernyataan tidak sedang tugas belajar atau ikatan dinas',
      'Statement of no study leave or service bond',
    ),
    atProposal('bebas_temuan', 'Surat keterangan bebas temuan dari Inspektorat', 'Inspectorate’s clearance'),
    atProposal('surat_kerja_pasangan', 'Surat keterangan kerja suami/istri', 'The spouse’s work letter', {
      whenFollowingSpouse: true,
    }),
    {
      code: 'pertek',
      name: { id: 'Surat pertimbangan teknis BKN', en: 'BKN’s technical consideration letter' },
      step: 'decide:pertek',
      level: 'recommended',
    },
    {
      code: 'sk_mutasi',
      name: { id: 'Surat keputusan (SK) mutasi', en: 'The transfer decree (SK)' },
      step: 'execute',
      level: 'blocking',
    },
    {
      code: 'spmt',
      name: { id: 'Surat pernyataan melaksanakan tugas (SPMT)', en: 'Start-of-duty letter (SPMT)' },
      step: 'evaluate',
      level: 'blocking',
    },
    {
      code: 'skpp',
      name: { id: 'Surat keterangan penghentian pembayaran (SKPP)', en: 'Pay-stop letter (SKPP)' },
      step: 'evaluate',
      level: 'blocking',
    },
  ],
};
