import { jakartaDate, addDays, firstOfNextMonth } from '@mutasi/calendar';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { historyEntry } from '@mutasi/audit';
import { canAccessAgency, hasNationalScope, type AuthUser } from '@mutasi/identity';
import {
  decidePlan,
  DEFAULT_PLAN_PARAMETERS,
  evolvePlan,
  foldPlan,
  planStreamId,
  validatePlanParameters,
  type PlanCommand,
  type PlanEvent,
  type PlanParameters,
  type PlanScopeKind,
  type PlanState,
} from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { CLOCK, type Clock } from '@mutasi/platform';
import { PlannerStreams } from '@mutasi/planner-commands';
import { PlanApprovers } from './plan-approvers';
import { PlanInputLoader } from './plan-input.loader';
import { PlanProposals } from './plan-proposals';
import { PlanSolver } from './plan-solver.provider';
import { planView, pageOfMoves, type MovePage } from './plan-view';
import { PlansList } from './plans-list';

export interface PlanRequest {
  scope: { kind: PlanScopeKind; id: string };
  parameters?: Partial<PlanParameters>;
}

export interface PlanActor {
  user: AuthUser;
  correlationId: string;
}

/** The approver an interrupted approval is finished on behalf of. */
interface ResumingActor {
  actorId: string;
  correlationId: string;
}

/** Plans: preview, draft, read, approve (then proposals), reject, history. */
@Injectable()
export class PlansService implements OnApplicationBootstrap {
  private readonly logger = new Logger('plans');

