import { jakartaDate } from '@mutasi/calendar';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mutasi/identity';
import { CLOCK, type Clock } from '@mutasi/platform';
import { checklistFor, previewProposal, typedEntries, type TransferConfig, type UnitWorkload } from '@mutasi/transfers';
import { PendingProposalsReader } from '@mutasi/projections';
import { TRANSFER_CONFIG } from '../../common/transfer-config.provider';
import { plainAttachments } from '../../common/plain-attachments';
import { ProposalContextLoader } from '../../common/proposal-context.loader';
import { assertProposalInScope } from '../../common/transfer-scope';
import type { ProposeTransferRequest } from './propose-transfer.request';

/** A unit's staff before and after the move, against its ABK need. */
function impact(unit: UnitWorkload | null, change: 1 | -1) {
  if (unit === null) return null;
  const after = unit.actual + change;
  return {
    unitId: unit.unitId,
    required: unit.required,
    actualBefore: unit.actual,
    actualAfter: after,
    gapBefore: unit.actual - unit.required,
    gapAfter: after - unit.required,
    efficiencyBefore: unit.efficiency,
    bandBefore: unit.band,
  };
}

/**
 * What proposing would record (kind, eligibility, chain) and the move's effect on both units;
 * writes nothing. The fields are checked exactly as proposing checks them.
 */
@Injectable()
export class TransferPreviewer {
  constructor(
    private readonly context: ProposalContextLoader,
    private readonly pendingProposals: PendingProposalsReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRANSFER_CONFIG) private readonly config: TransferConfig,
  ) {}

  async preview(body: ProposeTransferRequest, user: AuthUser) {
    const loaded = await this.context.proposalInput(body.employeeNip, body.targetPositionId, {
      reason: body.reason,
      requestedEffectiveDate: body.requestedEffectiveDate,
      attachments: plainAttachments(body.attachments) ?? [],
      followsSpouse: body.followsSpouse ?? false,
      ministerialApproval: body.ministerialApproval ?? null,
    });
    assertProposalInScope(user, loaded.origin.agency.id, loaded.target.agency.id);
    const input = {
      ...loaded,
      pending: await this.pendingProposals.read(loaded.employee.nip, loaded.target.position.id),
    };
    const today = jakartaDate(this.clock.now().toISOString());
    const { kind, eligibility, chain } = previewProposal(input, today, this.config);
    return {
      kind,
      eligible: eligibility.every((result) => result.level !== 'blocking'),
      eligibility: eligibility.map(({ code, level, message, details }) => ({ code, level, message, details })),
      chain,
      policyVersion: input.policy.version,
      checklistVersion: input.checklist.version,
      checklist: checklistFor(
        input.checklist,
        { kind, followsSpouse: input.followsSpouse ?? false },
        typedEntries(input.attachments),
      ),
      workload: input.workload,
      targetPositionWorkload: input.targetPositionWorkload,
      impact: { origin: impact(input.workload.origin, -1), target: impact(input.workload.target, 1) },
    };
  }
}
