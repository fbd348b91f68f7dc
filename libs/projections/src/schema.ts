import { Documents1764000000020 } from '@mutasi/documents';
import { UserEntity } from '@mutasi/identity';
import { NotificationEntity } from '@mutasi/notifications';
import { AgencyEntity, EmployeeEntity, PositionEntity, RegionEntity, UnitEntity } from '@mutasi/workforce';
import type { SchemaDefinition } from '@mutasi/platform';
import { MasterData1764000000000 } from './migrations/1764000000000-master-data';
import { TransferPendingMoves1764000000001 } from './migrations/1764000000001-transfer-pending-moves';
import { Transfers1764000000002 } from './migrations/1764000000002-transfers';
import { Notifications1764000000010 } from './migrations/1764000000010-notifications';
import { NotificationReminders1764000000011 } from './migrations/1764000000011-notification-reminders';
import { UserSessions1764000000021 } from './migrations/1764000000021-user-sessions';
import { PendingMovesEmployeePosition1764000000022 } from './migrations/1764000000022-pending-moves-employee-position';
import { Aspirations1764000000030 } from './migrations/1764000000030-aspirations';
import { DelegationEnded1764000000436 } from './migrations/1764000000436-delegation-ended';
import { DelegationEntity } from './transfers/delegation.entity';
import { PlacementHistoryEntity } from './transfers/placement-history.entity';
import { TransferOpenTaskEntity } from './transfers/transfer-open-task.entity';
import { TransferSummaryEntity } from './transfers/transfer-summary.entity';

/** Every TypeORM entity and migration of the read-model database, in order. */
export const readModelSchema: SchemaDefinition = {
  entities: [
    RegionEntity,
    AgencyEntity,
    UnitEntity,
    PositionEntity,
    EmployeeEntity,
    UserEntity,
    TransferSummaryEntity,
    TransferOpenTaskEntity,
    PlacementHistoryEntity,
    DelegationEntity,
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
    DelegationEnded1764000000436,
  ],
};
