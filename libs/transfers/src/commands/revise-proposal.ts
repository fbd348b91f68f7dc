import { jakartaDate } from '@mutasi/calendar';
import { policyHash } from '../chain/policy-hash';
import { requireDocuments } from '../documents/checklist';
import { pinnedChecklist } from '../documents/checklist-hash';
import { typedEntries } from '../documents/document-entry';
import { DomainError } from '../domain-error';
import { evolve } from '../evolve';
import { assessProposal } from '../preview-transfer';
import type { ReviseProposal } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { ProposalRevised, TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';
import { openStage } from './advance-chain';
import { proposalForecastAndNeeds } from './proposal-forecast-and-needs';
import { requireStatus, requireTransfer } from './guards';
import { recordedApproval } from './validate-ministerial-approval';
import { validateProposalInput } from './validate-proposal-input';

/** A returned proposal, revised, is checked again and its chain restarts from the first stage. */
export function reviseProposal(
  state: TransferState,
  { data }: ReviseProposal,
  config: TransferConfig,
): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, ['RETURNED'], 'revise');
  if (data.employee.nip !== transfer.employeeNip) {
    throw new DomainError(
      'EMPLOYEE_MISMATCH',
      'Revisi tidak boleh mengganti pegawai / A revision cannot change the employee',
      {
        employeeNip: transfer.employeeNip,
      },
    );
  }
  if (policyHash(data.policy) !== transfer.policyHash) {
    throw new DomainError(
      'POLICY_MISMATCH',
      `Usulan terikat kebijakan ${transfer.policyVersion} / The proposal is pinned to policy ${transfer.policyVersion}`,
      { policyVersion: transfer.policyVersion, policyHash: transfer.policyHash },
    );
  }
  const today = jakartaDate(data.now);
  const attachments = typedEntries(data.attachments);
  const followsSpouse = data.followsSpouse ?? false;
  const checklist = pinnedChecklist(transfer.checklistHash ?? null);
  const reason = validateProposalInput(data, attachments, checklist, today, config);
  const revision = transfer.revision + 1;
  const { kind, eligibility, chain } = assessProposal(data, today, config, revision);
  requireDocuments(checklist, { kind, followsSpouse }, 'propose', attachments);
  const revised: ProposalRevised = {
    type: 'ProposalRevised',
    data: {
      revision,
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
      revisedByUserId: data.actor.userId,
      revisedAt: data.now,
    },
  };
  return [revised, openStage(evolve(transfer, revised), 0, data.now, config)];
}
