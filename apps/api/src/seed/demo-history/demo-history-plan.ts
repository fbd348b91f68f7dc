import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import type { Pool } from 'pg';
import { addDays, jakartaDate } from '@mutasi/calendar';
import { APP_CONFIG, PG_POOL, type AppConfig } from '@mutasi/platform';
import { ProposalContextLoader, TRANSFER_CONFIG } from '@mutasi/transfer-commands';
import { DEFAULT_WORKLOAD_SETTINGS, requiredStaff } from '@mutasi/workforce';
import { NO_PENDING_PROPOSALS, previewProposal, type ResolvedStage, type TransferConfig } from '@mutasi/transfers';
import { derivedUuid } from '@mutasi/planner-commands';
import { FATES } from './demo-fates';

/** One proposal of the history: who moves where, who proposes, how its story ends, when it starts. */
export interface PlannedStory {
  transferId: string;
  employeeNip: string;
  targetPositionId: string;
  operator: string;
  /** The origin agency's operator, who records the employee's signed hearing form; null within one agency (the hearing lapses). */
  recorder: string | null;
  /** Index into FATES. */
  fate: number;
  start: string;
}

export interface DemoHistoryPlan {
  /** The instant the history was planned at: nothing is played after it. */
  anchor: string;
  stories: PlannedStory[];
}

interface UserRow {
  username: string;
  roles: string[];
  agency_ids: string[];
  position_ids: string[];
}

interface CandidateRow {
  nip: string;
  title: string;
  position_id: string;
}

const DAY_MS = 24 * 3600 * 1000;
const TRIES_PER_TARGET = 8;

/** A seeded order: the same names always sort the same way, unlike Math.random. */
export function seededKey(...parts: string[]): string {
  return createHash('sha256')
    .update(`mutasi-demo-history\u0000${parts.join('\u0000')}`)
    .digest('hex');
}

function seeded<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** An instant on a working day `daysAgo` before the anchor, 09:00–14:00 WIB, earlier past a weekend. */
function startInstant(anchor: Date, daysAgo: number, hour: number): Date {
  let date = jakartaDate(new Date(anchor.getTime() - daysAgo * DAY_MS));
  while ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) date = addDays(date, -1);
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + (9 + (hour % 6)) * 3600 * 1000);
}

/**
 * Chooses the history's proposals from the demo data: positions short of staff (not the
 * documented scenarios' targets, nor officials' posts) and employees in the same job elsewhere
 * (none with a user account), in a seeded order, keeping a pair only when proposing it on its
 * start day passes eligibility and every task of its chain has demo users to decide it.
 */
