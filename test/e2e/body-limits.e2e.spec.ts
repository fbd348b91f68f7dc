import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/test-app';

/** Bodies over BODY_LIMIT_BYTES: refused on their declared length, or the moment a stream passes it. */

const LIMIT = 1024 * 1024;

let app: TestApp;
let port: number;
let token: string;

beforeAll(async () => {
  app = await startTestApp('body_limits', { env: { BODY_LIMIT_BYTES: String(LIMIT) } });
  await app.api.listen({ port: 0, host: '127.0.0.1' });
  port = (app.api.getHttpServer().address() as AddressInfo).port;
  token = await app.token('admin');
}, 120_000);

afterAll(async () => app?.close());

interface Exchange {
  socket: Socket;
  /** Everything the server sent, once it closed the connection. */
  closed: Promise<string>;
  /** Resolves with the response head as soon as it arrives. */
  responded: Promise<string>;
}

function open(head: string): Exchange {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined); // the server may reset a connection it stopped reading
  let received = '';
  let onData: (text: string) => void = () => undefined;
  const responded = new Promise<string>((resolve) => (onData = resolve));
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
    if (received.includes('\r\n\r\n')) onData(received);
  });
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  socket.write(head);
  return { socket, closed, responded };
}

const importHead = (extra: string) =>
  `POST /imports/units HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: text/csv\r\n${extra}\r\n`;

it('refuses a declared Content-Length over the limit before reading any of the body, and closes', async () => {
  const exchange = open(importHead(`Content-Length: ${1024 * 1024 * 1024}\r\n`));
  const head = await exchange.responded;
  expect(head).toMatch(/^HTTP\/1\.1 413/);
  expect(head).toMatch(/content-type: application\/problem\+json/i);
  expect(head).toMatch(/connection: close/i);
  expect(await exchange.closed).toContain('"code":"BODY_TOO_LARGE"');
});

it('stops a chunked body that never ends once it passes the limit, closes the connection, and /health stays up', async () => {
  const exchange = open(importHead('Transfer-Encoding: chunked\r\n'));
  let open_ = true;
  void exchange.closed.then(() => (open_ = false));
  let sent = 0;
  const line = 'U999999,pemkab-99-02,Unit yang tidak pernah selesai,\n'.repeat(200);
  const chunk = `${Buffer.byteLength(line).toString(16)}\r\n${line}\r\n`;
  const writer = (async () => {
    exchange.socket.write(
      'id,agencyId,name,parentUnitId\n'.length.toString(16) + '\r\nid,agencyId,name,parentUnitId\n\r\n',
    );
    // Keeps sending until the server hangs up; the bound only stops a server that never does.
    while (open_ && sent < 200 * LIMIT) {
      sent += Buffer.byteLength(line);
      if (!exchange.socket.write(chunk)) {
        await new Promise((resolve) => {
          exchange.socket.once('drain', resolve);
          exchange.socket.once('close', resolve);
        });
      }
    }
  })();

  const health = await app.http().get('/health');
  expect(health.status).toBe(200);

  const response = await exchange.closed;
  await writer;
  expect(response).toMatch(/^HTTP\/1\.1 413/);
  expect(response).toMatch(/connection: close/i);
  expect(response).toContain('"code":"BODY_TOO_LARGE"');
  expect(sent).toBeLessThan(200 * LIMIT);
});
