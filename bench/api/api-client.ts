import { Agent, request } from 'node:http';
import { now } from '../store/stats';

export interface Timed<T> {
  status: number;
  body: T;
  ms: number;
}

/** A keep-alive JSON client for the API, timing each call from send to the last byte. */
export class ApiClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  private readonly url: URL;

  constructor(baseUrl: string) {
    this.url = new URL(baseUrl);
  }

  call<T>(
    method: 'GET' | 'POST',
    path: string,
    token: string | null,
    body?: object | string,
    timeoutMs = 30_000,
  ): Promise<Timed<T>> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/csv' : 'application/json';
    const started = now();
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(payload ? { 'content-type': type, 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : null) as T, ms: now() - started });
          });
          res.on('error', reject);
        },
      );
      req.setTimeout(timeoutMs, () =>
        req.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs / 1000} s`)),
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async login(username: string, password: string): Promise<string> {
    const response = await this.call<{ accessToken: string }>('POST', '/auth/login', null, { username, password });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
    return response.body.accessToken;
  }

  close(): void {
    this.agent.destroy();
  }
}
