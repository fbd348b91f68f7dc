import { Documents1764000000020 } from '@mutasi/documents';
import { UserEntity, UserSessions1764000000021 } from '@mutasi/identity';
import {
  NotificationEntity,
  NotificationReminders1764000000011,
  Notifications1764000000010,
} from '@mutasi/notifications';
import {
  DelegationEnded1796187600000,
  Delegations1796185920000,
  IdempotencyKeys1796185920001,
} from '@mutasi/transfer-commands/migrations';
import {
  AgencyEntity,
  EmployeeEntity,
  PositionEntity,
  PositionWorkloads1796190000000,
  RegionCalendars1796188260013,
  RegionEntity,
  UnitEntity,
} from '@mutasi/workforce';
import type { SchemaDefinition } from '@mutasi/platform';
import { MasterData1764000000000 } from './migrations/1764000000000-master-data';
import { TransferPendingMoves1764000000001 } from './migrations/1764000000001-transfer-pending-moves';
import { Transfers1764000000002 } from './migrations/1764000000002-transfers';
import { PendingMovesEmployeePosition1764000000022 } from './migrations/1764000000022-pending-moves-employee-position';
import { Aspirations1764000000030 } from './migrations/1764000000030-aspirations';
import { TransferDetailView1796185920002 } from './migrations/1796185920002-transfer-detail-view';
import { Plans1796186940000 } from './migrations/1796186940000-plans';
import { PlacementReturns1796187613000 } from './migrations/1796187613000-placement-returns';
import { TransferOutcomes1796190600000 } from './migrations/1796190600000-transfer-outcomes';
import { TransferDetailForecast1796190600001 } from './migrations/1796190600001-transfer-detail-forecast';
import { PlacementHistoryEntity } from './placements/placement-history.entity';

/**
 * Every TypeORM entity and migration of the database the app's libs share, in order. Each
 * migration lives with the lib that writes its tables; TypeORM records them by name, so moving
 * one between libs leaves databases already migrated as they are.
 */
export const readModelSchema: SchemaDefinition = {
  entities: [
    RegionEntity,
    AgencyEntity,
    UnitEntity,
    PositionEntity,
    EmployeeEntity,
    UserEntity,
    PlacementHistoryEntity,
    NotificationEntity,
  ],
  migrations: [
    MasterData1764000000000,
    TransferPendingMoves1764000000001,
    Transfers1764000000002,
    Notifications1764000000010,
    NotificationReminders1764000000011,
    Documents1764000000020,
    UserSessions1764000000021,
    PendingMovesEmployeePosition1764000000022,
    Aspirations1764000000030,
    Delegations1796185920000,
    IdempotencyKeys1796185920001,
    TransferDetailView1796185920002,
    Plans1796186940000,
    DelegationEnded1796187600000,
    PlacementReturns1796187613000,
    RegionCalendars1796188260013,
    PositionWorkloads1796190000000,
    TransferOutcomes1796190600000,
    TransferDetailForecast1796190600001,
  ],
};
