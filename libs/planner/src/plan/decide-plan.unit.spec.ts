import { DEFAULT_PLAN_PARAMETERS } from '../model/plan-parameters';
import { emptyBandCounts, emptyKindCounts, type PlanTotals } from '../model/plan-totals';
import type { PlanMove } from '../model/plan-move';
import { PlannerError } from '../planner-error';
import { decidePlan, MOVES_PER_EVENT, type PlanCommand } from './decide-plan';
import type { PlanEvent } from './plan-events';
import { foldPlan } from './plan-state';

const NOW = '2026-11-20T03:00:00.000Z';
const HEAD = { userId: 'kepala-bkpsdm', chainRole: 'personnel_head', positionId: 'P000010' };

const totals: PlanTotals = {
  moves: 0,
  wishesGranted: 0,
  sumAbsGapBefore: 4,
  sumAbsGapAfter: 4,
  objectiveBefore: 4,
  objectiveAfter: 4,
  measuredPositions: 2,
  positionsPerBand: { before: emptyBandCounts(), after: emptyBandCounts() },
  unitsPerBand: { before: emptyBandCounts(), after: emptyBandCounts() },
  severeImbalances: { positions: { before: 0, after: 0 }, units: { before: 0, after: 0 } },
  movesByKind: emptyKindCounts(),
  movesByRelation: { sameAgency: 0, interAgency: 0, interProvince: 0 },
  excluded: {},
};

function move(n: number): PlanMove {
  return { moveId: `nip-${n}`, employeeNip: `nip-${n}` } as PlanMove;
}

function draft(moves: PlanMove[] = [move(1)]): PlanCommand {
  return {
    type: 'DraftPlan',
    data: {
      planId: 'plan-1',
      scope: { kind: 'agency', id: 'pemkab-99-02', agencyIds: ['pemkab-99-02'] },
      parameters: { ...DEFAULT_PLAN_PARAMETERS, requestedEffectiveDate: '2027-01-01' },
      plan: {
        moves,
        totals,
        emptyReason: null,
        inputHash: 'a'.repeat(64),
        solver: { name: 'HiGHS', version: '1.15.3' },
      },
      inputCounts: { positions: 2, employees: 5, wishes: 1 },
      draftedBy: 'operator-99-02',
      now: NOW,
    },
  };
}

/** Given these events, when the command, then the events (or the error) it gives. */
function given(...events: PlanEvent[]) {
  const state = foldPlan(events);
  return { when: (command: PlanCommand) => () => decidePlan(command, state) };
}

const drafted = () => decidePlan(draft(), foldPlan([]));
const approve = (decider = HEAD): PlanCommand => ({ type: 'ApprovePlan', data: { decider, now: NOW } });

function code(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof PlannerError) return error.code;
    throw error;
  }
  throw new Error('expected the command to be refused');
}

