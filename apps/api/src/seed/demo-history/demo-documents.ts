import type { DocumentsService } from '@mutasi/documents';
import type { DocumentEntryInput } from '@mutasi/transfers';

/** The papers the demo history files, by checklist code (the hearing form has none). */
const PAPERS = {
  anjab_abk: 'Anjab dan ABK jabatan tujuan',
  surat_permohonan: 'Surat permohonan pegawai',
  pernyataan_bebas_hukdis: 'Surat pernyataan tidak sedang menjalani hukuman disiplin',
  sk_mutasi: 'Surat keputusan (SK) mutasi',
  spmt: 'Surat pernyataan melaksanakan tugas (SPMT)',
  skpp: 'Surat keterangan penghentian pembayaran (SKPP)',
  formulir_pendapat: 'Formulir pendapat pegawai bertanda tangan',
} as const;

export type DemoPaper = keyof typeof PAPERS;

/** A small PDF that says what it stands for: the demo history's documents are fictional. */
function demoPdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% mutasi demo: ${title} (fiktif / fictional)\ntrailer<<>>\n%%EOF\n`, 'latin1');
}

/** Stores each demo paper once (content-addressed: a second start stores nothing) and gives their hashes. */
export async function uploadDemoPapers(documents: DocumentsService): Promise<Record<DemoPaper, string>> {
  const hashes = {} as Record<DemoPaper, string>;
  for (const [code, title] of Object.entries(PAPERS) as [DemoPaper, string][]) {
    const bytes = demoPdf(title);
    const stored = await documents.upload(
      (async function* () {
        yield bytes;
      })(),
      { declaredMediaType: 'application/pdf', uploadedBy: 'system' },
    );
    hashes[code] = stored.sha256;
  }
  return hashes;
}

/** Document entries for a step, filed under their checklist codes. */
export function papers(hashes: Record<DemoPaper, string>, ...codes: DemoPaper[]): DocumentEntryInput[] {
  return codes.map((code) => ({ type: code, name: `${code.replace(/_/g, '-')}.pdf`, sha256: hashes[code] }));
}
