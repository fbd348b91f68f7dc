/**
 * The local SMTP sink of the notification benchmark, as a child process so that receiving does
 * not take the measuring process's CPU. It accepts every message, counts them, and tells the
 * parent (IPC) when `target` messages have been accepted: `{ count, firstAt, lastAt }` (epoch ms).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type SinkMessage =
  { type: 'listening'; port: number } | { type: 'done'; count: number; firstAt: number; lastAt: number };
export type SinkCommand = { type: 'expect'; target: number };

let target = Number.POSITIVE_INFINITY;
let count = 0;
let firstAt = 0;
let lastAt = 0;

const send = (message: SinkMessage): void => {
  process.send?.(message);
};

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  maxClients: 1000,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      lastAt = Date.now();
      if (count++ === 0) firstAt = lastAt;
      callback();
      if (count === target) send({ type: 'done', count, firstAt, lastAt });
    });
  },
});
server.on('error', () => undefined);

process.on('message', (command: SinkCommand) => {
  if (command.type !== 'expect') return;
  target = command.target;
  count = 0;
  if (count >= target) send({ type: 'done', count, firstAt, lastAt });
});

server.listen(0, '127.0.0.1', () => send({ type: 'listening', port: (server.server.address() as AddressInfo).port }));
