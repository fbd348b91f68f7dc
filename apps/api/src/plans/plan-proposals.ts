import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConcurrencyError, EventStoreError } from '@mutasi/event-store';
import { toAuthUser, UserEntity, type AuthUser } from '@mutasi/identity';
import type { PlanMove, PlanProposalsCreated, PlanState } from '@mutasi/planner';
import { CodedError } from '@mutasi/errors';
import { ProposeTransferCommand, TransferStreams } from '@mutasi/transfer-commands';
import { derivedUuid } from '@mutasi/planner-commands';

type Outcome = Pick<PlanProposalsCreated['data'], 'created' | 'notProposed'>;

/** The proposal id of a plan's move: derived from both, so a retry finds what it made before. */
export function plannedTransferId(planId: string, moveId: string): string {
  return derivedUuid('plan-move', planId, moveId);
}

interface Refusal {
  code: string;
  message: string;
}

function refusal(error: unknown): Refusal | null {
  if (!(error instanceof CodedError) || error instanceof EventStoreError) return null;
  return { code: error.code, message: error.message };
}

/**
 * One ordinary proposal per move of an approved plan, through the propose command, proposed by the
 * plan's drafter. A move's proposal id derives from the plan and the move, so approving again or
 * resuming after a crash finds the proposals already made and makes each once; a move no longer
 * eligible (or whose employee or position is gone) is reported, not proposed.
 */
@Injectable()
export class PlanProposals {
  constructor(
    private readonly commands: CommandBus,
    private readonly transfers: TransferStreams,
    private readonly dataSource: DataSource,
  ) {}

  async create(state: PlanState, approvedEventCorrelation: string): Promise<Outcome> {
    const drafted = state.drafted;
    if (drafted === null) throw new Error('create proposals of a plan that was never drafted');
    const proposer = await this.proposer(drafted.draftedBy);
    const outcome: Outcome = { created: [], notProposed: [] };
    for (const move of state.moves) {
      const transferId = plannedTransferId(drafted.planId, move.moveId);
      if ((await this.transfers.load(transferId)).status !== 'NONE') {
        outcome.created.push({ moveId: move.moveId, transferId });
        continue;
      }
      try {
        await this.commands.execute(
          new ProposeTransferCommand(
            {
              employeeNip: move.employeeNip,
              targetPositionId: move.targetPositionId,
              reason: reasonOf(drafted.planId, move),
              requestedEffectiveDate: drafted.parameters.requestedEffectiveDate,
              attachments: [],
            },
            {
              user: proposer,
              correlationId: drafted.planId,
              causationId: approvedEventCorrelation,
              expectedVersion: null,
            },
            { transferId, plan: { planId: drafted.planId, moveId: move.moveId } },
          ),
        );
        outcome.created.push({ moveId: move.moveId, transferId });
      } catch (error) {
        if (error instanceof ConcurrencyError) {
          outcome.created.push({ moveId: move.moveId, transferId });
          continue;
        }
        const refused = refusal(error);
        if (refused === null) throw error;
        outcome.notProposed.push({ moveId: move.moveId, transferId, ...refused });
      }
    }
    return outcome;
  }

  private async proposer(username: string): Promise<AuthUser> {
    const entity = await this.dataSource.getRepository(UserEntity).findOneBy({ username });
    if (!entity) {
      throw new CodedError(
        'PLAN_DRAFTER_UNKNOWN',
        `Penyusun rencana ${username} tidak lagi terdaftar / The plan's drafter ${username} is no longer a user`,
      );
    }
    return toAuthUser(entity);
  }
}

function reasonOf(planId: string, move: PlanMove): string {
  return `Rencana mutasi ${planId}: ${move.explanation.id} / Transfer plan ${planId}: ${move.explanation.en}`;
}
