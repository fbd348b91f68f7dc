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
import { foldEvents } from '../evolve';
import { demoPlacement } from '../testing/demo-data';
import { given, history, run } from '../testing/given';

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

describe('EvaluateTransfer with training needs and a performance rating', () => {
  const gapTarget = {
    ...demoPlacement('P000236'),
    position: { ...demoPlacement('P000236').position, minRank: 'III/d' },
  };
  const executed = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN, issueDecree(), execute());
  const withNeeds = history(
    propose({ target: gapTarget }),
    consent(),
    ...APPROVE_KIND_B_CHAIN,
    issueDecree(),
    execute(),
  );

  it('given a proposal with training needs, when evaluated without saying whether the training happened, then TRAINING_COMPLETION_REQUIRED', () => {
    given(withNeeds).when(evaluate()).then('TRAINING_COMPLETION_REQUIRED');
  });

  it('given a proposal with training needs, when evaluated with trainingCompleted, then it is recorded', () => {
    given(withNeeds)
      .when(evaluate({ trainingCompleted: false }))
      .then([
        {
          type: 'TransferEvaluated',
          data: expect.objectContaining({ trainingCompleted: false, performanceScore: 82 }),
        },
      ]);
  });

  it('given a proposal without training needs, then trainingCompleted is neither asked for nor recorded', () => {
    const [evaluated] = given(executed)
      .when(evaluate({ trainingCompleted: true }))
      .then([expect.anything()]);
    expect(evaluated.data).not.toHaveProperty('trainingCompleted');
  });

  it('records the performance predicate in the new post, and refuses one it does not know', () => {
    given(executed)
      .when(evaluate({ performanceRating: 'sangat_baik' }))
      .then([{ type: 'TransferEvaluated', data: expect.objectContaining({ performanceRating: 'sangat_baik' }) }]);
    given(executed)
      .when(evaluate({ performanceRating: 'luar_biasa' as 'baik' }))
      .then('INVALID_PERFORMANCE_RATING');
  });

  it('folds the rating and the training into the evaluation state', () => {
    const state = foldEvents(run(withNeeds, evaluate({ trainingCompleted: true, performanceRating: 'baik' })));
    expect(state.status === 'EVALUATED' && state.evaluation).toMatchObject({
      performanceRating: 'baik',
      trainingCompleted: true,
    });
  });
});
