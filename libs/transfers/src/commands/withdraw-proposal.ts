import type { WithdrawProposal } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { TransferEvent } from '../transfer-events';
import type { TransferStatus } from '../transfer-status';
import type { TransferState } from '../transfer-state';
import { checkedReason, requireStatus, requireTransfer } from './guards';

const WITHDRAWABLE: readonly TransferStatus[] = [
  'PROPOSED',
  'IN_CONSULTATION',
  'IN_APPROVAL',
  'RETURNED',
  'APPROVED',
  'DECREE_ISSUED',
];

export function withdrawProposal(
  state: TransferState,
  { data }: WithdrawProposal,
  config: TransferConfig,
): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, WITHDRAWABLE, 'withdraw');
  const reason = checkedReason(data.reason, true, config.maxTextLength) ?? '';
  return [
    {
      type: 'ProposalWithdrawn',
      data: { reason, withdrawnByUserId: data.actor.userId, withdrawnAt: data.now, previousStatus: transfer.status },
    },
  ];
}
