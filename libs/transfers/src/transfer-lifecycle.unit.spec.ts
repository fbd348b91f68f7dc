import { CONFLICT_STATEMENT } from './conflict-of-interest';
import { foldEvents } from './evolve';
import { DEFAULT_POLICY_V1 } from './chain/default-policy.v1';
import { policyHash } from './chain/policy-hash';
import { evaluate, execute, issueDecree, propose } from './testing/builders';
import { SCENARIOS } from './testing/demo-data';
import { history, run } from './testing/given';
import { walkChain } from './testing/walk-chain';
import type { Transfer } from './transfer-state';

const BLOCKED = ['198501302009021004', '198706092010012005'];

describe('a transfer from proposal to evaluation', () => {
  it.each(SCENARIOS.filter((s) => !BLOCKED.includes(s.nip)).map((s) => [s.kind, s.scenario, s]))(
    'kind %s (%s) runs its whole chain to APPROVED',
    (_, __, scenario) => {
      const approved = walkChain(history(propose({}, scenario.nip, scenario.targetPositionId)));
      expect(foldEvents(approved).status).toBe('APPROVED');
    },
  );

  it('ends EVALUATED with the whole record in the state', () => {
    const done = run(walkChain(history(propose())), issueDecree(), execute(), evaluate());
    const state = foldEvents(done) as Transfer;

    expect(state).toMatchObject({
      status: 'EVALUATED',
      version: done.length,
      kind: 'B',
      employeeNip: '199011082014031006',
      originPositionId: 'P000113',
      targetPositionId: 'P000236',
      requestedEffectiveDate: '2027-01-01',
      policyVersion: 'v1',
      policyHash: policyHash(DEFAULT_POLICY_V1),
      decree: { decreeNumber: '800/123/BKD/2026', effectiveDate: '2027-01-01' },
      execution: { effectiveDate: '2027-01-01' },
      evaluation: { performanceScore: 82, adaptation: 'good' },
    });
    expect(state.stages.map((s) => s.status)).toEqual(Array(6).fill('completed'));
    expect(state.stages[5].tasks[0].decisions).toEqual([
      {
        actorId: 'user-P000001',
        onBehalfOf: null,
        decision: 'approve',
        reason: null,
        at: expect.any(String),
        viaPositionId: 'P000001',
        paperForm: null,
        declaration: { noConflictOfInterest: true, statement: CONFLICT_STATEMENT.id },
      },
    ]);
  });
});
