import { foldEvents } from '../evolve';
import { convertAssignment, extendAssignment, proposeTemporary, returnHome } from '../testing/assignment';
import { APPROVE_KIND_B_CHAIN, BAMBANG, consent, evaluate, execute, issueDecree, propose } from '../testing/builders';
import { given, history, run } from '../testing/given';
import { DEFAULT_TRANSFER_CONFIG } from '../transfer-config';
import type { Transfer } from '../transfer-state';

const away = history(proposeTemporary(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute());
const permanent = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute());

describe('ProposeTransfer of a temporary assignment', () => {
  it('records the end date on the proposal; the state keeps the home position for the return', () => {
    const [proposed] = history(proposeTemporary());
    expect(proposed).toMatchObject({ type: 'TransferProposed', data: { temporary: { endDate: '2027-04-01' } } });
    expect((foldEvents(history(proposeTemporary())) as Transfer).temporary).toEqual({
      phase: 'planned',
      endDate: '2027-04-01',
      proposedEndDate: '2027-04-01',
      homePositionId: 'P000113',
      extensions: [],
      conversion: null,
      returned: null,
    });
  });

  it('goes through the chain of its kind like a permanent transfer', () => {
    const [temporary] = history(proposeTemporary());
    const [plain] = history(propose());
    expect(temporary.type === 'TransferProposed' && temporary.data.chain).toEqual(
      plain.type === 'TransferProposed' && plain.data.chain,
    );
  });

  it('is refused with an end date on or before the effective date, or not a date', () => {
    given([]).when(proposeTemporary('2027-01-01')).then('ASSIGNMENT_END_DATE_INVALID');
    given([]).when(proposeTemporary('2026-12-31')).then('ASSIGNMENT_END_DATE_INVALID');
    given([]).when(proposeTemporary('1 April')).then('INVALID_DATE');
  });

  it('is refused beyond the longest assignment (12 months by default, a setting of the domain)', () => {
    given([]).when(proposeTemporary('2028-01-02')).then('ASSIGNMENT_TOO_LONG');
    expect(history(proposeTemporary('2028-01-01'))).toHaveLength(2);
    given([], { ...DEFAULT_TRANSFER_CONFIG, temporaryAssignmentMaxMonths: 3 })
      .when(proposeTemporary('2027-04-02'))
      .then('ASSIGNMENT_TOO_LONG');
  });

  it('refuses a decree whose effective date is not before the end date', () => {
    given(history(proposeTemporary(), consent(), ...APPROVE_KIND_B_CHAIN))
      .when(issueDecree({ effectiveDate: '2027-04-01' }))
      .then('ASSIGNMENT_END_DATE_INVALID');
  });

  it('is executed as today, and names the day of the return on the execution', () => {
    const executed = away.at(-1);
    expect(executed).toMatchObject({
      type: 'TransferExecuted',
      data: { toPositionId: 'P000236', returnOn: '2027-04-01' },
    });
    expect((foldEvents(away) as Transfer).temporary?.phase).toBe('away');
    expect(permanent.at(-1)?.data).not.toHaveProperty('returnOn');
  });
});

