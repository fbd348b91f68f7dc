import { consent, decideTask, holder, proposalInput, propose, revise } from '../testing/builders';
import { given, history } from '../testing/given';
import type { ProposeTransfer } from '../transfer-commands';

const APPROVAL = { number: '100.2.2.6/1234/OTDA', date: '2026-11-02' };

/** Bambang as if he were a JPT inaugurated last year, in a region whose election is near. */
function jptInBlackout(): Partial<ProposeTransfer['data']> {
  const input = proposalInput('199011082014031006', 'P000236');
  return {
    employee: { ...input.employee, positionSince: '2025-12-01' },
    origin: { ...input.origin, position: { ...input.origin.position, type: 'jpt_pratama' } },
    originRegionCalendar: {
      regionCode: '99.02',
      termStart: '2022-05-20',
      termEnd: '2027-05-20',
      candidateDeterminationDate: '2027-02-15',
    },
  };
}

describe('a proposal in a blackout window or the JPT lock', () => {
  it('given no ministerial approval, then refused with the code of the first blocking rule (the JPT lock)', () => {
    given([]).when(propose(jptInBlackout())).then('ELIGIBILITY_JPT_TWO_YEAR_LOCK');
  });

  it('given the ministerial approval, then proposed with both as warnings and the approval recorded', () => {
    const [proposed] = given([])
      .when(propose({ ...jptInBlackout(), ministerialApproval: APPROVAL }))
      .then([expect.objectContaining({ type: 'TransferProposed' }), expect.anything()]);
    expect(proposed.data).toMatchObject({
      ministerialApproval: APPROVAL,
      eligibility: expect.arrayContaining([
        expect.objectContaining({ code: 'ELIGIBILITY_JPT_TWO_YEAR_LOCK', level: 'warning' }),
        expect.objectContaining({ code: 'ELIGIBILITY_ELECTION_BLACKOUT', level: 'warning' }),
      ]),
    });
  });

  it('given no approval, then the proposal event has no approval field', () => {
    const [proposed] = given([])
      .when(propose())
      .then([expect.objectContaining({ type: 'TransferProposed' }), expect.anything()]);
    expect(proposed.data).not.toHaveProperty('ministerialApproval');
  });

  it.each([
    ['an empty number', { number: ' ', date: '2026-11-02' }],
    ['a date that is no date', { number: 'X/1', date: '2026-02-30' }],
    ['a letter dated in the future', { number: 'X/1', date: '2026-11-24' }],
  ])('given %s, then MINISTERIAL_APPROVAL_INVALID or INVALID_DATE', (_, approval) => {
    const command = propose({ ministerialApproval: approval });
    const expected = approval.date === '2026-02-30' ? 'INVALID_DATE' : 'MINISTERIAL_APPROVAL_INVALID';
    given([]).when(command).then(expected);
  });

  it('given a revision that adds the approval, then the revised proposal passes with warnings', () => {
    const returned = history(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')));
    const [revised] = given(returned)
      .when(revise({ ...jptInBlackout(), ministerialApproval: APPROVAL }))
      .then([expect.objectContaining({ type: 'ProposalRevised' }), expect.anything()]);
    expect(revised.data).toMatchObject({ ministerialApproval: APPROVAL });
  });
});