  constructor(
    private readonly loader: PlanInputLoader,
    private readonly solver: PlanSolver,
    private readonly streams: PlannerStreams,
    private readonly approvers: PlanApprovers,
    private readonly proposals: PlanProposals,
    private readonly list: PlansList,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Computes a plan and writes nothing. */
  async preview(request: PlanRequest, user: AuthUser, page: MovePage) {
    const { scope, parameters, plan, timings, input } = await this.compute(request, user);
    return {
      scope,
      parameters,
      inputHash: plan.inputHash,
      inputCounts: input,
      solver: plan.solver,
      totals: plan.totals,
      emptyReason: plan.emptyReason,
      timings,
      moveCount: plan.moves.length,
      moves: pageOfMoves(plan.moves, page),
    };
  }

  async draft(request: PlanRequest, actor: PlanActor) {
    const { scope, parameters, plan, input } = await this.compute(request, actor.user);
    const planId = randomUUID();
    const events = decidePlan(
      {
        type: 'DraftPlan',
        data: {
          planId,
          scope,
          parameters,
          plan: {
            moves: plan.moves,
            totals: plan.totals,
            emptyReason: plan.emptyReason,
            inputHash: plan.inputHash,
            solver: plan.solver,
          },
          inputCounts: input,
          draftedBy: actor.user.username,
          now: this.clock.now().toISOString(),
        },
      },
      await this.load(planId),
    );
    const result = await this.streams.append(planStreamId(planId), events, 0, this.metadata(actor, 'operator', null));
    return { id: planId, version: result.version, position: result.position };
  }

  async get(planId: string, user: AuthUser, page: MovePage) {
    return planView(await this.visible(planId, user), page);
  }

  async history(planId: string, user: AuthUser) {
    await this.visible(planId, user);
    const events = await this.streams.readRecorded(planStreamId(planId));
    return { planId, events: events.map(historyEntry) };
  }

  /** Approves (once) and makes the proposals that are not made yet; approving again resumes an interrupted run. */
  async approve(planId: string, actor: PlanActor) {
    let state = await this.existing(planId);
    const decider = await this.approvers.decider(state.drafted!.scope, actor.user);
    let result = await this.apply(
      planId,
      state,
      { type: 'ApprovePlan', data: { decider, now: this.now() } },
      actor,
      decider.chainRole,
    );
    state = result.state;
    if (state.proposals === null) {
      result = await this.recordProposals(planId, state, result.lastEventId ?? planId, actor, decider.chainRole);
      state = result.state;
    }
    return {
      id: planId,
      version: state.version,
      position: result.position,
      proposals: { created: state.proposals?.created ?? [], notProposed: state.proposals?.notProposed ?? [] },
    };
  }

  onApplicationBootstrap(): void {
    this.resumeInterruptedApprovals().catch((error: unknown) =>
      this.logger.warn(`resuming interrupted plan approvals failed: ${String(error)}`),
    );
  }

  /**
   * Approved plans whose proposals were never recorded (the process stopped midway): makes the
   * missing proposals, on behalf of the approver, each once (their ids derive from plan and move).
   */
  async resumeInterruptedApprovals(): Promise<string[]> {
    const resumed: string[] = [];
    for (const planId of await this.list.interruptedApprovals()) {
      const state = await this.load(planId);
      if (state.status !== 'APPROVED' || state.proposals !== null || state.decision === null) continue;
      const { by, chainRole } = state.decision;
      await this.recordProposals(planId, state, planId, { actorId: by, correlationId: `resume-${planId}` }, chainRole);
      resumed.push(planId);
    }
    return resumed;
  }

  async reject(planId: string, reason: string, actor: PlanActor) {
    const state = await this.existing(planId);
    const decider = await this.approvers.decider(state.drafted!.scope, actor.user);
    const result = await this.apply(
      planId,
      state,
      { type: 'RejectPlan', data: { decider, reason, now: this.now() } },
      actor,
      decider.chainRole,
    );
    return { id: planId, version: result.state.version, position: result.position };
  }

  private async compute(request: PlanRequest, user: AuthUser) {
    const scope = await this.loader.resolveScope(request.scope.kind, request.scope.id, user);
    const today = jakartaDate(this.clock.now());
    const parameters = validatePlanParameters(
      {
        ...DEFAULT_PLAN_PARAMETERS,
        requestedEffectiveDate: firstOfNextMonth(addDays(today, 30)),
        ...request.parameters,
      },
      today,
    );
    const loadStart = performance.now();
    const records = await this.loader.load(scope, today);
    const querying = performance.now() - loadStart;
    // Decoding, building, solving and choosing persons run in the solver's thread, off the event loop.
    const { inputCounts, decoding, timings, ...plan } = await this.solver.draft(records, parameters);
    return {
      scope,
      parameters,
      plan,
      timings: { loading: querying + decoding, ...timings },
      input: inputCounts,
    };
  }

  private async recordProposals(
    planId: string,
    state: PlanState,
    causationId: string,
    actor: PlanActor | ResumingActor,
    role: string,
  ) {
    const outcome = await this.proposals.create(state, causationId);
    return this.apply(
      planId,
      state,
      { type: 'RecordPlanProposals', data: { ...outcome, now: this.now() } },
      actor,
      role,
    );
  }

  private async apply(
    planId: string,
    state: PlanState,
    command: PlanCommand,
    actor: PlanActor | ResumingActor,
    role: string,
  ) {
    const events = decidePlan(command, state);
    if (events.length === 0) return { state, position: null as string | null, lastEventId: null as string | null };
    const streamId = planStreamId(planId);
    const result = await this.streams.append(streamId, events, state.version, this.metadata(actor, role, null));
    const next = events.reduce(evolvePlan, state);
    return { state: next, position: result.position as string | null, lastEventId: result.eventIds.at(-1) ?? null };
  }

  private metadata(actor: PlanActor | ResumingActor, role: string, causationId: string | null) {
    return {
      actorId: 'user' in actor ? actor.user.username : actor.actorId,
      actorRole: role,
      onBehalfOf: null,
      correlationId: actor.correlationId,
      causationId,
    };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private async load(planId: string): Promise<PlanState> {
    return foldPlan(await this.streams.read<PlanEvent>(planStreamId(planId)));
  }

  private async existing(planId: string): Promise<PlanState> {
    const state = await this.load(planId);
    if (state.drafted === null) {
      throw new CodedError('PLAN_NOT_FOUND', `Rencana ${planId} tidak ditemukan / No plan ${planId}`, {
        planId,
      });
    }
    return state;
  }

  /** Readers: national roles, and anyone whose agencies meet the plan's scope. */
  private async visible(planId: string, user: AuthUser): Promise<PlanState> {
    const state = await this.existing(planId);
    const scope = state.drafted!.scope;
    if (!hasNationalScope(user) && !scope.agencyIds.some((agencyId) => canAccessAgency(user, agencyId))) {
      throw new CodedError(
        'OUT_OF_SCOPE',
        `Rencana ${planId} di luar kewenangan Anda / Plan ${planId} is outside your scope`,
        {
          planId,
        },
      );
    }
    return state;
  }
}
