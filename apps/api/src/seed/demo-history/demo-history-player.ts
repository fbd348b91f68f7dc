import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { addDays, addMonths, jakartaDate } from '@mutasi/calendar';
import { DocumentsService } from '@mutasi/documents';
import { CodedError } from '@mutasi/errors';
import { EVENT_STORE, type JsonObject, type PostgresEventStore } from '@mutasi/event-store';
import type { AuthUser, Role } from '@mutasi/identity';
import { APP_CONFIG, atInstant, CLOCK, PG_POOL, type AppConfig, type Clock } from '@mutasi/platform';
import {
  DecideTaskCommand,
  EscalateStageCommand,
  EvaluateTransferCommand,
  IssueDecreeCommand,
  ProposeTransferCommand,
  RecordHearingCommand,
  ReviseProposalCommand,
  SCHEDULER_USER,
  TransferStreams,
  WithdrawProposalCommand,
  type CommandMeta,
} from '@mutasi/transfer-commands';
import {
  decidedUserIds,
  isTransfer,
  transferStreamId,
  type Decision,
  type TaskState,
  type Transfer,
  type TransferState,
} from '@mutasi/transfers';
import { derivedUuid } from '@mutasi/planner-commands';
import { FATES, nextInstant, nextMove, type Fate, type Move } from './demo-fates';
import { papers, uploadDemoPapers, type DemoPaper } from './demo-documents';
import { DemoHistoryPlanner, seededKey, type DemoHistoryPlan, type PlannedStory } from './demo-history-plan';

/** The stream that records the history's plan and its end, so a restart resumes or skips it. */
export const DEMO_HISTORY_STREAM = 'demo-history';

interface Cursor {
  story: PlannedStory;
  fate: Fate;
  state: TransferState;
  /** When its last step was played. */
  last: Date | null;
  done: boolean;
}

interface Step {
  cursor: Cursor;
  move: Move;
  at: Date;
}

interface UserRow {
  username: string;
  display_name: string;
  email: string;
  roles: string[];
  agency_ids: string[];
  position_ids: string[];
  employee_nip: string | null;
  language: string;
}

/** The decision an approver's task gets in the history: its one place, for what a decision must carry. */
export function decisionCommand(
  transferId: string,
  taskId: string,
  decision: Decision,
  reason: string | null,
  meta: CommandMeta,
): DecideTaskCommand {
  // The demo officials declare no conflict of interest; the hearing ignores the declaration.
  return new DecideTaskCommand(
    transferId,
    { taskId, decision, ...(reason ? { reason } : {}), declaration: { noConflictOfInterest: true } },
    meta,
  );
}

const POSITIVE = { hearing: 'consent', consultation: 'recommended', approval: 'approve' } as const;

/**
 * Plays about a year of fictional proposals through the real commands (the CommandBus), each
 * step with the clock set back to its moment and its events marked `demoHistory: true`. The plan
 * is recorded first (stream `demo-history`); the steps of all proposals are played in time order;
 * the end is recorded last. Each step is chosen from the proposal as it stands, so a restart after
 * a crash goes on where the log stops; a database that was not fresh and has no plan is left alone.
 */
@Injectable()
export class DemoHistoryPlayer {
  private readonly logger = new Logger('seed');

