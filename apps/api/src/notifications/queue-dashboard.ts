import { createHash } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AUTH_MESSAGES, AuthService, hasRole, type AuthUser } from '@mutasi/identity';
import { EMAIL_QUEUE_CLIENT, type EmailQueue } from '@mutasi/notifications';
import { CodedError } from '@mutasi/errors';
import { sendProblem } from '@mutasi/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const BASIC_LOGIN_TTL_MS = 5 * 60_000;

/**
 * The BullMQ dashboard (bull-board) at /admin/queues, for admins only. It is mounted on Fastify
 * directly, outside Nest's router, so it checks the caller itself: a bearer token, or HTTP Basic
 * with an admin's username and password so that a browser can open it. A Basic login is checked
 * once (slow hash, login rate limit) and then remembered for five minutes, since the page polls.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  private readonly logger = new Logger('queue-dashboard');
  private readonly basicLogins = new Map<string, { token: string; until: number }>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    @Inject(EMAIL_QUEUE_CLIENT) private readonly queue: EmailQueue,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const board = new BullBoardFastifyAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.queue as unknown as Queue)],
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'mutasi' } },
    });
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', (request, reply) => this.requireAdmin(request, reply));
      await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    });
  }

  private async requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const user = await this.caller(request.headers.authorization ?? '', request.ip);
    if (user === null) {
      void reply.header('www-authenticate', 'Basic realm="mutasi queues", charset="UTF-8"');
      sendProblem(
        request,
        reply,
        new CodedError('UNAUTHENTICATED', 'Masuk sebagai admin / Log in as an admin'),
        this.logger,
      );
      return reply;
    }
    if (!hasRole(user, 'admin')) {
      sendProblem(request, reply, new CodedError('ROLE_REQUIRED', AUTH_MESSAGES.ROLE_REQUIRED(['admin'])), this.logger);
      return reply;
    }
  }

  private async caller(authorization: string, address: string): Promise<AuthUser | null> {
    const bearer = /^Bearer (.+)$/i.exec(authorization);
    if (bearer) return this.auth.verify(bearer[1]);
    const basic = /^Basic (.+)$/i.exec(authorization);
    if (!basic) return null;
    const key = createHash('sha256').update(basic[1]).digest('hex');
    const remembered = this.basicLogins.get(key);
    // The session behind a remembered login is checked each time, so a disabled admin is out at once.
    if (remembered && remembered.until > Date.now()) return this.auth.verify(remembered.token);
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    try {
      const { user, accessToken } = await this.auth.login(decoded.slice(0, colon), decoded.slice(colon + 1), address);
      if (this.basicLogins.size > 100) this.basicLogins.clear();
      this.basicLogins.set(key, { token: accessToken, until: Date.now() + BASIC_LOGIN_TTL_MS });
      return user;
    } catch {
      return null;
    }
  }
}
