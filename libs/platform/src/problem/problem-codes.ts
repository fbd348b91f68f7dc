/**
 * The one table of the HTTP edge: every stable problem `code` with the status it is answered with
 * and what it means, in Indonesian and English. The libs raise coded errors without a status;
 * the problem+json answers, the OpenAPI document and README's "Errors" section all read this table.
 */
export interface ProblemCodeRow {
  status: number;
  id: string;
  en: string;
  /** The code the client sees when it differs from the key (one code answered with two statuses). */
  code?: string;
}

export const PROBLEM_CODES = {
  // Requests the HTTP layer refuses before any handler
  NOT_FOUND: { status: 404, id: 'Alamat tidak dikenal', en: 'No such route' },
  BAD_URL: { status: 400, id: 'Alamat tidak sah', en: 'The URL is not valid' },
  PATH_PARAMETER_TOO_LONG: { status: 414, id: 'Parameter alamat terlalu panjang', en: 'A path parameter is too long' },
  MALFORMED_JSON: { status: 400, id: 'Badan permintaan bukan JSON yang sah', en: 'The body is not valid JSON' },
  JSON_TOO_DEEP: { status: 400, id: 'Struktur JSON terlalu dalam', en: 'The JSON is nested too deeply' },
  INVALID_CHARACTER: {
    status: 400,
    id: 'Teks memuat karakter terlarang',
    en: 'The text holds a character not allowed',
  },
  INVALID_CONTENT_LENGTH: {
    status: 400,
    id: 'Content-Length tidak sesuai',
    en: 'Content-Length does not match the body',
  },
  VALIDATION_FAILED: { status: 400, id: 'Isian permintaan tidak sah', en: 'A field of the request is not valid' },
  BODY_TOO_LARGE: { status: 413, id: 'Badan permintaan terlalu besar', en: 'The body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, id: 'Jenis isi tidak didukung', en: 'The content type is not supported' },
  INVALID_TRANSFER_ID: { status: 400, id: 'Id usulan bukan UUID', en: 'A transfer id is not a UUID' },
  INVALID_PLAN_ID: { status: 400, id: 'Id rencana bukan UUID', en: 'A plan id is not a UUID' },
  INVALID_POSITION_ID: { status: 400, id: 'Id jabatan tidak sah', en: 'A position id is not valid' },
  INVALID_CURSOR: { status: 400, id: 'Kursor halaman tidak dikenal', en: 'The page cursor is not one this list gave' },
  INVALID_RANGE: { status: 400, id: 'Rentang waktu terbalik', en: 'from is not before to' },
  POINT_IN_TIME_REQUIRED: { status: 400, id: 'Titik waktu wajib diisi', en: 'A point in time is required' },
  IF_MATCH_INVALID: { status: 400, id: 'If-Match bukan versi usulan', en: 'If-Match is not a proposal version' },
  IDEMPOTENCY_KEY_INVALID: { status: 400, id: 'Idempotency-Key tidak sah', en: 'The Idempotency-Key is not valid' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    id: 'Idempotency-Key dipakai untuk permintaan lain',
    en: 'The Idempotency-Key was used for another request',
  },
  WEB_APP_NOT_BUILT: { status: 404, id: 'Aplikasi web belum dibangun', en: 'The web app is not built' },

  // Who is asking
  UNAUTHENTICATED: { status: 401, id: 'Belum masuk', en: 'Not logged in' },
  INVALID_TOKEN: { status: 401, id: 'Token tidak sah atau kedaluwarsa', en: 'The token is invalid or expired' },
  SESSION_ENDED: { status: 401, id: 'Sesi telah diakhiri', en: 'The session has ended' },
  INVALID_CREDENTIALS: { status: 401, id: 'Nama pengguna atau sandi salah', en: 'Wrong username or password' },
  TOO_MANY_LOGIN_ATTEMPTS: { status: 429, id: 'Terlalu banyak percobaan masuk', en: 'Too many login attempts' },
  CSRF_TOKEN_INVALID: { status: 403, id: 'Token CSRF tidak sah', en: 'The CSRF token is not valid' },
  ROLE_REQUIRED: { status: 403, id: 'Peran Anda tidak mengizinkan ini', en: 'Your role does not allow this' },
  OUT_OF_SCOPE: { status: 403, id: 'Di luar kewenangan Anda', en: 'Outside your scope' },
  NOT_OWN_RECORD: { status: 403, id: 'Hanya untuk data milik sendiri', en: 'Only for your own record' },
  USER_NOT_FOUND: { status: 404, id: 'Pengguna tidak ditemukan', en: 'No such user' },

  // Master data and imports
  EMPLOYEE_NOT_FOUND: { status: 404, id: 'Pegawai tidak ditemukan', en: 'No such employee' },
  POSITION_NOT_FOUND: { status: 404, id: 'Jabatan tidak ditemukan', en: 'No such position' },
  UNIT_NOT_FOUND: { status: 404, id: 'Unit tidak ditemukan', en: 'No such unit' },
  UNKNOWN_IMPORT_KIND: { status: 404, id: 'Jenis impor tidak dikenal', en: 'No such import kind' },
  IMPORT_NOT_ALLOWED: { status: 403, id: 'Impor ini tidak diizinkan bagi Anda', en: 'You may not run this import' },
  IMPORT_REJECTED: { status: 422, id: 'Baris impor ditolak', en: 'Rows of the import were rejected' },
  EMPTY_FILE: { status: 400, id: 'Berkas kosong', en: 'The file is empty' },
  MALFORMED_CSV: { status: 400, id: 'Berkas bukan CSV yang sah', en: 'The file is not valid CSV' },
  INVALID_HEADER: { status: 400, id: 'Baris judul CSV tidak sesuai', en: 'The CSV header is not the expected one' },
  ABK_YEAR_OUT_OF_RANGE: { status: 400, id: 'Tahun ABK di luar batas', en: 'The ABK year is out of range' },
  CSV_HEADER_INVALID: { status: 400, id: 'Kolom CSV hilang', en: 'Columns of the CSV are missing' },

  // Documents
  DOCUMENT_TOO_LARGE: { status: 413, id: 'Berkas terlalu besar', en: 'The file is too large' },
  DOCUMENT_EMPTY: { status: 400, id: 'Berkas kosong', en: 'The file is empty' },
  DOCUMENT_TYPE_NOT_ALLOWED: { status: 415, id: 'Hanya PDF, JPEG atau PNG', en: 'Only PDF, JPEG or PNG' },
  DOCUMENT_TYPE_MISMATCH: {
    status: 415,
    id: 'Isi berkas tidak sesuai jenis yang disebut',
    en: 'The content is not the declared type',
  },
  DOCUMENT_UPLOAD_INCOMPLETE: { status: 400, id: 'Unggahan terputus', en: 'The upload ended early' },
  DOCUMENT_FILE_MISSING: { status: 400, id: 'Bagian "file" tidak ada', en: 'The form holds no part "file"' },
  DOCUMENT_HASH_INVALID: {
    status: 400,
    id: 'Hash dokumen bukan 64 karakter heksadesimal',
    en: 'A document hash is not 64 hexadecimal characters',
  },
  DOCUMENT_NOT_FOUND: { status: 404, id: 'Dokumen tidak ditemukan', en: 'No such document' },
  DOCUMENTS_NOT_UPLOADED: {
    code: 'DOCUMENT_NOT_FOUND',
    status: 422,
    id: 'Perintah merujuk dokumen yang belum diunggah',
    en: 'The command refers to documents not uploaded',
  },
  DOCUMENT_OUT_OF_SCOPE: {
    status: 403,
    id: 'Dokumen milik usulan di luar kewenangan Anda',
    en: 'The document belongs to proposals outside your scope',
  },

  // Transfers: eligibility (refused when proposing)
  ELIGIBILITY_NOT_PNS: { status: 422, id: 'Pegawai bukan PNS', en: 'The employee is not a civil servant (PNS)' },
  ELIGIBILITY_TEN_YEAR_PLEDGE: {
    status: 422,
    id: 'Masih dalam ikatan sepuluh tahun',
    en: 'Still within the ten-year pledge',
  },
  ELIGIBILITY_PERFORMANCE: { status: 422, id: 'Kinerja tidak memenuhi', en: 'Performance does not qualify' },
  ELIGIBILITY_DISCIPLINARY: {
    status: 422,
    id: 'Sedang menjalani hukuman disiplin',
    en: 'Under a disciplinary sanction',
  },
  ELIGIBILITY_STUDY_LEAVE: { status: 422, id: 'Sedang tugas belajar', en: 'On study leave' },
  ELIGIBILITY_NO_SHORTAGE: {
    status: 422,
    id: 'Jabatan tujuan tidak kekurangan',
    en: 'The target position has no shortage',
  },
  ELIGIBILITY_SAME_POSITION: {
    status: 422,
    id: 'Jabatan tujuan sama dengan asal',
    en: 'Target and origin are the same',
  },
  ELIGIBILITY_JPT_TWO_YEAR_LOCK: {
    status: 422,
    id: 'JPT belum dua tahun sejak dilantik',
    en: 'A JPT less than two years after inauguration',
  },
  ELIGIBILITY_ELECTION_BLACKOUT: {
    status: 422,
    id: 'Masa larangan penggantian pejabat menjelang pilkada',
    en: 'Pre-election blackout on replacing officials',
  },
  ELIGIBILITY_POST_INAUGURATION_BLACKOUT: {
    status: 422,
    id: 'Masa larangan enam bulan setelah pelantikan',
    en: 'Blackout six months after inauguration',
  },
  ELIGIBILITY_MIN_TENURE: { status: 422, id: 'Masa kerja minimum belum terpenuhi', en: 'Minimum tenure not reached' },
  ELIGIBILITY_ROTATION_DUE: { status: 422, id: 'Sudah waktunya rotasi', en: 'Rotation is due' },
  ELIGIBILITY_NO_WORKLOAD_ANALYSIS: {
    status: 422,
    id: 'Tidak ada analisis beban kerja',
    en: 'No workload analysis for the target',
  },
  ELIGIBILITY_EDUCATION_MISMATCH: { status: 422, id: 'Pendidikan tidak sesuai', en: 'Education does not match' },
  ELIGIBILITY_RANK_BELOW_MINIMUM: { status: 422, id: 'Pangkat di bawah minimum', en: 'Rank below the minimum' },
  ELIGIBILITY_RETIRING_SOON: { status: 422, id: 'Segera pensiun', en: 'Retiring soon' },
  ELIGIBILITY_SHORTAGE_CLAIMED: {
    status: 422,
    id: 'Kekurangan sudah diisi usulan lain',
    en: 'The shortage is claimed by other proposals',
  },
  OPEN_PROPOSAL_EXISTS: { status: 409, id: 'Masih ada usulan terbuka', en: 'An open proposal exists' },

  // Transfers: workflow
  TRANSFER_NOT_FOUND: { status: 404, id: 'Usulan tidak ditemukan', en: 'No such transfer' },
  TASK_NOT_FOUND: { status: 404, id: 'Tugas tidak ditemukan', en: 'No such task' },
  TRANSFER_ALREADY_EXISTS: { status: 409, id: 'Usulan sudah ada', en: 'The transfer already exists' },
  INVALID_STATE_TRANSITION: {
    status: 409,
    id: 'Tidak dapat dilakukan pada status ini',
    en: 'Not possible in the current status',
  },
  TASK_NOT_OPEN: { status: 409, id: 'Tugas sudah tidak terbuka', en: 'The task is no longer open' },
  STAGE_NOT_OVERDUE: { status: 409, id: 'Tahap belum lewat waktu', en: 'The stage is not overdue' },
  STALE_VERSION: { status: 409, id: 'Versi sudah berubah', en: 'The version has changed meanwhile' },
  EVENT_ID_REUSED: { status: 409, id: 'Id peristiwa sudah dipakai', en: 'An event id is already used' },
  READ_MODEL_BEHIND: { status: 503, id: 'Data baca belum mutakhir', en: 'The read model is not caught up yet' },
  SOD_PROPOSER_CANNOT_DECIDE: {
    status: 403,
    id: 'Pengusul tidak boleh memutus',
    en: 'The proposer may not decide',
  },
  SOD_EMPLOYEE_CANNOT_APPROVE: {
    status: 403,
    id: 'Pegawai yang dimutasi tidak boleh menyetujui',
    en: 'The employee transferred may not approve',
  },
  SOD_ALREADY_DECIDED: { status: 403, id: 'Anda sudah memutus tahap lain', en: 'You already decided another stage' },
  CONFLICT_OF_INTEREST_DECLARED: {
    status: 403,
    id: 'Anda menyatakan benturan kepentingan',
    en: 'You declared a conflict of interest here',
  },
  TASK_NOT_ASSIGNED_TO_YOU: { status: 403, id: 'Tugas bukan untuk Anda', en: 'The task is not assigned to you' },
  CHAIN_ROLE_UNRESOLVED: {
    status: 422,
    id: 'Pejabat dalam rantai persetujuan tidak ditemukan',
    en: 'A role of the approval chain has no holder',
  },
  REASON_REQUIRED: { status: 422, id: 'Alasan wajib diisi', en: 'A reason is required' },
  REASON_TOO_LONG: { status: 422, id: 'Alasan terlalu panjang', en: 'The reason is too long' },
  NOTES_TOO_LONG: { status: 422, id: 'Catatan terlalu panjang', en: 'The notes are too long' },
  DECISION_NOT_ALLOWED_FOR_TASK: {
    status: 422,
    id: 'Keputusan ini tidak berlaku untuk tugas ini',
    en: 'This decision does not apply to the task',
  },
  DELEGATION_NOT_ALLOWED: {
    status: 422,
    id: 'Tugas ini tidak dapat didelegasikan',
    en: 'This task cannot be delegated',
  },
  ESCALATION_NOT_POSSIBLE: { status: 422, id: 'Tidak dapat dieskalasi', en: 'Escalation is not possible' },
  CONFLICT_DECLARATION_REQUIRED: {
    status: 422,
    id: 'Pernyataan bebas benturan kepentingan wajib',
    en: 'A declaration of no conflict of interest is needed',
  },
  CONFLICT_NO_SUPERIOR_ROLE: {
    status: 422,
    id: 'Tidak ada atasan untuk menerima tugas ini',
    en: 'No superior role can take this task',
  },
  EXECUTION_TOO_EARLY: { status: 422, id: 'Belum waktunya dilaksanakan', en: 'Too early to execute' },
  EXECUTION_EMPLOYEE_INACTIVE: { status: 422, id: 'Pegawai tidak aktif', en: 'The employee is not active' },
  EXECUTION_EMPLOYEE_MOVED: {
    status: 422,
    id: 'Pegawai sudah pindah jabatan',
    en: 'The employee has moved meanwhile',
  },
  EXECUTION_NO_SHORTAGE: {
    status: 422,
    id: 'Jabatan tujuan tidak lagi kekurangan',
    en: 'The target position no longer has a shortage',
  },
  EVALUATION_TOO_EARLY: { status: 422, id: 'Belum waktunya evaluasi', en: 'Too early to evaluate' },
  TRAINING_COMPLETION_REQUIRED: {
    status: 422,
    id: 'Nyatakan apakah pelatihan sudah dilaksanakan',
    en: 'Say whether the training took place',
  },
  EFFECTIVE_DATE_IN_PAST: { status: 422, id: 'TMT sudah lewat', en: 'The effective date is in the past' },
  EFFECTIVE_DATE_BEFORE_DECREE: {
    status: 422,
    id: 'TMT sebelum tanggal SK',
    en: 'The effective date is before the decree',
  },
  EFFECTIVE_DATE_BEYOND_HORIZON: {
    status: 422,
    id: 'TMT terlalu jauh ke depan',
    en: 'The effective date is too far ahead',
  },
  DOCUMENT_MISSING: { status: 422, id: 'Dokumen wajib belum dilampirkan', en: 'A required document is missing' },
  DELEGATE_NOT_APPROVER: {
    status: 422,
    id: 'Penerima delegasi bukan penyetuju',
    en: 'The delegate is not an approver',
  },
  DELEGATE_OUT_OF_SCOPE: {
    status: 422,
    id: 'Penerima delegasi di luar wilayah kerja',
    en: 'The delegate is outside the scope',
  },
  DELEGATION_RANGE_INVALID: { status: 422, id: 'Rentang delegasi tidak sah', en: 'The delegation range is not valid' },
  DELEGATION_NOT_FOUND: { status: 403, id: 'Delegasi bukan milik Anda', en: 'No such delegation of yours' },
  DELEGATION_NOT_GIVEN: {
    code: 'DELEGATION_NOT_FOUND',
    status: 404,
    id: 'Anda tidak memberikan delegasi itu',
    en: 'You gave no such delegation',
  },
  DELEGATION_ENDED: { status: 409, id: 'Delegasi sudah diakhiri', en: 'The delegation has ended already' },
  INVALID_DELEGATION_ID: { status: 400, id: 'Id delegasi berupa UUID', en: 'A delegation id is a UUID' },
  NO_POSITION_TO_DELEGATE: {
    status: 422,
    id: 'Anda tidak memegang jabatan untuk didelegasikan',
    en: 'You hold no position to delegate',
  },
  DELEGATE_IS_SELF: {
    status: 400,
    id: 'Tidak dapat mendelegasikan ke diri sendiri',
    en: 'You cannot delegate to yourself',
  },
  INVALID_DATE: { status: 400, id: 'Tanggal tidak sah', en: 'A date is not valid' },
  INVALID_DATE_RANGE: { status: 400, id: 'Rentang tanggal tidak sah', en: 'A date range is not valid' },
  INVALID_ATTACHMENT: { status: 400, id: 'Lampiran tidak sah', en: 'An attachment is not valid' },
  INVALID_PERFORMANCE_SCORE: { status: 400, id: 'Nilai kinerja tidak sah', en: 'The performance score is not valid' },
  INVALID_ADAPTATION: { status: 400, id: 'Penilaian adaptasi tidak sah', en: 'The adaptation assessment is not valid' },
  INVALID_PERFORMANCE_RATING: {
    status: 400,
    id: 'Predikat kinerja tidak sah',
    en: 'The performance rating is not valid',
  },
  DECREE_NUMBER_REQUIRED: { status: 400, id: 'Nomor SK wajib diisi', en: 'A decree number is required' },
  MINISTERIAL_APPROVAL_INVALID: {
    status: 400,
    id: 'Persetujuan tertulis Mendagri tidak sah',
    en: 'The ministerial approval is not valid',
  },
  MINISTERIAL_APPROVAL_UNCONFIRMED: {
    status: 422,
    id: 'Persetujuan tertulis Mendagri belum dikonfirmasi',
    en: 'The ministerial approval is not confirmed',
  },
  ORIGIN_POSITION_MISMATCH: {
    status: 400,
    id: 'Jabatan asal tidak sesuai data',
    en: 'The origin position does not match the records',
  },
  EMPLOYEE_MISMATCH: { status: 400, id: 'Pegawai tidak sesuai usulan', en: 'The employee does not match the transfer' },
  POLICY_MISMATCH: { status: 400, id: 'Kebijakan tidak sesuai', en: 'The policy does not match' },
  INVALID_FORM_HASH: { status: 400, id: 'Hash formulir tidak sah', en: 'The form hash is not valid' },
  HEARING_DATE_INVALID: { status: 400, id: 'Tanggal dengar pendapat tidak sah', en: 'The hearing date is not valid' },

  // Transfers: temporary assignments
  ASSIGNMENT_END_DATE_INVALID: {
    status: 400,
    id: 'Tanggal selesai penugasan harus setelah TMT',
    en: 'The assignment must end after its effective date',
  },
  ASSIGNMENT_TOO_LONG: {
    status: 422,
    id: 'Penugasan sementara terlalu lama',
    en: 'The temporary assignment is too long',
  },
  ASSIGNMENT_NOT_TEMPORARY: {
    status: 422,
    id: 'Usulan bukan penugasan sementara',
    en: 'The proposal is not a temporary assignment',
  },
  ASSIGNMENT_DECISION_TOO_LATE: {
    status: 422,
    id: 'Perpanjangan/alih status harus sebelum selesai',
    en: 'Extension or conversion must precede the end date',
  },
  ASSIGNMENT_RETURN_TOO_EARLY: {
    status: 422,
    id: 'Penugasan sementara belum berakhir',
    en: 'The temporary assignment has not ended yet',
  },
  ASSIGNMENT_EMPLOYEE_MOVED: {
    status: 422,
    id: 'Pegawai tidak lagi di jabatan penugasan',
    en: 'The employee no longer holds the host position',
  },
  ASSIGNMENT_ALREADY_ENDED: {
    status: 409,
    id: 'Penugasan sementara sudah berakhir',
    en: 'The temporary assignment has already ended',
  },

  // Plans and aspirations
  PLAN_NOT_FOUND: { status: 404, id: 'Rencana tidak ditemukan', en: 'No such plan' },
  SCOPE_NOT_FOUND: { status: 404, id: 'Cakupan rencana tidak ditemukan', en: 'No such plan scope' },
  PLAN_PARAMETER_OUT_OF_RANGE: {
    status: 400,
    id: 'Parameter rencana di luar batas',
    en: 'A plan parameter is out of range',
  },
  PLAN_ALREADY_EXISTS: { status: 409, id: 'Rencana sudah ada', en: 'The plan already exists' },
  PLAN_ALREADY_DECIDED: { status: 409, id: 'Rencana sudah diputus', en: 'The plan is already decided' },
  PLAN_NOT_APPROVED: { status: 409, id: 'Rencana belum disetujui', en: 'The plan is not approved' },
  PLAN_DRAFTER_UNKNOWN: { status: 409, id: 'Penyusun rencana tidak dikenal', en: 'The plan drafter is unknown' },
  PLAN_SELF_APPROVAL: { status: 403, id: 'Penyusun tidak boleh menyetujui', en: 'The drafter may not approve' },
  PLAN_APPROVER_REQUIRED: {
    status: 403,
    id: 'Hanya penyetuju rencana yang berwenang',
    en: 'Only a plan approver may do this',
  },
  ASPIRATION_NOT_FOUND: { status: 404, id: 'Keinginan tidak ditemukan', en: 'No such wish' },
  ASPIRATION_RANK_OUT_OF_RANGE: {
    status: 400,
    id: 'Urutan keinginan di luar batas',
    en: 'The wish rank is out of range',
  },
  ASPIRATION_TARGET_REQUIRED: {
    status: 400,
    id: 'Keinginan menyebut unit atau jabatan',
    en: 'A wish names a unit or a position',
  },
  ASPIRATION_DUPLICATE: { status: 422, id: 'Keinginan sudah dinyatakan', en: 'The wish is already stated' },
  ASPIRATION_POSITION_NOT_IN_UNIT: {
    status: 422,
    id: 'Jabatan tidak berada di unit itu',
    en: 'The position is not in that unit',
  },

  // Event store: appends refused as malformed (never expected from the API's own commands)
  EMPTY_BATCH: { status: 400, id: 'Tidak ada peristiwa untuk disimpan', en: 'No events to append' },
  INVALID_STREAM_ID: { status: 400, id: 'Id aliran tidak sah', en: 'The stream id is not valid' },
  STREAM_ID_TOO_LONG: { status: 400, id: 'Id aliran terlalu panjang', en: 'The stream id is too long' },
  INVALID_EXPECTED_VERSION: { status: 400, id: 'Versi harapan tidak sah', en: 'The expected version is not valid' },
  INVALID_EVENT_ID: { status: 400, id: 'Id peristiwa tidak sah', en: 'An event id is not valid' },
  DUPLICATE_EVENT_ID: { status: 400, id: 'Id peristiwa ganda', en: 'An event id appears twice' },
  INVALID_EVENT_TYPE: { status: 400, id: 'Jenis peristiwa tidak sah', en: 'An event type is not valid' },
  INVALID_SCHEMA_VERSION: { status: 400, id: 'Versi skema tidak sah', en: 'A schema version is not valid' },
  INVALID_RECORDED_AT: { status: 400, id: 'Waktu pencatatan tidak sah', en: 'A recorded time is not valid' },
  EVENT_NOT_JSON: { status: 400, id: 'Peristiwa bukan JSON', en: 'An event is not JSON' },
  EVENT_TOO_LARGE: { status: 400, id: 'Peristiwa terlalu besar', en: 'An event is too large' },

  // The server
  DATABASE_UNAVAILABLE: { status: 503, id: 'Basis data tidak dapat dihubungi', en: 'The database cannot be reached' },
  REDIS_UNAVAILABLE: { status: 503, id: 'Antrean (Redis) tidak dapat dihubungi', en: 'Redis cannot be reached' },
  INTERNAL_ERROR: { status: 500, id: 'Kesalahan tak terduga (dicatat)', en: 'An unexpected error (logged)' },
} as const satisfies Record<string, ProblemCodeRow>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** The code a client sees for a table key. */
export function publicCode(key: ProblemCode): string {
  const row: ProblemCodeRow = PROBLEM_CODES[key];
  return row.code ?? key;
}
