import {
  APPROVE_KIND_B_CHAIN,
  OPERATOR,
  NOW,
  consent,
  decideTask,
  execute,
  holder,
  issueDecree,
  propose,
  withdraw,
} from '../testing/builders';
import { given, history } from '../testing/given';

describe('WithdrawProposal', () => {
  it.each([
    ['IN_CONSULTATION', history(propose())],
    ['IN_APPROVAL', history(propose(), consent())],
    ['RETURNED', history(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110')))],
    ['APPROVED', history(propose(), consent(), ...APPROVE_KIND_B_CHAIN)],
    ['DECREE_ISSUED', history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree())],
  ])('withdraws a proposal that is %s', (status, events) => {
    given(events)
      .when(withdraw())
      .then([
        {
          type: 'ProposalWithdrawn',
          data: {
            reason: 'Pegawai mengundurkan diri dari usulan',
            withdrawnByUserId: OPERATOR.userId,
            withdrawnAt: NOW,
            previousStatus: status,
          },
        },
      ]);
  });

  it('requires a reason', () => {
    given(history(propose()))
      .when(withdraw({ reason: ' ' }))
      .then('REASON_REQUIRED');
  });

  it.each([
    ['EXECUTED', history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute())],
    ['REJECTED', history(propose(), consent(), decideTask('s1-t1', 'reject', holder('P000110')))],
    ['WITHDRAWN', history(propose(), withdraw())],
  ])('cannot withdraw a proposal that is %s', (_, events) => {
    given(events).when(withdraw()).then('INVALID_STATE_TRANSITION');
  });

  it('cannot withdraw what was never proposed', () => {
    given([]).when(withdraw()).then('TRANSFER_NOT_FOUND');
  });
});
