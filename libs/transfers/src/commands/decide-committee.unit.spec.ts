import { AHMAD, consent, decideTask, holder, proposeAhmad } from '../testing/builders';
import { given, history } from '../testing/given';

describe('DecideTask on the TPK committee (2 of 3)', () => {
  // the Sekda (P000166) heads the target OPD and sits on the committee
  const sekda = holder('P000166');
  const asisten = holder('P000167');
  const inspektur = holder('P000173');
  const toCommittee = [
    proposeAhmad(),
    consent(AHMAD),
    decideTask('s1-t1', 'approve', holder('P000199')),
    decideTask('s1-t2', 'approve', sekda),
    decideTask('s2-t1', 'approve', holder('P000171')),
  ];
  const atCommittee = history(...toCommittee);

  it('stays open after the first approval', () => {
    given(atCommittee)
      .when(decideTask('s3-t1', 'approve', asisten))
      .then([{ type: 'ApprovalGranted', data: expect.objectContaining({ taskStatus: 'open' }) }]);
  });

  it('completes with the second approval and opens the PPK stage', () => {
    given(history(...toCommittee, decideTask('s3-t1', 'approve', asisten)))
      .when(decideTask('s3-t1', 'approve', inspektur))
      .then([
        { type: 'ApprovalGranted', data: expect.objectContaining({ taskStatus: 'completed' }) },
        { type: 'StageOpened', data: expect.objectContaining({ stageIndex: 4 }) },
      ]);
  });

  it('stays open after one rejection, while 2 approvals can still be reached', () => {
    given(atCommittee)
      .when(decideTask('s3-t1', 'reject', asisten))
      .then([{ type: 'ApprovalRejected', data: expect.objectContaining({ taskStatus: 'open' }) }]);
  });

  it('is rejected once 2 approvals can no longer be reached', () => {
    given(history(...toCommittee, decideTask('s3-t1', 'reject', asisten)))
      .when(decideTask('s3-t1', 'reject', inspektur))
      .then([{ type: 'ApprovalRejected', data: expect.objectContaining({ taskStatus: 'rejected' }) }]);
  });

  it('lets one member vote once', () => {
    given(history(...toCommittee, decideTask('s3-t1', 'approve', asisten)))
      .when(decideTask('s3-t1', 'approve', asisten))
      .then('SOD_ALREADY_DECIDED');
  });

  it('does not let the Sekda vote after deciding as unit head', () => {
    given(atCommittee)
      .when(decideTask('s3-t1', 'approve', sekda))
      .then('SOD_ALREADY_DECIDED');
  });
});
