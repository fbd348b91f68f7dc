import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mutasi/identity';
import { CLOCK, type Clock } from '@mutasi/platform';
import { checklistFor, jakartaDate, previewTransfer, typedEntries, type UnitWorkload } from '@mutasi/transfers';
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

/** What proposing would record (kind, eligibility, chain) and the move's effect on both units; writes nothing. */
@Injectable()
export class TransferPreviewer {
  constructor(
    private readonly context: ProposalContextLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async preview(body: ProposeTransferRequest, user: AuthUser) {
    const input = await this.context.proposalInput(body.employeeNip, body.targetPositionId, {
      reason: body.reason,
      requestedEffectiveDate: body.requestedEffectiveDate,
      attachments: plainAttachments(body.attachments) ?? [],
      followsSpouse: body.followsSpouse ?? false,
    });
    assertProposalInScope(user, input.origin.agency.id, input.target.agency.id);
    const { kind, eligibility, chain } = previewTransfer(input, jakartaDate(this.clock.now().toISOString()));
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
