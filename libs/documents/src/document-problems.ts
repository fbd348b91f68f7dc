import { CodedError } from '@mutasi/errors';
import { DOCUMENT_MEDIA_TYPES } from './media-type';

/** The stable problems of document upload and download, in Indonesian and English. */
export const documentProblems = {
  tooLarge: (limit: number, size?: number) =>
    new CodedError(
      'DOCUMENT_TOO_LARGE',
      `Berkas melebihi ${limit} byte / The file is larger than ${limit} bytes`,
      size === undefined ? { limit } : { limit, size },
    ),
  empty: () => new CodedError('DOCUMENT_EMPTY', 'Berkas kosong / The file is empty'),
  typeNotAllowed: () =>
    new CodedError(
      'DOCUMENT_TYPE_NOT_ALLOWED',
      'Hanya PDF, JPEG atau PNG yang diterima (diperiksa dari isinya) / Only PDF, JPEG or PNG are accepted, checked by content',
      { accepted: DOCUMENT_MEDIA_TYPES },
    ),
  typeMismatch: (declared: string, actual: string) =>
    new CodedError(
      'DOCUMENT_TYPE_MISMATCH',
      `Isi berkas adalah ${actual}, bukan ${declared} / The content is ${actual}, not ${declared}`,
      { declared, actual },
    ),
  incomplete: () =>
    new CodedError(
      'DOCUMENT_UPLOAD_INCOMPLETE',
      'Unggahan terputus sebelum selesai / The upload ended before the whole file arrived',
    ),
  fileMissing: () =>
    new CodedError(
      'DOCUMENT_FILE_MISSING',
      'Formulir multipart tidak memuat berkas (bagian "file") / The multipart form holds no file (part "file")',
    ),
  hashInvalid: (value: string) =>
    new CodedError(
      'DOCUMENT_HASH_INVALID',
      'Hash dokumen harus 64 karakter heksadesimal / A document hash is 64 hexadecimal characters',
      { sha256: value.slice(0, 100) },
    ),
  notFound: (sha256: string) =>
    new CodedError('DOCUMENT_NOT_FOUND', 'Dokumen tidak ditemukan / No such document', { sha256 }),
  outOfScope: (sha256: string) =>
    new CodedError(
      'DOCUMENT_OUT_OF_SCOPE',
      'Dokumen ini hanya untuk yang berhak melihat usulan yang memuatnya / Only those who may see a proposal referring to this document may read it',
      { sha256 },
    ),
};