describe('plan decisions', () => {
  it('drafting records the parameters, the input hash, the solver and the moves', () => {
    const events = given().when(draft([move(1), move(2)]))();
    expect(events.map((e) => e.type)).toEqual(['PlanDrafted', 'PlanMovesRecorded']);
    const [first, second] = events;
    expect(first.type === 'PlanDrafted' && first.data).toMatchObject({
      planId: 'plan-1',
      inputHash: 'a'.repeat(64),
      solver: { name: 'HiGHS', version: '1.15.3' },
      moveCount: 2,
      draftedBy: 'operator-99-02',
      parameters: { keepNeed: true, requestedEffectiveDate: '2027-01-01' },
    });
    expect(second.type === 'PlanMovesRecorded' && second.data.moves.map((m) => m.moveId)).toEqual(['nip-1', 'nip-2']);
  });

  it('drafting splits many moves into events of at most MOVES_PER_EVENT', () => {
    const moves = Array.from({ length: MOVES_PER_EVENT * 2 + 1 }, (_, i) => move(i));
    const events = given().when(draft(moves))();
    expect(events.map((e) => e.type)).toEqual([
      'PlanDrafted',
      'PlanMovesRecorded',
      'PlanMovesRecorded',
      'PlanMovesRecorded',
    ]);
    expect(foldPlan(events).moves).toEqual(moves);
  });

  it('an empty plan is drafted with no move events', () => {
    expect(
      given()
        .when(draft([]))()
        .map((e) => e.type),
    ).toEqual(['PlanDrafted']);
  });

  it('a plan is drafted once', () => {
    expect(code(given(...drafted()).when(draft()))).toBe('PLAN_ALREADY_EXISTS');
  });

  it('the head of BKPSDM approves a drafted plan', () => {
    expect(given(...drafted()).when(approve())()).toEqual([
      {
        type: 'PlanApproved',
        data: {
          planId: 'plan-1',
          approvedBy: 'kepala-bkpsdm',
          chainRole: 'personnel_head',
          positionId: 'P000010',
          approvedAt: NOW,
        },
      },
    ]);
  });

  it('its drafter may not approve it', () => {
    expect(code(given(...drafted()).when(approve({ ...HEAD, userId: 'operator-99-02' })))).toBe('PLAN_SELF_APPROVAL');
  });

  it('its drafter may not reject it either', () => {
    const reject: PlanCommand = {
      type: 'RejectPlan',
      data: { decider: { ...HEAD, userId: 'operator-99-02' }, reason: 'no', now: NOW },
    };
    expect(code(given(...drafted()).when(reject))).toBe('PLAN_SELF_APPROVAL');
  });

  it('approving an approved plan again records nothing', () => {
    const approved = given(...drafted()).when(approve())();
    expect(given(...drafted(), ...approved).when(approve())()).toEqual([]);
  });

  it('a plan that does not exist cannot be approved', () => {
    expect(code(given().when(approve()))).toBe('PLAN_NOT_FOUND');
  });

  it('rejecting needs a reason and ends the plan', () => {
    const reject = (reason: string): PlanCommand => ({ type: 'RejectPlan', data: { decider: HEAD, reason, now: NOW } });
    expect(code(given(...drafted()).when(reject('  ')))).toBe('REASON_REQUIRED');
    const rejected = given(...drafted()).when(reject('Data ABK belum diperbarui'))();
    expect(rejected).toMatchObject([
      { type: 'PlanRejected', data: { rejectedBy: 'kepala-bkpsdm', reason: 'Data ABK belum diperbarui' } },
    ]);
    expect(code(given(...drafted(), ...rejected).when(approve()))).toBe('PLAN_ALREADY_DECIDED');
  });

  it('an approved plan cannot be rejected', () => {
    const approved = given(...drafted()).when(approve())();
    const reject: PlanCommand = { type: 'RejectPlan', data: { decider: HEAD, reason: 'late', now: NOW } };
    expect(code(given(...drafted(), ...approved).when(reject))).toBe('PLAN_ALREADY_DECIDED');
  });

  it('the proposals of an approved plan are recorded once', () => {
    const approved = given(...drafted()).when(approve())();
    const record: PlanCommand = {
      type: 'RecordPlanProposals',
      data: { created: [{ moveId: 'nip-1', transferId: 't-1' }], notProposed: [], now: NOW },
    };
    const created = given(...drafted(), ...approved).when(record)();
    expect(created).toEqual([
      {
        type: 'PlanProposalsCreated',
        data: { planId: 'plan-1', created: [{ moveId: 'nip-1', transferId: 't-1' }], notProposed: [], createdAt: NOW },
      },
    ]);
    expect(given(...drafted(), ...approved, ...created).when(record)()).toEqual([]);
  });

  it('no proposals before approval', () => {
    const record: PlanCommand = { type: 'RecordPlanProposals', data: { created: [], notProposed: [], now: NOW } };
    expect(code(given(...drafted()).when(record))).toBe('PLAN_NOT_APPROVED');
  });
});
