import { sniffMediaType } from './media-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffMediaType', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffMediaType(text('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });

  it('refuses a Windows program whatever it is called', () => {
    expect(sniffMediaType(text('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
  });

  it('refuses text that only looks like a PDF to a reader of names', () => {
    expect(sniffMediaType(text('PDF-1.7 surat.pdf'))).toBeNull();
  });

  it('waits for more bytes while the head is a prefix of a known signature', () => {
    expect(sniffMediaType(text('%PD'))).toBeUndefined();
    expect(sniffMediaType(bytes(0x89, 0x50))).toBeUndefined();
    expect(sniffMediaType(bytes())).toBeUndefined();
  });
});