  constructor(
    private readonly commands: CommandBus,
    private readonly streams: TransferStreams,
    private readonly planner: DemoHistoryPlanner,
    private readonly documents: DocumentsService,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async play(freshDatabase: boolean): Promise<void> {
    const recorded = await this.store.readStream(DEMO_HISTORY_STREAM);
    if (recorded.some((event) => event.type === 'DemoHistoryPlayed')) return;
    const planned = recorded.find((event) => event.type === 'DemoHistoryPlanned');
    if (planned === undefined && !freshDatabase) return;
    const started = Date.now();
    const plan = (planned?.data as DemoHistoryPlan | undefined) ?? (await this.recordPlan());
    const planning = Date.now() - started;
    const steps = await this.playStories(plan);
    await this.record('DemoHistoryPlayed', { proposals: plan.stories.length, steps }, 1, new Date(plan.anchor));
    this.logger.log(
      `played the demo history: ${plan.stories.length} proposals, ${steps} steps (planned in ${planning} ms, played in ${Date.now() - started - planning} ms)`,
    );
  }

  private async recordPlan(): Promise<DemoHistoryPlan> {
    const plan = await this.planner.plan(this.clock.now());
    const first = plan.stories.reduce((min, s) => (s.start < min ? s.start : min), plan.anchor);
    // Recorded just before the first step, so the log's time runs forward.
    await this.record('DemoHistoryPlanned', plan, 'no_stream', new Date(Date.parse(first) - 60_000));
    return plan;
  }

  private async record(type: string, data: object, expectedVersion: 'no_stream' | number, at: Date): Promise<void> {
    await atInstant(at, () =>
      this.store.append(
        DEMO_HISTORY_STREAM,
        [
          {
            eventId: randomUUID(),
            type,
            data: data as JsonObject,
            metadata: {
              actorId: 'system',
              actorRole: 'admin',
              onBehalfOf: null,
              correlationId: randomUUID(),
              causationId: null,
              demoHistory: true,
            },
          },
        ],
        { expectedVersion },
      ),
    );
  }

  private async playStories(plan: DemoHistoryPlan): Promise<number> {
    const anchor = new Date(plan.anchor);
    const cutoff = anchor.getTime() - 3600 * 1000;
    const users = await this.users();
    const hashes = await uploadDemoPapers(this.documents);
    const cursors: Cursor[] = await Promise.all(
      plan.stories.map(async (story) => ({
        story,
        fate: FATES[story.fate],
        done: false,
        ...(await this.position(story.transferId)),
      })),
    );
    let steps = 0;
    for (;;) {
      const due = cursors
        .map((cursor) => this.nextStep(cursor))
        .filter((next): next is Step => next !== null && next.at.getTime() < cutoff)
        .sort(
          (a, b) => a.at.getTime() - b.at.getTime() || (a.cursor.story.transferId < b.cursor.story.transferId ? -1 : 1),
        );
      const step = due[0];
      if (step === undefined) return steps;
      const { cursor, move, at } = step;
      const command = this.command(cursor, move, at, users, hashes);
      if (command === null) {
        this.logger.warn(`demo history: ${cursor.story.transferId} stops before ${move.kind}: no demo user to take it`);
        cursor.done = true;
        continue;
      }
      try {
        await atInstant(at, () => this.commands.execute(command as never));
        steps++;
      } catch (error) {
        if (!(error instanceof CodedError)) throw error;
        this.logger.warn(`demo history: ${cursor.story.transferId} stops before ${move.kind}: ${error.code}`);
        cursor.done = true;
      }
      Object.assign(cursor, await this.position(cursor.story.transferId));
    }
  }

  private nextStep(cursor: Cursor): Step | null {
    const move = cursor.done ? null : nextMove(cursor.fate, cursor.state, cursor.story.recorder !== null);
    if (move === null) return null;
    const start = new Date(cursor.story.start);
    const at = nextInstant(cursor.fate, move, cursor.state, cursor.last, start, this.config.evaluationPeriodMonths);
    return { cursor, move, at };
  }

  /** The proposal as it stands and when its last event was recorded. */
  private async position(transferId: string): Promise<Pick<Cursor, 'state' | 'last'>> {
    const events = await this.store.readStream(transferStreamId(transferId));
    const state = await this.streams.load(transferId);
    return { state, last: events.length > 0 ? events[events.length - 1].recordedAt : null };
  }

  private command(
    cursor: Cursor,
    move: Move,
    at: Date,
    users: AuthUser[],
    hashes: Record<DemoPaper, string>,
  ): object | null {
    const { story, state } = cursor;
    const id = story.transferId;
    const version = isTransfer(state) ? state.version : 0;
    const today = jakartaDate(at);
    const operator = users.find((u) => u.username === story.operator);
    if (operator === undefined) return null;
    const meta = (user: AuthUser): CommandMeta => ({
      user,
      correlationId: derivedUuid('demo-history', id, String(version)),
      causationId: null,
      expectedVersion: version,
      marks: { demoHistory: true },
    });
    const key = seededKey(id, String(version));
    switch (move.kind) {
      case 'propose': {
        const requestedEffectiveDate = addDays(today, 30);
        const months = cursor.fate.temporaryMonths;
        return new ProposeTransferCommand(
          {
            employeeNip: story.employeeNip,
            targetPositionId: story.targetPositionId,
            reason: 'Pemerataan pegawai sesuai analisis beban kerja',
            requestedEffectiveDate,
            attachments: papers(hashes, 'anjab_abk', 'surat_permohonan'),
            ...(months ? { temporary: { endDate: addMonths(requestedEffectiveDate, months) } } : {}),
          },
          { ...meta(operator), expectedVersion: null },
          { transferId: id, plan: null },
        );
      }
      case 'lapse':
        return new EscalateStageCommand(id, { ...meta(SCHEDULER_USER), expectedVersion: null });
      case 'hearing': {
        const recorder = users.find((u) => u.username === story.recorder);
        if (recorder === undefined) return null;
        return new RecordHearingCommand(
          id,
          {
            taskId: move.taskId,
            answer: move.answer,
            ...(move.answer === 'objection' ? { reason: 'Masih merawat orang tua di daerah asal' } : {}),
            formSha256: hashes.formulir_pendapat,
            answeredOn: today,
          },
          meta(recorder),
        );
      }
      case 'decide':
      case 'reject':
      case 'return': {
        const transfer = state as Transfer;
        const task = transfer.stages.flatMap((s) => s.tasks).find((t) => t.id === move.taskId) as TaskState;
        const decider = deciderOf(transfer, task, users);
        if (decider === null) return null;
        if (move.kind === 'decide') return decisionCommand(id, task.id, POSITIVE[task.type], null, meta(decider));
        return move.kind === 'reject'
          ? decisionCommand(
              id,
              task.id,
              'reject',
              'Formasi jabatan tujuan akan diisi melalui seleksi terbuka',
              meta(decider),
            )
          : decisionCommand(id, task.id, 'return', 'Lengkapi surat pernyataan bebas hukuman disiplin', meta(decider));
      }
      case 'withdraw':
        return new WithdrawProposalCommand(id, { reason: 'Pegawai mengurungkan permohonan pindah' }, meta(operator));
      case 'revise':
        return new ReviseProposalCommand(
          id,
          {
            requestedEffectiveDate: addDays(today, 30),
            attachments: papers(hashes, 'anjab_abk', 'surat_permohonan', 'pernyataan_bebas_hukdis'),
          },
          meta(operator),
        );
      case 'decree':
        return new IssueDecreeCommand(
          id,
          {
            decreeNumber: `800/${(parseInt(key.slice(0, 4), 16) % 900) + 100}/BKPSDM/${today.slice(0, 4)}`,
            decreeDate: today,
            effectiveDate: today,
            documents: papers(hashes, 'sk_mutasi'),
          },
          meta(operator),
        );
      case 'evaluate':
        return new EvaluateTransferCommand(
          id,
          {
            performanceScore: 70 + (parseInt(key.slice(0, 4), 16) % 26),
            adaptation: parseInt(key.slice(4, 6), 16) % 3 === 0 ? 'fair' : 'good',
            notes: 'Pegawai telah melaksanakan tugas di unit tujuan',
            performanceRating: 'baik',
            trainingCompleted: true,
            documents: papers(hashes, 'spmt', 'skpp'),
          },
          meta(operator),
        );
    }
  }

  private async users(): Promise<AuthUser[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT username, display_name, email, roles, agency_ids, position_ids, employee_nip, language
         FROM users ORDER BY username`,
    );
    return rows.map((row) => ({
      username: row.username,
      displayName: row.display_name,
      email: row.email,
      roles: row.roles as Role[],
      agencyIds: row.agency_ids,
      positionIds: row.position_ids,
      employeeNip: row.employee_nip,
      language: row.language === 'en' ? 'en' : 'id',
    }));
  }
}

/** As the test drivers find them: the first demo user (by username) holding the task's positions who has not decided yet. */
function deciderOf(transfer: Transfer, task: TaskState, users: AuthUser[]): AuthUser | null {
  const decided = decidedUserIds(transfer);
  return (
    users.find((u) => u.positionIds.some((id) => task.positionIds.includes(id)) && !decided.has(u.username)) ?? null
  );
}
