import { base64Pieces } from './base64-pieces';
import { referencedDocuments } from './referenced-documents';

describe('referencedDocuments', () => {
  it('finds the hashes of attachments and documents lists, at any depth, and nothing else', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const found = referencedDocuments({
      attachments: [{ type: 'other', name: 'x.pdf', sha256: a }],
      stages: [{ decision: { documents: [{ sha256: b }, { sha256: 'short' }] } }],
      fileSha256: 'c'.repeat(64),
      sha256: 'd'.repeat(64),
    });
    expect([...found].sort()).toEqual([a, b]);
  });
});

describe('base64Pieces', () => {
  it('gives the base64 of the whole however the bytes are cut', async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
    async function* cut(sizes: number[]) {
      let at = 0;
      for (const size of sizes) {
        yield bytes.subarray(at, at + size);
        at += size;
      }
    }
    for (const sizes of [[1000], [1, 2, 997], [500, 499, 1], [4, 4, 4, 988]]) {
      let text = '';
      for await (const piece of base64Pieces(cut(sizes))) text += piece;
      expect(text).toBe(bytes.toString('base64'));
    }
  });
});
