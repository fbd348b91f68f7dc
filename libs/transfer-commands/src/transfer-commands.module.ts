import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DocumentsModule } from '@mutasi/documents';
import { PendingProposalsReader } from '@mutasi/projections';
import { EmployeeProposalLock } from './common/employee-proposal-lock';
import { ProposalContextLoader } from './common/proposal-context.loader';
import { StoredDocuments } from './common/stored-documents';
import { transferConfigProvider, TRANSFER_CONFIG } from './common/transfer-config.provider';
import { TransferStreams } from './common/transfer-streams';
import { DecideTaskHandler } from './commands/decide-task/decide-task.handler';
import { DeclareConflictHandler } from './commands/declare-conflict/declare-conflict.handler';
import { DelegateHandler } from './commands/delegate/delegate.handler';
import { EndDelegationHandler } from './commands/end-delegation/end-delegation.handler';
import { EscalateStageHandler } from './commands/escalate-stage/escalate-stage.handler';
import { EscalationScheduler } from './commands/escalate-stage/escalation-scheduler';
import { StandingDelegations } from './commands/delegate/standing-delegations';
import { ConvertAssignmentHandler } from './commands/convert-assignment/convert-assignment.handler';
import { ExtendAssignmentHandler } from './commands/extend-assignment/extend-assignment.handler';
import { ReturnFromAssignmentHandler } from './commands/return-from-assignment/return-from-assignment.handler';
import { ReturnScheduler } from './commands/return-from-assignment/return-scheduler';
import { EvaluateTransferHandler } from './commands/evaluate-transfer/evaluate-transfer.handler';
import { ExecuteTransferHandler } from './commands/execute-transfer/execute-transfer.handler';
import { ExecutionScheduler } from './commands/execute-transfer/execution-scheduler';
import { IssueDecreeHandler } from './commands/execute-transfer/issue-decree.handler';
import { ProposeTransferHandler } from './commands/propose-transfer/propose-transfer.handler';
import { RecordHearingHandler } from './commands/record-hearing/record-hearing.handler';
import { ReviseProposalHandler } from './commands/revise-proposal/revise-proposal.handler';
import { WithdrawProposalHandler } from './commands/withdraw-proposal/withdraw-proposal.handler';

/**
 * The transfer commands' application layer (handlers on the CommandBus, the proposal context
 * loader, the event streams, the execution scheduler), without HTTP. The API serves it; the
 * worker imports it too, so the scheduled execution job sends an ordinary ExecuteTransfer command.
 * Needs ConfigModule and DatabaseModule.
 */
@Module({
  imports: [CqrsModule.forRoot(), DocumentsModule],
  providers: [
    TransferStreams,
    StoredDocuments,
    ProposalContextLoader,
    PendingProposalsReader,
    EmployeeProposalLock,
    transferConfigProvider,
    StandingDelegations,
    ExecutionScheduler,
    ProposeTransferHandler,
    DecideTaskHandler,
    DeclareConflictHandler,
    RecordHearingHandler,
    ReviseProposalHandler,
    WithdrawProposalHandler,
    IssueDecreeHandler,
    ExecuteTransferHandler,
    EvaluateTransferHandler,
    DelegateHandler,
    EndDelegationHandler,
    EscalateStageHandler,
    EscalationScheduler,
    ExtendAssignmentHandler,
    ConvertAssignmentHandler,
    ReturnFromAssignmentHandler,
    ReturnScheduler,
  ],
  exports: [
    CqrsModule,
    TransferStreams,
    ProposalContextLoader,
    PendingProposalsReader,
    TRANSFER_CONFIG,
    StandingDelegations,
    ExecutionScheduler,
    EscalationScheduler,
    ReturnScheduler,
  ],
})
export class TransferCommandsModule {}
