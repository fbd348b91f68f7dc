import { UserEntity } from '@mutasi/identity';
import { AgencyEntity, EmployeeEntity, PositionEntity, RegionEntity, UnitEntity } from '@mutasi/workforce';
import type { SchemaDefinition } from '@mutasi/platform';
import { MasterData1764000000000 } from './migrations/1764000000000-master-data';
import { TransferPendingMoves1764000000001 } from './migrations/1764000000001-transfer-pending-moves';

/** Every TypeORM entity and migration of the read-model database, in order. */
export const readModelSchema: SchemaDefinition = {
  entities: [RegionEntity, AgencyEntity, UnitEntity, PositionEntity, EmployeeEntity, UserEntity],
  migrations: [MasterData1764000000000, TransferPendingMoves1764000000001],
};
