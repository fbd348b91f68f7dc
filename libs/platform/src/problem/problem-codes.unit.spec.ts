import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodedError } from '@mutasi/errors';
import { ConcurrencyError, IdempotencyConflictError } from '@mutasi/event-store';
import { PlannerError } from '@mutasi/planner';
import { DomainError, ERROR_KINDS } from '@mutasi/transfers';
import { PROBLEM_CODES, type ProblemCodeRow } from './problem-codes';
import { toProblem } from './to-problem';

const ROOT = join(__dirname, '..', '..', '..', '..');
const STATUS_OF_KIND = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, rule: 422 };
const rows: Record<string, ProblemCodeRow> = PROBLEM_CODES;

/** The codes the libs and apps raise, read from their sources: every one must have a row. */
function raisedCodes(): Set<string> {
  const codes = new Set<string>();
  const files = ['libs', 'apps/api/src', 'apps/cli/src', 'apps/worker/src'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name)),
  );
  for (const file of files.filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const match of source.matchAll(
      /new (?:CodedError|DomainError|PlannerError|InvalidAppendError)\(\s*'([A-Z_]+)'/g,
    )) {
      codes.add(match[1]);
    }
  }
  return codes;
}

describe('the table of problem codes', () => {
  it('has a row for every code raised anywhere', () => {
    const raised = raisedCodes();
    expect(raised.size).toBeGreaterThan(50);
    expect([...raised].filter((code) => !(code in rows))).toEqual([]);
  });

  it('answers each transfer-domain code with the status its kind stands for', () => {
    const differing = Object.entries(ERROR_KINDS)
      .filter(([code, kind]) => rows[code]?.status !== STATUS_OF_KIND[kind])
      .map(([code]) => code);
    expect(differing).toEqual([]);
  });

  it('gives every row a 4xx or 5xx status and a meaning in both languages', () => {
    for (const [code, row] of Object.entries(rows)) {
      expect({
        code,
        status: row.status >= 400 && row.status < 600,
        id: row.id.length > 0,
        en: row.en.length > 0,
      }).toEqual({ code, status: true, id: true, en: true });
    }
  });

  it('renders a coded error with its row status, its message and its fields', () => {
    expect(toProblem(new CodedError('OUT_OF_SCOPE', 'outside', { agencyId: 'a1' }))).toEqual({
      type: 'https://mutasi.go.id/problems/out-of-scope',
      title: 'Forbidden',
      status: 403,
      code: 'OUT_OF_SCOPE',
      detail: 'outside',
      agencyId: 'a1',
    });
  });

  it('answers the documents a command lacks as DOCUMENT_NOT_FOUND with 422, a document asked for with 404', () => {
    expect(toProblem(new CodedError('DOCUMENTS_NOT_UPLOADED', 'm'))).toMatchObject({
      status: 422,
      code: 'DOCUMENT_NOT_FOUND',
    });
    expect(toProblem(new CodedError('DOCUMENT_NOT_FOUND', 'm'))).toMatchObject({
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    });
  });

  it('answers the errors of the store and of the deciders as before the table', () => {
    const answer = (status: number, title: string, code: string, detail: string, fields: object) => ({
      type: `https://mutasi.go.id/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title,
      status,
      code,
      detail,
      ...fields,
    });
    const stale = new ConcurrencyError('transfer-1', 2, 3);
    expect(toProblem(stale)).toEqual(
      answer(409, 'Conflict', 'STALE_VERSION', stale.message, { streamId: 'transfer-1', expected: 2, actual: 3 }),
    );
    const reused = new IdempotencyConflictError('transfer-1');
    expect(toProblem(reused)).toEqual(answer(409, 'Conflict', 'EVENT_ID_REUSED', reused.message, {}));
    expect(toProblem(new DomainError('TASK_NOT_OPEN', 'closed', { taskId: 't1' }))).toEqual(
      answer(409, 'Conflict', 'TASK_NOT_OPEN', 'closed', { details: { taskId: 't1' } }),
    );
    expect(toProblem(new PlannerError('PLAN_NOT_FOUND', 'no plan'))).toEqual(
      answer(404, 'Not Found', 'PLAN_NOT_FOUND', 'no plan', { details: {} }),
    );
  });

  it('answers a code missing from the table as an internal error', () => {
    expect(toProblem(new CodedError('NOT_IN_THE_TABLE', 'm'))).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
  });
});
