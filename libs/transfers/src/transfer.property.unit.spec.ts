import fc from 'fast-check';
import { decide } from './decide';
import { DECISIONS_FOR_TASK, type Decision } from './decision';
import { DomainError } from './domain-error';
import { evolve, foldEvents } from './evolve';
import {
  AHMAD,
  BAMBANG,
  OPERATOR,
  decideTask,
  delegate,
  employeeUser,
  escalate,
  evaluate,
  execute,
  issueDecree,
  propose,
  proposeAhmad,
  revise,
  withdraw,
} from './testing/builders';
import { DEMO_DIRECTORY } from './testing/demo-data';
import type { Decider, TransferCommand } from './transfer-commands';
import type { DecisionEvent, TransferEvent } from './transfer-events';
import { CHAIN_RUNNING_STATUSES, TERMINAL_STATUSES } from './transfer-status';
import { isTransfer, type Transfer, type TransferState } from './transfer-state';

type Recipe = { days: number } & (
  | {
      type: 'decide';
      task: number;
      openOnly: boolean;
      /** positive: consent/recommended/approve; fitting: a word of the task's kind; any: any word */
      words: 'positive' | 'fitting' | 'any';
      word: number;
      /** The actor: a plain holder of the task, anyone holding one of its positions, or anyone at all. */
      actorFrom: 'holder' | 'assigned' | 'anyone';
      actor: number;
      reason: boolean;
    }
  | { type: 'delegate'; task: number; actor: number; delegate: number }
  | { type: 'revise' | 'withdraw' | 'escalate' | 'decree' | 'execute' | 'evaluate' }
);

const ALL_DECISIONS: Decision[] = [
  'consent',
  'objection',
  'recommended',
  'not_recommended',
  'approve',
  'reject',
  'return',
];
const CHAIN_POSITIONS = [...new Set(DEMO_DIRECTORY.map((entry) => entry.positionId))];

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      type: fc.constant('decide' as const),
      task: fc.nat(),
      openOnly: fc.oneof(fc.constant(true), fc.boolean()),
      words: fc.constantFrom('positive', 'positive', 'fitting', 'any' as const),
      word: fc.nat(),
      actorFrom: fc.constantFrom('holder', 'holder', 'assigned', 'anyone' as const),
      actor: fc.nat(),
      reason: fc.boolean(),
      days: fc.nat(3),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('delegate' as const),
      task: fc.nat(),
      actor: fc.nat(),
      delegate: fc.nat(),
      days: fc.nat(3),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constantFrom('revise', 'withdraw', 'escalate', 'decree', 'execute', 'evaluate' as const),
      days: fc.nat(120),
    }),
  },
);

