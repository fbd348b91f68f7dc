import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Response } from 'supertest';
import { uploadPdf } from './documents';
import { eventually } from './eventually';
import type { TestApp } from './test-app';

interface UserRow {
  username: string;
  positionIds: string;
  employeeNip: string;
}

const USERS = parse(readFileSync('data/demo/users.csv'), { columns: true }) as UserRow[];

/** The demo user holding a position (users.csv), for finding who decides a task. */
export function holdersOf(positionId: string): string[] {
  return USERS.filter((u) => u.positionIds.split(';').includes(positionId)).map((u) => u.username);
}

export function employeeUser(nip: string): string {
  const user = USERS.find((u) => u.employeeNip === nip && u.username.startsWith('asn-'));
  if (!user) throw new Error(`no demo user for employee ${nip}`);
  return user.username;
}

export interface Scenario {
  nip: string;
  kind: string;
  targetPositionId: string;
  scenario: string;
}

export const SCENARIOS = parse(readFileSync('data/demo/scenarios.csv'), { columns: true }) as Scenario[];

export function scenario(nip: string): Scenario {
  const found = SCENARIOS.find((s) => s.nip === nip);
  if (!found) throw new Error(`no scenario for ${nip}`);
  return found;
}

export interface TaskView {
  id: string;
  type: 'hearing' | 'consultation' | 'approval';
  chainRole: string;
  positionIds: string[];
  required: number;
  status: string;
  decisions: {
    actorId: string;
    onBehalfOf: string | null;
    decision: string;
    reason: string | null;
    declaration: { noConflictOfInterest: true; statement: string } | null;
  }[];
}

export interface TransferDetail {
  id: string;
  version: number;
  status: string;
  kind: string;
  employeeNip: string;
  eligibility: { code: string; level: string; message: string }[];
  objection: { reason: string | null } | null;
  stages: { index: number; status: string; dueAt: string | null; tasks: TaskView[] }[];
  [field: string]: unknown;
}

const POSITIVE = { hearing: 'consent', consultation: 'recommended', approval: 'approve' } as const;

/** The declaration every official gives with a decision (PP 11/2017 Ps 190(5)); the hearing ignores it. */
export const NO_CONFLICT = { noConflictOfInterest: true } as const;

/** HTTP calls of the transfer API as demo users, reading their own writes through minPosition. */
export class TransferClient {
  /** The log position of the last command sent through this client. */
  position = '0';
  private notaUsulHash: string | null = null;

  constructor(private readonly app: TestApp) {}

  async post(username: string, path: string, body: object, headers: Record<string, string> = {}): Promise<Response> {
    const request = this.app
      .http()
      .post(path)
      .set('authorization', `Bearer ${await this.app.token(username)}`);
    for (const [name, value] of Object.entries(headers)) request.set(name, value);
    const response = await request.send(body);
    if (response.status < 300 && typeof response.body?.position === 'string') this.position = response.body.position;
    return response;
  }

  /**
   * A read that sees this client's writes. The API waits a few seconds for the read model and
   * answers 503 READ_MODEL_BEHIND after; on a busy machine the read is simply asked again.
   */
  async get(username: string, path: string): Promise<Response> {
    const separator = path.includes('?') ? '&' : '?';
    const token = await this.app.token(username);
    return eventually(
      () =>
        this.app.http().get(`${path}${separator}minPosition=${this.position}`).set('authorization', `Bearer ${token}`),
      (response) => !(response.status === 503 && response.body?.code === 'READ_MODEL_BEHIND'),
    );
  }

  /** Proposes with one uploaded document (a proposal's attachments must be stored). */
  async propose(operator: string, nip: string, targetPositionId: string, extra: object = {}): Promise<Response> {
    return this.post(operator, '/transfers', {
      employeeNip: nip,
      targetPositionId,
      reason: 'Kebutuhan organisasi sesuai analisis beban kerja',
      requestedEffectiveDate: '2027-01-01',
      attachments: [{ name: 'nota-usul.pdf', sha256: await this.notaUsul() }],
      ...extra,
    });
  }

  private async notaUsul(): Promise<string> {
    this.notaUsulHash ??= await uploadPdf(this.app, 'operator-99-02', 'nota-usul');
    return this.notaUsulHash;
  }

  async detail(id: string, username = 'auditor'): Promise<TransferDetail> {
    const response = await this.get(username, `/transfers/${id}`);
    if (response.status !== 200)
      throw new Error(`GET /transfers/${id}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as TransferDetail;
  }

  async inbox(
    username: string,
  ): Promise<{ transferId: string; taskId: string; type: string; onBehalfOf: string | null }[]> {
    const response = await this.get(username, '/inbox');
    if (response.status !== 200) throw new Error(`GET /inbox: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.items;
  }

  /** A user with the task in their inbox who may still decide it (users of the task's positions, or the employee). */
  async deciderOf(transfer: TransferDetail, task: TaskView): Promise<string> {
    const candidates =
      task.type === 'hearing' ? [employeeUser(transfer.employeeNip)] : task.positionIds.flatMap(holdersOf);
    for (const username of candidates) {
      const items = await this.inbox(username);
      if (items.some((item) => item.transferId === transfer.id && item.taskId === task.id)) return username;
    }
    throw new Error(`nobody has ${task.id} of ${transfer.id} in their inbox (${candidates.join(', ')})`);
  }

  /**
   * POST /transfers/{id}/decisions with the decider's declaration of no conflict of interest.
   * `extra` adds or overrides fields (onBehalfOf, documents; `declaration: undefined` leaves it out).
   */
  async decide(
    username: string,
    id: string,
    taskId: string,
    decision: string,
    reason?: string,
    extra: object = {},
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.post(
      username,
      `/transfers/${id}/decisions`,
      { taskId, decision, reason, declaration: NO_CONFLICT, ...extra },
      headers,
    );
  }

  /** POST /transfers/{id}/conflicts: the task's holder declares a conflict of interest and the task goes up the chain. */
  async declareConflict(
    username: string,
    id: string,
    taskId: string,
    reason = 'Pegawai yang diusulkan adalah adik kandung saya',
  ): Promise<Response> {
    return this.post(username, `/transfers/${id}/conflicts`, { taskId, reason });
  }

  /**
   * Answers every open task positively, found through the inbox, until the chain stops running
   * or the next open task is one `stopAt` picks.
   */
  async walkChain(id: string, stopAt: (task: TaskView) => boolean = () => false): Promise<TransferDetail> {
    for (let step = 0; step < 40; step++) {
      const transfer = await this.detail(id);
      if (!['IN_CONSULTATION', 'IN_APPROVAL'].includes(transfer.status)) return transfer;
      const stage = transfer.stages.find((s) => s.status === 'open');
      const task = stage?.tasks.find((t) => t.status === 'open');
      if (!task) throw new Error(`no open task in ${transfer.status} ${id}`);
      if (stopAt(task)) return transfer;
      const username = await this.deciderOf(transfer, task);
      const response = await this.decide(username, id, task.id, POSITIVE[task.type]);
      if (response.status !== 200) {
        throw new Error(`${username} on ${task.id}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    throw new Error(`the chain of ${id} did not end`);
  }
}
