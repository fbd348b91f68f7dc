/** The texts of authentication and authorization errors: Indonesian first, then English, like the domain errors. */
export const AUTH_MESSAGES = {
  UNAUTHENTICATED: 'Diperlukan token akses / A bearer access token is required',
  INVALID_TOKEN: 'Token akses tidak sah atau kedaluwarsa / The access token is invalid or has expired',
  SESSION_ENDED:
    'Sesi telah berakhir (keluar, akun dinonaktifkan, atau hak akses berubah); silakan masuk lagi / The session has ended (logged out, account disabled, or rights changed); log in again',
  INVALID_CREDENTIALS: 'Nama pengguna atau kata sandi salah / The username or the password is wrong',
  TOO_MANY_LOGIN_ATTEMPTS: 'Terlalu banyak percobaan masuk; coba lagi nanti / Too many login attempts; try again later',
  ROLE_REQUIRED: (roles: readonly string[]) =>
    `Memerlukan salah satu peran: ${roles.join(', ')} / This needs one of the roles: ${roles.join(', ')}`,
  USER_NOT_FOUND: 'Pengguna tidak ditemukan / No such user',
} as const;
