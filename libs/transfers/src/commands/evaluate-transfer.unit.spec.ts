import { DEFAULT_TRANSFER_CONFIG } from '../transfer-config';
import {
  APPROVE_KIND_B_CHAIN,
  OPERATOR,
  SKPP_SHA256,
  SPMT_SHA256,
  consent,
  evaluate,
  execute,
  issueDecree,
  propose,
  workloadFor,
} from '../testing/builders';
import { given, history } from '../testing/given';

describe('EvaluateTransfer', () => {
  const executed = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute());

  it('records the evaluation six months after the effective date, with the workload then and now', () => {
    given(executed)
      .when(evaluate())
      .then([
        {
          type: 'TransferEvaluated',
          data: {
            performanceScore: 82,
            adaptation: 'good',
            notes: 'Beradaptasi dengan baik',
            evaluatedByUserId: OPERATOR.userId,
            evaluatedAt: '2027-07-01T01:00:00.000Z',
            workloadAtProposal: workloadFor('P000113', 'P000236'),
            workloadNow: workloadFor('P000113', 'P000236'),
            documents: [
              { type: 'spmt', name: 'spmt.pdf', sha256: SPMT_SHA256 },
              { type: 'skpp', name: 'skpp.pdf', sha256: SKPP_SHA256 },
            ],
          },
        },
      ]);
  });

  it('is refused before the evaluation period ends', () => {
    given(executed)
      .when(evaluate({ now: '2027-06-30T01:00:00.000Z' }))
      .then('EVALUATION_TOO_EARLY');
  });

  it('takes the evaluation period from the config', () => {
    const config = { ...DEFAULT_TRANSFER_CONFIG, evaluationPeriodMonths: 3 };
    given(executed, config)
      .when(evaluate({ now: '2027-04-01T01:00:00.000Z' }))
      .then([expect.objectContaining({ type: 'TransferEvaluated' })]);
  });

  it('validates score, adaptation and notes', () => {
    given(executed)
      .when(evaluate({ performanceScore: 101 }))
      .then('INVALID_PERFORMANCE_SCORE');
    given(executed)
      .when(evaluate({ performanceScore: Number.NaN }))
      .then('INVALID_PERFORMANCE_SCORE');
    given(executed)
      .when(evaluate({ adaptation: 'excellent' as 'good' }))
      .then('INVALID_ADAPTATION');
    given(executed)
      .when(evaluate({ notes: 'x'.repeat(2001) }))
      .then('NOTES_TOO_LONG');
  });

  it('is refused before execution, and after an evaluation', () => {
    given(history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree()))
      .when(evaluate())
      .then('INVALID_STATE_TRANSITION');
    given(history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute(), evaluate()))
      .when(evaluate())
      .then('INVALID_STATE_TRANSITION');
  });
});
