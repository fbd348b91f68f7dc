/** The CSRF token the server set in the readable cookie, to repeat in the `x-csrf-token` header of a write. */
export function csrfToken(): string | undefined {
  const token = /(?:^|;\s*)mutasi_csrf=([^;]+)/.exec(document.cookie)?.[1];
  return token ? decodeURIComponent(token) : undefined;
}
