import { jakartaDate } from '@mutasi/calendar';
import { policyHash } from '../chain/policy-hash';
import { requireDocuments } from '../documents/checklist';
import { checklistHash } from '../documents/checklist-hash';
import { typedEntries } from '../documents/document-entry';
import { DomainError } from '../domain-error';
import { evolve } from '../evolve';
import { assessProposal } from '../preview-transfer';
import type { ProposeTransfer } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { TransferEvent, TransferProposed } from '../transfer-events';
import type { TransferState } from '../transfer-state';
import { openStage } from './advance-chain';
import { recordedApproval } from './validate-ministerial-approval';
import { proposalForecastAndNeeds } from './proposal-forecast-and-needs';
import { validateProposalInput } from './validate-proposal-input';

export function proposeTransfer(
  state: TransferState,
  { data }: ProposeTransfer,
  config: TransferConfig,
): TransferEvent[] {
  if (state.status !== 'NONE') {
    throw new DomainError('TRANSFER_ALREADY_EXISTS', 'Usulan sudah ada / The transfer already exists', {
      transferId: data.transferId,
    });
  }
  const today = jakartaDate(data.now);
  const attachments = typedEntries(data.attachments);
  const followsSpouse = data.followsSpouse ?? false;
  const reason = validateProposalInput(data, attachments, data.checklist, today, config);
  const { kind, eligibility, chain } = assessProposal(data, today, config, 1);
  requireDocuments(data.checklist, { kind, followsSpouse }, 'propose', attachments);
  const proposed: TransferProposed = {
    type: 'TransferProposed',
    data: {
      transferId: data.transferId,
      revision: 1,
      employee: data.employee,
      origin: data.origin,
      target: data.target,
      kind,
      reason,
      requestedEffectiveDate: data.requestedEffectiveDate,
      attachments,
      followsSpouse,
      ...recordedApproval(data.ministerialApproval),
      eligibility,
      workload: data.workload,
      targetPositionWorkload: data.targetPositionWorkload,
      chain,
      ...(data.temporary ? { temporary: { endDate: data.temporary.endDate } } : {}),
      ...proposalForecastAndNeeds(data),
      policyVersion: data.policy.version,
      policyHash: policyHash(data.policy),
      checklistVersion: data.checklist.version,
      checklistHash: checklistHash(data.checklist),
      proposerUserId: data.proposer.userId,
      proposerRole: data.proposer.role,
      proposedAt: data.now,
      ...(data.plan ? { plan: data.plan } : {}),
    },
  };
  return [proposed, openStage(evolve(state, proposed), 0, data.now, config)];
}
