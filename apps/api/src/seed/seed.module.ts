import { Module } from '@nestjs/common';
import { DocumentsModule } from '@mutasi/documents';
import { TransferCommandsModule } from '@mutasi/transfer-commands';
import { WorkforceModule } from '@mutasi/workforce';
import { DemoHistoryPlanner } from './demo-history/demo-history-plan';
import { DemoHistoryPlayer } from './demo-history/demo-history-player';
import { DemoSeeder } from './demo-seeder';

/** The demo data on a fresh database: the master data and users, then the played history. */
@Module({
  imports: [WorkforceModule, TransferCommandsModule, DocumentsModule],
  providers: [DemoSeeder, DemoHistoryPlanner, DemoHistoryPlayer],
})
export class SeedModule {}
