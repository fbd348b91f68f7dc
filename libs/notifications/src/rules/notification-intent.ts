import type { CalendarDate } from '@mutasi/calendar';
import type { Adaptation, ChainSide, TaskRole, TaskType } from '@mutasi/transfers';
import type { NotificationTemplate } from '../notification-template';

/** Who a notification is for, before it is resolved to an email address through the read models. */
export type RecipientRef =
  | { kind: 'employee'; nip: string }
  | { kind: 'user'; username: string }
  | { kind: 'position-holders'; positionIds: string[] }
  | { kind: 'agency-operators'; agencyIds: string[] };

export type TaskFacts = {
  id: string;
  type: TaskType;
  chainRole: TaskRole;
  side: ChainSide;
  purpose: string;
  required: number;
  stageIndex: number;
};

/** What a notification says beyond the proposal itself; user ids are resolved to names later. */
export type NotificationDetails = {
  task?: TaskFacts;
  /** When the recipient's step is due (an instant). */
  dueAt?: string;
  reason?: string | null;
  decidedBy?: string;
  onBehalfOf?: string | null;
  escalatedFrom?: TaskRole;
  delegatedBy?: string;
  delegation?: { from: CalendarDate | null; to: CalendarDate | null };
  withdrawnBy?: string;
  decree?: { decreeNumber: string; decreeDate: CalendarDate; effectiveDate: CalendarDate };
  effectiveDate?: CalendarDate;
  evaluation?: { performanceScore: number; adaptation: Adaptation; notes: string };
  /** From when the evaluation of an executed transfer can be recorded. */
  evaluationFrom?: CalendarDate;
  /** The day a temporary assignment ends and the employee returns home. */
  endDate?: CalendarDate;
};

/** What must still hold when a scheduled notification falls due, else it is not sent. */
export type DeliveryCondition =
  | { kind: 'task-open'; taskId: string; dueAt: string }
  | { kind: 'not-evaluated' }
  | { kind: 'assignment-ending'; endDate: string };

export type NotificationIntent = {
  template: NotificationTemplate;
  recipient: RecipientRef;
  details: NotificationDetails;
  /** A reminder: sent at this instant (not before), and only if `condition` still holds then. */
  schedule?: { sendAt: string; condition: DeliveryCondition };
};
