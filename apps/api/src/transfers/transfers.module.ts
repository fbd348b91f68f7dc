import { Module } from '@nestjs/common';
import { AuditModule } from '@mutasi/audit';
import { TransferCommandsModule, TransferPreviewer } from '@mutasi/transfer-commands';
import { WorkforceModule } from '@mutasi/workforce';
import { AuditController } from '../audit/audit.controller';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { IdempotencyPool } from './common/idempotency-pool';
import { ReadModelFreshness } from './common/read-model-freshness';
import { DecideTaskController } from './commands/decide-task/decide-task.controller';
import { DeclareConflictController } from './commands/declare-conflict/declare-conflict.controller';
import { DelegateController } from './commands/delegate/delegate.controller';
import { EndDelegationController } from './commands/end-delegation/end-delegation.controller';
import { EvaluateTransferController } from './commands/evaluate-transfer/evaluate-transfer.controller';
import { ExecuteTransferController } from './commands/execute-transfer/execute-transfer.controller';
import { ProposeTransferController } from './commands/propose-transfer/propose-transfer.controller';
import { RecordHearingController } from './commands/record-hearing/record-hearing.controller';
import { ReviseProposalController } from './commands/revise-proposal/revise-proposal.controller';
import { TemporaryAssignmentController } from './commands/temporary-assignment/temporary-assignment.controller';
import { WithdrawProposalController } from './commands/withdraw-proposal/withdraw-proposal.controller';
import { DelegationsController } from './queries/delegations.controller';
import { PlacementHistoryController } from './queries/placement-history.controller';
import { TransferQueries } from './queries/transfer-queries';
import { TransferQueriesController } from './queries/transfer-queries.controller';

/** Transfer proposals over HTTP: commands, queries (list, detail, inbox, placements) and the audit endpoints. */
@Module({
  imports: [TransferCommandsModule, WorkforceModule, AuditModule],
  controllers: [
    ProposeTransferController,
    DecideTaskController,
    DeclareConflictController,
    RecordHearingController,
    ReviseProposalController,
    WithdrawProposalController,
    ExecuteTransferController,
    EvaluateTransferController,
    TemporaryAssignmentController,
    DelegateController,
    EndDelegationController,
    DelegationsController,
    TransferQueriesController,
    PlacementHistoryController,
    AuditController,
  ],
  providers: [IdempotencyPool, IdempotencyInterceptor, ReadModelFreshness, TransferPreviewer, TransferQueries],
})
export class TransfersModule {}