describe('ReturnFromAssignment', () => {
  it('brings the employee back to the home position on the end date (Jakarta)', () => {
    given(away)
      .when(returnHome())
      .then([
        {
          type: 'AssignmentReturned',
          data: {
            employeeNip: BAMBANG,
            fromPositionId: 'P000236',
            toPositionId: 'P000113',
            effectiveDate: '2027-04-01',
            returnedByUserId: 'system',
            returnedAt: '2027-03-31T17:00:00.000Z',
          },
        },
      ]);
    const returned = foldEvents(run(away, returnHome())) as Transfer;
    expect(returned.temporary).toMatchObject({ phase: 'returned', returned: { effectiveDate: '2027-04-01' } });
    expect(returned.status).toBe('EXECUTED');
  });

  it('is refused before the end date', () => {
    given(away)
      .when(returnHome({ now: '2027-03-31T16:59:00.000Z' }))
      .then('ASSIGNMENT_RETURN_TOO_EARLY');
  });

  it('happens once: a second delivery finds the assignment ended', () => {
    given(run(away, returnHome())).when(returnHome()).then('ASSIGNMENT_ALREADY_ENDED');
  });

  it('does nothing after an extension approved in time (too early then) or a conversion (ended)', () => {
    given(run(away, extendAssignment())).when(returnHome()).then('ASSIGNMENT_RETURN_TOO_EARLY');
    given(run(away, convertAssignment())).when(returnHome()).then('ASSIGNMENT_ALREADY_ENDED');
  });

  it('runs on the extended end date', () => {
    given(run(away, extendAssignment()))
      .when(returnHome({ now: '2027-06-30T17:00:00.000Z' }))
      .then([
        expect.objectContaining({
          type: 'AssignmentReturned',
          data: expect.objectContaining({ effectiveDate: '2027-07-01' }),
        }),
      ]);
  });

  it('is refused when the employee no longer holds the host position', () => {
    given(away)
      .when(returnHome({ employee: { active: true, positionId: 'P000114' } }))
      .then('ASSIGNMENT_EMPLOYEE_MOVED');
    given(away)
      .when(returnHome({ employee: { active: false, positionId: '' } }))
      .then('ASSIGNMENT_EMPLOYEE_MOVED');
  });

  it('is refused for a transfer that is not temporary, and before execution', () => {
    given(permanent).when(returnHome()).then('ASSIGNMENT_NOT_TEMPORARY');
    given(history(proposeTemporary(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree()))
      .when(returnHome())
      .then('INVALID_STATE_TRANSITION');
  });

  it('still returns an assignment evaluated while away', () => {
    const evaluated = run(away, extendAssignment({ endDate: '2027-09-01' }), evaluate());
    given(evaluated)
      .when(returnHome({ now: '2027-08-31T17:00:00.000Z' }))
      .then([expect.objectContaining({ type: 'AssignmentReturned' })]);
  });
});

describe('ExtendAssignment', () => {
  it('records the decree and moves the end date', () => {
    given(away)
      .when(extendAssignment())
      .then([
        {
          type: 'AssignmentExtended',
          data: {
            reason: 'Vaksinasi diperpanjang',
            decreeNumber: '800/321/BKD/2027',
            decreeDate: '2027-03-15',
            previousEndDate: '2027-04-01',
            endDate: '2027-07-01',
            extendedByUserId: 'operator-99-71',
            extendedAt: '2027-03-15T02:00:00.000Z',
          },
        },
      ]);
    expect((foldEvents(run(away, extendAssignment())) as Transfer).temporary).toMatchObject({
      phase: 'away',
      endDate: '2027-07-01',
      proposedEndDate: '2027-04-01',
      extensions: [expect.objectContaining({ previousEndDate: '2027-04-01', endDate: '2027-07-01' })],
    });
  });

  it('is refused on or after the end date', () => {
    given(away)
      .when(extendAssignment({ now: '2027-03-31T17:00:00.000Z' }))
      .then('ASSIGNMENT_DECISION_TOO_LATE');
    given(away)
      .when(extendAssignment({ now: '2027-05-01T02:00:00.000Z' }))
      .then('ASSIGNMENT_DECISION_TOO_LATE');
  });

  it('is refused with a new end date not after the current one, or beyond the longest assignment', () => {
    given(away)
      .when(extendAssignment({ endDate: '2027-04-01' }))
      .then('ASSIGNMENT_END_DATE_INVALID');
    given(away)
      .when(extendAssignment({ endDate: '2028-01-02' }))
      .then('ASSIGNMENT_TOO_LONG');
  });

  it('needs a reason and the decree number and date', () => {
    given(away)
      .when(extendAssignment({ reason: ' ' }))
      .then('REASON_REQUIRED');
    given(away)
      .when(extendAssignment({ decreeNumber: ' ' }))
      .then('DECREE_NUMBER_REQUIRED');
    given(away)
      .when(extendAssignment({ decreeDate: '15-03-2027' }))
      .then('INVALID_DATE');
  });

  it('is refused for a transfer that is not temporary, and after a return or a conversion', () => {
    given(permanent).when(extendAssignment()).then('ASSIGNMENT_NOT_TEMPORARY');
    given(run(away, convertAssignment())).when(extendAssignment()).then('ASSIGNMENT_ALREADY_ENDED');
  });
});

describe('ConvertAssignmentToPermanent', () => {
  it('keeps the employee in the host position for good and releases the home position', () => {
    given(away)
      .when(convertAssignment())
      .then([
        {
          type: 'AssignmentConvertedToPermanent',
          data: {
            reason: 'Kebutuhan tetap di unit penugasan',
            decreeNumber: '800/322/BKD/2027',
            decreeDate: '2027-03-20',
            employeeNip: BAMBANG,
            positionId: 'P000236',
            releasedPositionId: 'P000113',
            convertedByUserId: 'operator-99-71',
            convertedAt: '2027-03-20T02:00:00.000Z',
          },
        },
      ]);
    expect((foldEvents(run(away, convertAssignment())) as Transfer).temporary?.phase).toBe('converted');
  });

  it('is refused on the end date, for a transfer that is not temporary, and twice', () => {
    given(away)
      .when(convertAssignment({ now: '2027-04-01T02:00:00.000Z' }))
      .then('ASSIGNMENT_DECISION_TOO_LATE');
    given(permanent).when(convertAssignment()).then('ASSIGNMENT_NOT_TEMPORARY');
    given(run(away, convertAssignment())).when(convertAssignment()).then('ASSIGNMENT_ALREADY_ENDED');
  });
});
