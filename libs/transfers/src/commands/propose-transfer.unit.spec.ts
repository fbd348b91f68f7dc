import { DEFAULT_POLICY_V1 } from '../chain/default-policy.v1';
import { policyHash } from '../chain/policy-hash';
import { DEMO_DIRECTORY } from '../testing/demo-data';
import { BAMBANG, NOW, OPERATOR, TRANSFER_ID, propose, proposeAhmad } from '../testing/builders';
import { given, history } from '../testing/given';
import { DEFAULT_TRANSFER_CONFIG } from '../transfer-config';

describe('ProposeTransfer', () => {
  it('records the kind, eligibility, chain and pinned policy, then opens the hearing', () => {
    const [proposed, opened] = given([])
      .when(propose())
      .then([
        {
          type: 'TransferProposed',
          data: expect.objectContaining({
            transferId: TRANSFER_ID,
            revision: 1,
            kind: 'B',
            policyVersion: 'v1',
            policyHash: policyHash(DEFAULT_POLICY_V1),
            proposerUserId: OPERATOR.userId,
            proposerRole: 'operator',
            proposedAt: NOW,
            eligibility: [expect.objectContaining({ code: 'ELIGIBILITY_ROTATION_DUE', level: 'warning' })],
          }),
        },
        { type: 'StageOpened', data: { revision: 1, stageIndex: 0, openedAt: NOW, dueAt: '2026-11-30T16:59:59.999Z' } },
      ]);
    expect(proposed.type === 'TransferProposed' && proposed.data.employee.nip).toBe(BAMBANG);
    expect(opened.type).toBe('StageOpened');
  });

  it('produces plain JSON data', () => {
    const events = history(propose());
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });

  it('refuses a second proposal on the same stream', () => {
    given(history(propose())).when(propose()).then('TRANSFER_ALREADY_EXISTS');
  });

  it('refuses a blocked employee with the blocking rule’s code', () => {
    const command = propose();
    command.data.employee = { ...command.data.employee, onStudyLeave: true };
    given([]).when(command).then('ELIGIBILITY_STUDY_LEAVE');
  });

  it('refuses when a chain role has no holder, naming role and side', () => {
    const directory = DEMO_DIRECTORY.filter((entry) => !entry.chainRoles.includes('governor'));
    given([]).when(propose({ directory })).then('CHAIN_ROLE_UNRESOLVED');
  });

  it('requires a reason', () => {
    given([])
      .when(propose({ reason: '  ' }))
      .then('REASON_REQUIRED');
  });

  it('refuses a requested effective date in the past or not a date', () => {
    given([])
      .when(propose({ requestedEffectiveDate: '2026-11-01' }))
      .then('EFFECTIVE_DATE_IN_PAST');
    given([])
      .when(propose({ requestedEffectiveDate: '2027-02-30' }))
      .then('INVALID_DATE');
  });

  it('refuses a requested effective date beyond the horizon (365 days by default, or as configured)', () => {
    given([])
      .when(propose({ requestedEffectiveDate: '2027-11-24' }))
      .then('EFFECTIVE_DATE_BEYOND_HORIZON');
    given([])
      .when(propose({ requestedEffectiveDate: '9999-12-31' }))
      .then('EFFECTIVE_DATE_BEYOND_HORIZON');
    given([], { ...DEFAULT_TRANSFER_CONFIG, proposalHorizonDays: 30 })
      .when(propose({ requestedEffectiveDate: '2027-01-01' }))
      .then('EFFECTIVE_DATE_BEYOND_HORIZON');
  });

  it('accepts the last day of the horizon', () => {
    expect(
      given([])
        .when(propose({ requestedEffectiveDate: '2027-11-23' }))
        .then([expect.anything(), expect.anything()]),
    ).toHaveLength(2);
  });

  it('refuses a second open proposal for the employee, naming the open one', () => {
    const open = '11111111-1111-4111-8111-111111111111';
    given([])
      .when(propose({ pending: { ofEmployee: [open], intoTargetPosition: [] } }))
      .then('OPEN_PROPOSAL_EXISTS');
  });

  it('refuses an attachment without a sha256 hash', () => {
    given([])
      .when(propose({ attachments: [{ name: 'sk.pdf', sha256: 'abc' }] }))
      .then('INVALID_ATTACHMENT');
  });

  it('refuses an origin that is not the employee’s current position', () => {
    const command = propose();
    command.data.employee = { ...command.data.employee, positionId: 'P000114' };
    given([]).when(command).then('ORIGIN_POSITION_MISMATCH');
  });
});

describe('ProposeTransfer: training needs and the workload forecast', () => {
  it('given an employee who fits the target, when proposed, then no training need is recorded', () => {
    const [proposed] = history(propose());
    expect(proposed.type === 'TransferProposed' && proposed.data.trainingNeeds).toEqual([]);
  });

  it('given a move into a functional position of another family, then the need is recorded with its code', () => {
    const [proposed] = history(proposeAhmad());
    expect(proposed.type === 'TransferProposed' && proposed.data.trainingNeeds).toEqual([
      expect.objectContaining({ code: 'TRAINING_FUNCTIONAL_FAMILY' }),
    ]);
  });

  it('given the forecast the app layer made, then it is recorded as given; without one, none is', () => {
    const forecast = {
      origin: { unitId: 'U000047', required: 3, actual: 4, efficiency: 0.69, band: 'D' },
      target: { unitId: 'U000098', required: 5, actual: 4, efficiency: 1.14, band: 'A' },
    };
    const [proposed] = history(propose({ workloadForecast: forecast }));
    expect(proposed.type === 'TransferProposed' && proposed.data.workloadForecast).toEqual(forecast);
    const [plain] = history(propose());
    expect(plain.data).not.toHaveProperty('workloadForecast');
  });
});
