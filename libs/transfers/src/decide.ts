import { convertAssignmentToPermanent } from './commands/convert-assignment';
import { declareConflict } from './commands/declare-conflict';
import { decideTask } from './commands/decide-task';
import { delegateTask } from './commands/delegate-task';
import { escalateStage } from './commands/escalate-stage';
import { evaluateTransfer } from './commands/evaluate-transfer';
import { executeTransfer } from './commands/execute-transfer';
import { extendAssignment } from './commands/extend-assignment';
import { issueDecree } from './commands/issue-decree';
import { proposeTransfer } from './commands/propose-transfer';
import { recordHearing } from './commands/record-hearing';
import { returnFromAssignment } from './commands/return-from-assignment';
import { reviseProposal } from './commands/revise-proposal';
import { withdrawProposal } from './commands/withdraw-proposal';
import type { TransferCommand } from './transfer-commands';
import { DEFAULT_TRANSFER_CONFIG, type TransferConfig } from './transfer-config';
import type { TransferEvent } from './transfer-events';
import type { TransferState } from './transfer-state';

/** The decider: the events a command produces on a state, or a DomainError. Pure. */
export function decide(
  command: TransferCommand,
  state: TransferState,
  config: TransferConfig = DEFAULT_TRANSFER_CONFIG,
): TransferEvent[] {
  switch (command.type) {
    case 'ProposeTransfer':
      return proposeTransfer(state, command, config);
    case 'DecideTask':
      return decideTask(state, command, config);
    case 'DeclareConflict':
      return declareConflict(state, command, config);
    case 'RecordHearing':
      return recordHearing(state, command, config);
    case 'ReviseProposal':
      return reviseProposal(state, command, config);
    case 'WithdrawProposal':
      return withdrawProposal(state, command, config);
    case 'DelegateTask':
      return delegateTask(state, command);
    case 'EscalateStage':
      return escalateStage(state, command, config);
    case 'IssueDecree':
      return issueDecree(state, command);
    case 'ExecuteTransfer':
      return executeTransfer(state, command);
    case 'EvaluateTransfer':
      return evaluateTransfer(state, command, config);
    case 'ExtendAssignment':
      return extendAssignment(state, command, config);
    case 'ConvertAssignmentToPermanent':
      return convertAssignmentToPermanent(state, command, config);
    case 'ReturnFromAssignment':
      return returnFromAssignment(state, command);
  }
}
