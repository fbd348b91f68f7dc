/** An RFC 9457 problem answered by the API. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(detail);
  }

  /** The server's text in the user's language: its messages read "Indonesian / English". */
  localized(language: string): string {
    const parts = this.detail.split(' / ');
    if (parts.length < 2) return this.detail;
    return language === 'en' ? parts.slice(1).join(' / ') : parts[0];
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an openapi-fetch result, or the problem it answered, thrown. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error && typeof error === 'object' ? error : {}) as Record<string, unknown>;
    const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
    const detail = typeof body.detail === 'string' ? body.detail : response.statusText;
    throw new ApiProblem(response.status, code, detail, body);
  }
  return data as T;
}