@Injectable()
export class DemoHistoryPlanner {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TRANSFER_CONFIG) private readonly transferConfig: TransferConfig,
    private readonly context: ProposalContextLoader,
  ) {}

  async plan(anchor: Date): Promise<DemoHistoryPlan> {
    const scenarios = parse(await readFile(join(this.config.demoDataDir, 'scenarios.csv')), { columns: true }) as {
      targetPositionId: string;
    }[];
    const users = (
      await this.pool.query<UserRow>('SELECT username, roles, agency_ids, position_ids FROM users ORDER BY username')
    ).rows;
    const settings = { ...DEFAULT_WORKLOAD_SETTINGS, effectiveMinutesPerYear: this.config.effectiveMinutesPerYear };
    const positions = await this.pool.query<{ id: string; title: string; minutes: number; existing: number }>(
      `SELECT p.id, p.title, p.annual_workload_minutes AS minutes,
              (SELECT count(*) FROM employees e WHERE e.position_id = p.id)::int AS existing
         FROM positions p
        WHERE cardinality(p.chain_roles) = 0 AND p.annual_workload_minutes IS NOT NULL AND p.id <> ALL ($1::text[])`,
      [scenarios.map((s) => s.targetPositionId)],
    );
    const targets = seeded(
      positions.rows.filter((p) => requiredStaff(p.minutes, settings) > p.existing),
      (p) => seededKey(p.id),
    );
    const candidates = (
      await this.pool.query<CandidateRow>(
        `SELECT e.nip, p.title, e.position_id FROM employees e JOIN positions p ON p.id = e.position_id
          WHERE cardinality(p.chain_roles) = 0 AND NOT EXISTS (SELECT 1 FROM users u WHERE u.employee_nip = e.nip)`,
      )
    ).rows;
    const slots = FATES.flatMap((fate, index) =>
      Array.from({ length: fate.count }, (_, n) => ({ fate: index, n, span: fate.startDaysAgo })),
    );
    const usedNips = new Set<string>();
    const usedTargets = new Set<string>();
    const stories: PlannedStory[] = [];
    for (const slot of slots) {
      const [latest, earliest] = slot.span;
      const key = seededKey('start', String(slot.fate), String(slot.n));
      const daysAgo = latest + (parseInt(key.slice(0, 8), 16) % (earliest - latest + 1));
      const start = startInstant(anchor, daysAgo, parseInt(key.slice(8, 10), 16));
      const story = await this.findPair(start, targets, candidates, users, usedNips, usedTargets);
      if (story === null) continue;
      usedNips.add(story.employeeNip);
      usedTargets.add(story.targetPositionId);
      const index = stories.length;
      stories.push({
        ...story,
        transferId: derivedUuid('demo-history', String(index)),
        fate: slot.fate,
        start: start.toISOString(),
      });
    }
    return { anchor: anchor.toISOString(), stories };
  }

  private async findPair(
    start: Date,
    targets: { id: string; title: string }[],
    candidates: CandidateRow[],
    users: UserRow[],
    usedNips: Set<string>,
    usedTargets: Set<string>,
  ): Promise<Pick<PlannedStory, 'employeeNip' | 'targetPositionId' | 'operator' | 'recorder'> | null> {
    const today = jakartaDate(start);
    for (const target of targets) {
      if (usedTargets.has(target.id)) continue;
      const movers = seeded(
        candidates.filter((c) => c.title === target.title && c.position_id !== target.id && !usedNips.has(c.nip)),
        (c) => seededKey(target.id, c.nip),
      ).slice(0, TRIES_PER_TARGET);
      for (const mover of movers) {
        const input = await this.context.proposalInput(mover.nip, target.id, {
          reason: 'Pemerataan pegawai sesuai analisis beban kerja',
          requestedEffectiveDate: addDays(today, Math.min(30, this.transferConfig.proposalHorizonDays)),
          attachments: [],
          followsSpouse: false,
          ministerialApproval: null,
        });
        const operatorOf = (agencyId: string) =>
          users.find((u) => u.roles.includes('operator') && u.agency_ids.includes(agencyId))?.username;
        const operator = operatorOf(input.target.agency.id);
        if (operator === undefined) continue;
        const recorder =
          input.origin.agency.id === input.target.agency.id ? null : (operatorOf(input.origin.agency.id) ?? null);
        const preview = previewProposal({ ...input, pending: NO_PENDING_PROPOSALS }, today, this.transferConfig);
        if (preview.eligibility.some((result) => result.level === 'blocking')) continue;
        if (!hasDeciders(preview.chain, users)) continue;
        return { employeeNip: mover.nip, targetPositionId: target.id, operator, recorder };
      }
    }
    return null;
  }
}

/** Whether demo users can decide every task, as the players find them: the first holders who have not decided yet. */
function hasDeciders(chain: ResolvedStage[], users: UserRow[]): boolean {
  const decided = new Set<string>();
  for (const task of chain.flatMap((stage) => stage.tasks)) {
    if (task.type === 'hearing') continue;
    const holders = users
      .filter((u) => u.position_ids.some((id) => task.positionIds.includes(id)) && !decided.has(u.username))
      .slice(0, task.required);
    if (holders.length < task.required) return false;
    holders.forEach((u) => decided.add(u.username));
  }
  return true;
}
