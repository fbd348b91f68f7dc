import { APPROVE_KIND_B_CHAIN, NOW, OPERATOR, SK_SHA256, consent, issueDecree, propose } from '../testing/builders';
import { given, history } from '../testing/given';

describe('IssueDecree', () => {
  const approved = history(propose(), consent(), ...APPROVE_KIND_B_CHAIN);

  it('records the SK of an approved proposal', () => {
    given(approved)
      .when(issueDecree())
      .then([
        {
          type: 'TransferDecreeIssued',
          data: {
            decreeNumber: '800/123/BKD/2026',
            decreeDate: '2026-12-01',
            effectiveDate: '2027-01-01',
            issuedByUserId: OPERATOR.userId,
            issuedAt: NOW,
            documents: [{ type: 'sk_mutasi', name: 'sk-mutasi.pdf', sha256: SK_SHA256 }],
          },
        },
      ]);
  });

  it('is refused before approval', () => {
    given(history(propose(), consent())).when(issueDecree()).then('INVALID_STATE_TRANSITION');
  });

  it('requires a decree number and real dates, effective no earlier than the decree', () => {
    given(approved)
      .when(issueDecree({ decreeNumber: ' ' }))
      .then('DECREE_NUMBER_REQUIRED');
    given(approved)
      .when(issueDecree({ decreeDate: '2026-12-32' }))
      .then('INVALID_DATE');
    given(approved)
      .when(issueDecree({ effectiveDate: '2026-11-30' }))
      .then('EFFECTIVE_DATE_BEFORE_DECREE');
  });

  describe('of a proposal carrying the ministerial approval', () => {
    const approval = { number: '100.2.2.6/1234/OTDA', date: '2026-11-02' };
    const withApproval = history(propose({ ministerialApproval: approval }), consent(), ...APPROVE_KIND_B_CHAIN);

    it('given no confirmation of the letter, then MINISTERIAL_APPROVAL_UNCONFIRMED', () => {
      given(withApproval).when(issueDecree()).then('MINISTERIAL_APPROVAL_UNCONFIRMED');
      given(withApproval)
        .when(issueDecree({ ministerialApprovalConfirmed: false }))
        .then('MINISTERIAL_APPROVAL_UNCONFIRMED');
    });

    it('given the confirmation, then the decree records it', () => {
      given(withApproval)
        .when(issueDecree({ ministerialApprovalConfirmed: true }))
        .then([
          {
            type: 'TransferDecreeIssued',
            data: expect.objectContaining({ decreeNumber: '800/123/BKD/2026', ministerialApprovalConfirmed: true }),
          },
        ]);
    });
  });
});