/** Everyone who might try to act: holders, people holding many roles, the proposer, the employee. */
function deciders(nip: string, transfer: Transfer): Decider[] {
  const taskPositions = transfer.stages.flatMap((s) => s.tasks.flatMap((t) => t.positionIds));
  const everything = [...new Set([...taskPositions, ...CHAIN_POSITIONS])];
  return [
    ...taskPositions.map((positionId) => ({
      userId: `user-${positionId}`,
      roles: ['approver'],
      positionIds: [positionId],
      employeeNip: null,
    })),
    { userId: 'boss', roles: ['approver'], positionIds: everything, employeeNip: null },
    { userId: OPERATOR.userId, roles: ['operator'], positionIds: everything, employeeNip: null },
    { userId: 'operator-2', roles: ['operator'], positionIds: everything, employeeNip: null },
    employeeUser(nip),
    { ...employeeUser(nip), positionIds: everything },
    { userId: 'deputy', roles: ['approver'], positionIds: [], employeeNip: null },
  ];
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

function command(r: Recipe, transfer: Transfer, now: string): TransferCommand {
  const tasks = transfer.stages.flatMap((s) => s.tasks);
  const open = tasks.filter((t) => t.status === 'open');
  const people = deciders(transfer.employeeNip, transfer);
  switch (r.type) {
    case 'decide': {
      const task = pick(r.openOnly && open.length > 0 ? open : tasks, r.task);
      const fitting = DECISIONS_FOR_TASK[task.type];
      const word = r.words === 'positive' ? fitting[0] : pick(r.words === 'fitting' ? fitting : ALL_DECISIONS, r.word);
      const assigned = people.filter((p) =>
        task.type === 'hearing' ? p.employeeNip !== null : p.positionIds.some((id) => task.positionIds.includes(id)),
      );
      const holders = assigned.filter((p) => p.positionIds.length <= 1);
      const candidates = { holder: holders, assigned, anyone: people }[r.actorFrom];
      const actor = pick(candidates.length > 0 ? candidates : people, r.actor);
      return decideTask(task.id, word, actor, { reason: r.reason ? 'Alasan' : null, now });
    }
    case 'delegate': {
      const task = pick(open.length > 0 ? open : tasks, r.task);
      return delegate(task.id, pick(people, r.actor), pick(people, r.delegate).userId, { now });
    }
    case 'revise':
      return revise({
        ...proposalOf(transfer),
        requestedEffectiveDate: addDays(now, 30).slice(0, 10),
        actor: { userId: 'operator-2', role: 'operator' },
        now,
      });
    case 'withdraw':
      return withdraw({ now });
    case 'escalate':
      return escalate(now);
    case 'decree':
      return issueDecree({ now, decreeDate: now.slice(0, 10), effectiveDate: now.slice(0, 10) });
    case 'execute':
      return execute({ now, employee: { active: true, positionId: transfer.originPositionId } });
    case 'evaluate':
      return evaluate({ now });
  }
}

function proposalOf(transfer: Transfer) {
  const { employee, origin, target, attachments, workload, targetPositionWorkload } = transfer;
  return { employee, origin, target, attachments, workload, targetPositionWorkload };
}

const addDays = (instant: string, days: number) => new Date(Date.parse(instant) + days * 86_400_000).toISOString();

/** Runs the recipes against a fresh proposal; refused commands are skipped; returns every step. */
function simulate(ahmad: boolean, recipes: Recipe[]) {
  const proposal = ahmad ? proposeAhmad() : propose();
  let events: TransferEvent[] = decide(proposal, foldEvents([]));
  let now = proposal.data.now;
  const steps: { before: Transfer; produced: TransferEvent[] }[] = [];
  for (const r of recipes) {
    now = addDays(now, r.days);
    const before = foldEvents(events) as Transfer;
    const cmd = command(r, before, now);
    try {
      const produced = decide(cmd, before);
      steps.push({ before, produced });
      events = [...events, ...produced];
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      steps.push({ before, produced: [] });
    }
  }
  return { events, steps, nip: ahmad ? AHMAD : BAMBANG };
}

const DECISION_TYPES = ['ConsultationAnswered', 'ApprovalGranted', 'ApprovalRejected', 'ProposalReturned'];
const isDecision = (event: TransferEvent): event is DecisionEvent => DECISION_TYPES.includes(event.type);
const scenario = fc.tuple(fc.boolean(), fc.array(recipe, { minLength: 1, maxLength: 60, size: 'max' }));
const runs = { numRuns: 150 };

describe('transfer invariants under random command sequences', () => {
  it('stream versions are gap-free: evolve counts every event', () => {
    fc.assert(
      fc.property(scenario, ([ahmad, recipes]) => {
        const { events, steps } = simulate(ahmad, recipes);
        expect(foldEvents(events).version).toBe(events.length);
        for (const { before, produced } of steps) {
          produced.reduce<TransferState>((state, event, i) => {
            const next = evolve(state, event);
            expect(next.version).toBe(before.version + i + 1);
            return next;
          }, before);
        }
      }),
      runs,
    );
  });

  it('nothing is decided after a terminal state, nor outside a running chain', () => {
    fc.assert(
      fc.property(scenario, ([ahmad, recipes]) => {
        for (const { before, produced } of simulate(ahmad, recipes).steps) {
          if (TERMINAL_STATUSES.includes(before.status)) expect(produced).toEqual([]);
          if (!CHAIN_RUNNING_STATUSES.includes(before.status)) expect(produced.filter(isDecision)).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('nobody decides twice on a proposal (per revision); the proposer never decides; the employee only answers the hearing', () => {
    fc.assert(
      fc.property(scenario, ([ahmad, recipes]) => {
        const { events, nip } = simulate(ahmad, recipes);
        const deciders = new Map<number, string[]>();
        const authors = [OPERATOR.userId];
        for (const event of events) {
          if (event.type === 'ProposalRevised') authors.push(event.data.revisedByUserId);
          if (!isDecision(event)) continue;
          const { data } = event;
          const people = [data.deciderUserId, ...(data.onBehalfOfUserId === null ? [] : [data.onBehalfOfUserId])];
          const seen = deciders.get(data.revision) ?? [];
          for (const person of people) {
            expect(seen).not.toContain(person);
            expect(authors).not.toContain(person);
            if (data.taskType !== 'hearing') expect(person).not.toBe(employeeUser(nip).userId);
          }
          deciders.set(data.revision, [...seen, ...people]);
        }
      }),
      runs,
    );
  });

  it('every event is plain JSON and every folded state is a transfer', () => {
    fc.assert(
      fc.property(scenario, ([ahmad, recipes]) => {
        const { events } = simulate(ahmad, recipes);
        expect(JSON.parse(JSON.stringify(events))).toEqual(events);
        expect(isTransfer(foldEvents(events))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
