import { Module } from '@nestjs/common';
import { MasterDataImporter } from './imports/master-data-importer';
import { MasterDataQueries } from './master-data/master-data.queries';
import { WorkloadRepository } from './workload/workload.repository';
import { WorkloadService } from './workload/workload.service';

/** Master data (imports and queries) and the workload picture; needs ReadModelDatabaseModule and DatabaseModule. */
@Module({
  providers: [MasterDataImporter, MasterDataQueries, WorkloadRepository, WorkloadService],
  exports: [MasterDataImporter, MasterDataQueries, WorkloadService],
})
export class WorkforceModule {}
