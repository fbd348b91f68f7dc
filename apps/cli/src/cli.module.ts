import { Module, type DynamicModule } from '@nestjs/common';
import { DocumentsModule } from '@mutasi/documents';
import { PlannerCommandsModule } from '@mutasi/planner-commands';
import { readModelSchema } from '@mutasi/projections';
import { ConfigModule, DatabaseModule, ReadModelDatabaseModule, type AppConfig } from '@mutasi/platform';
import { WorkforceModule } from '@mutasi/workforce';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        ReadModelDatabaseModule.forRoot(readModelSchema),
        WorkforceModule,
        DocumentsModule,
        PlannerCommandsModule,
      ],
    };
  }
}
