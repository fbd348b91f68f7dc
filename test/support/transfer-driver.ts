import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore, type JsonObject } from '@mutasi/event-store';
import { CLOCK, type Clock } from '@mutasi/platform';
import { loadTransfer } from '@mutasi/transfer-commands/load-transfer';
import {
  CHAIN_RUNNING_STATUSES,
  currentStage,
  decide,
  DEFAULT_TRANSFER_CONFIG,
  decidedUserIds,
  isTransfer,
  recusedUserIds,
  transferStreamId,
  type Decider,
  type Decision,
  type TaskType,
  type TransferCommand,
  type TransferEvent,
  type TransferState,
} from '@mutasi/transfers';
import { decideTask, propose } from '@mutasi/transfers/testing';
import type { TestApp } from './test-app';

const POSITIVE: Record<TaskType, Decision> = { hearing: 'consent', consultation: 'recommended', approval: 'approve' };

/**
 * Drives transfer proposals the way the command side does (read the stream, decide, append with
 * the expected version and the actor in the metadata), acting as the real demo users, so that
 * tests of what the events cause need not go through HTTP. Commands are stamped with the apps'
 * clock: a proposal stamped with another date (the demo data's, say) has due dates the apps see
 * as long past, and its stages escalate at once.
 */
export class TransferDriver {
  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly clock: Clock,
  ) {}

  /** On the test app's event store and clock. */
  static forApp(app: TestApp, pool: Pool): TransferDriver {
    return new TransferDriver(app.api.get<EventStore>(EVENT_STORE), pool, app.api.get<Clock>(CLOCK));
  }

  state(transferId: string): Promise<TransferState> {
    return loadTransfer(this.store, transferId);
  }

  async send(
    transferId: string,
    command: TransferCommand,
    actor: { userId: string; role: string },
  ): Promise<TransferEvent[]> {
    const state = await this.state(transferId);
    const events = decide(command, state, DEFAULT_TRANSFER_CONFIG);
    const correlationId = randomUUID();
    await this.store.append(
      transferStreamId(transferId),
      events.map((event) => ({
        eventId: randomUUID(),
        type: event.type,
        data: event.data as unknown as JsonObject,
        metadata: { actorId: actor.userId, actorRole: actor.role, onBehalfOf: null, correlationId, causationId: null },
      })),
      { expectedVersion: state.version === 0 ? 'no_stream' : state.version },
    );
    return events;
  }

  /** A new proposal by the operator of the target agency (a demo scenario: Bambang to Disdukcapil Kota Lestari). */
  async propose(
    nip = '199011082014031006',
    targetPositionId = 'P000236',
    operator = 'operator-99-71',
  ): Promise<string> {
    const transferId = randomUUID();
    const proposer = { userId: operator, role: 'operator' };
    await this.send(
      transferId,
      propose({ transferId, proposer, now: this.clock.now().toISOString() }, nip, targetPositionId),
      proposer,
    );
    return transferId;
  }

  /** A demo user as a decider: their positions and NIP from the users table. */
  async decider(username: string): Promise<Decider> {
    const { rows } = await this.pool.query<{ roles: string[]; position_ids: string[]; employee_nip: string | null }>(
      'SELECT roles, position_ids, employee_nip FROM users WHERE username = $1',
      [username],
    );
    if (rows.length === 0) throw new Error(`No demo user ${username}`);
    return {
      userId: username,
      roles: rows[0].roles,
      positionIds: rows[0].position_ids,
      employeeNip: rows[0].employee_nip,
    };
  }

  /** The demo user who answers a task: the employee for the hearing, else a holder who has not decided yet. */
  async deciderFor(transferId: string): Promise<{ taskId: string; type: TaskType; actor: Decider }> {
    const state = await this.state(transferId);
    if (!isTransfer(state)) throw new Error(`No transfer ${transferId}`);
    const task = currentStage(state)?.tasks.find((t) => t.status === 'open');
    if (task === undefined) throw new Error(`Transfer ${transferId} has no open task`);
    const { rows } = await this.pool.query<{ username: string }>(
      task.type === 'hearing'
        ? 'SELECT username FROM users WHERE employee_nip = $1 ORDER BY username'
        : 'SELECT username FROM users WHERE position_ids && $1::text[] ORDER BY username',
      [task.type === 'hearing' ? state.employeeNip : task.positionIds],
    );
    const decided = new Set([...decidedUserIds(state), ...recusedUserIds(state)]);
    const username = rows.map((r) => r.username).find((u) => !decided.has(u));
    if (username === undefined) throw new Error(`Nobody is left to decide ${task.id}`);
    return { taskId: task.id, type: task.type, actor: await this.decider(username) };
  }

  /** Answers or approves every task in turn until the chain ends; the deciders, in order. */
  async walkChain(transferId: string): Promise<string[]> {
    const deciders: string[] = [];
    for (;;) {
      const state = await this.state(transferId);
      if (!isTransfer(state) || !CHAIN_RUNNING_STATUSES.includes(state.status)) return deciders;
      const { taskId, type, actor } = await this.deciderFor(transferId);
      await this.send(transferId, decideTask(taskId, POSITIVE[type], actor, { now: this.clock.now().toISOString() }), {
        userId: actor.userId,
        role: actor.roles[0] ?? 'approver',
      });
      deciders.push(actor.userId);
    }
  }
}
