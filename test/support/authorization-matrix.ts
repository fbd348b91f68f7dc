/**
 * Who may call each route of the OpenAPI document (PRODUCT.md §2), one row per route: the reach of
 * each role, and the requests that probe it. README.md ("What is scoped how") shows the same table.
 *
 * Reach: `all` — any agency; `own` — only the caller's own agency, their own record, the proposals
 * they take part in, or the tasks assigned to them (the `own` request passes, the `other` one is
 * refused); `none` — refused (403). `public` routes need no token; every other route answers 401
 * to a caller without one.
 *
 * The callers: operator `operator-99-02`, approver `kepala-dinas-kependudukan-dan-pencatatan-p000110`
 * and employee `asn-199011082014031006` (Bambang) all of pemkab-99-02; consultant
 * `kepala-kantor-regional-xv-bkn-p000371` (agency bkn, also an approver, the Pertek holder of OWN_TRANSFER); auditor
 * and admin of national scope. OWN_TRANSFER is Bambang's move from pemkab-99-02 to pemkab-99-71;
 * OTHER_TRANSFER a rotation inside pemkab-99-04, where none of them takes part.
 */
export const ROLES = ['operator', 'approver', 'consultant', 'employee', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Reach = 'all' | 'own' | 'none';

/** Placeholders filled in when the test runs. */
export const OWN_TRANSFER = '{ownTransfer}';
export const OTHER_TRANSFER = '{otherTransfer}';
export const OWN_DOCUMENT = '{ownDocument}';
export const OTHER_DOCUMENT = '{otherDocument}';
export const OWN_PLAN = '{ownPlan}';
export const OTHER_PLAN = '{otherPlan}';

export interface Probe {
  path: string;
  body?: string | object;
  type?: string;
}

export interface RouteRule {
  /** `METHOD /path` exactly as in the OpenAPI document. */
  route: string;
  access: Record<Role, Reach> | 'public';
  own: Probe;
  /** For routes some role reaches only as `own`: the same request about another agency. */
  other?: Probe;
  /** How a refusal of `other` to an `own` role shows when it is not 403 (an import rejects the rows). */
  otherRefusal?: { status: number; code: string };
  /** The call ends the caller's session: made with a token of its own. */
  freshToken?: boolean;
  note?: string;
}

const reach = (all: Partial<Record<Role, Reach>>, rest: Reach = 'none'): Record<Role, Reach> =>
  Object.fromEntries(ROLES.map((role) => [role, all[role] ?? rest])) as Record<Role, Reach>;
const everyone: Record<Role, Reach> = reach({}, 'all');
const auditors = reach({ auditor: 'all', admin: 'all' });
const operatorsOwn = reach({ operator: 'own' });
/** Office roles of an agency read their own agency; auditors and admins every agency. */
const staffOwn = reach({ operator: 'own', approver: 'own', auditor: 'all', admin: 'all' });
/** A proposal: its agencies' operators and approvers, those with a task in it, the employee concerned. */
const proposalReaders = reach({
  operator: 'own',
  approver: 'own',
  consultant: 'own',
  employee: 'own',
  auditor: 'all',
  admin: 'all',
});
/** A person's record: staff of their agency, the person themself. */
const personReaders = reach({ operator: 'own', approver: 'own', employee: 'own', auditor: 'all', admin: 'all' });

const BAMBANG = '199011082014031006';
const NO_PLAN = '00000000-0000-4000-8000-000000000000';
const SITI = '198804172011032007';
const AHMAD = '199103212013091001';
const UNITS = 'id,agencyId,name,parentUnitId';
const proposal = (employeeNip: string, targetPositionId: string) => ({
  employeeNip,
  targetPositionId,
  reason: 'Kebutuhan organisasi',
  requestedEffectiveDate: '2027-01-01',
});
const decree = { decreeNumber: '800/1/2026', decreeDate: '2026-11-23', effectiveDate: '2027-01-01' };
const evaluation = { performanceScore: 80, adaptation: 'good', notes: 'Baik' };
const assignmentDecree = { reason: 'Kebutuhan layanan', decreeNumber: '800/2/2027', decreeDate: '2027-01-02' };
const wish = { positionId: 'P000236', reason: 'Dekat dengan keluarga' };
const login = { username: 'operator-99-02', password: 'mutasi-demo-2026' };

export const AUTHORIZATION_MATRIX: RouteRule[] = [
  { route: 'GET /health', access: 'public', own: { path: '/health' } },
  {
    route: 'GET /metrics',
    access: reach({ admin: 'all' }),
    own: { path: '/metrics' },
    note: 'or a scraper with METRICS_TOKEN',
  },
  { route: 'POST /auth/login', access: 'public', own: { path: '/auth/login', body: login } },
  { route: 'POST /auth/logout', access: everyone, own: { path: '/auth/logout' }, freshToken: true },
  { route: 'POST /auth/session', access: 'public', own: { path: '/auth/session', body: login } },
  { route: 'DELETE /auth/session', access: 'public', own: { path: '/auth/session' } },
  { route: 'GET /me', access: everyone, own: { path: '/me' } },
  {
    route: 'POST /users/{username}/disable',
    access: reach({ admin: 'all' }),
    own: { path: '/users/no-such-user/disable' },
  },
  {
    route: 'POST /users/{username}/enable',
    access: reach({ admin: 'all' }),
    own: { path: '/users/no-such-user/enable' },
  },

  { route: 'GET /regions', access: everyone, own: { path: '/regions' } },
  { route: 'GET /agencies', access: everyone, own: { path: '/agencies' } },
  { route: 'GET /units', access: everyone, own: { path: '/units?agencyId=pemkab-99-71' } },
  {
    route: 'GET /positions',
    access: everyone,
    own: { path: '/positions?agencyId=pemkab-99-71' },
    note: 'an employee sees them without chain roles and workload minutes',
  },
  { route: 'GET /places', access: everyone, own: { path: '/places?positionIds=P000236,P000110' } },
  {
    route: 'GET /positions/{id}/chain-role-history',
    access: auditors,
    own: { path: '/positions/P000110/chain-role-history' },
  },
  {
    route: 'GET /employees',
    access: staffOwn,
    own: { path: '/employees?agencyId=pemkab-99-02' },
    other: { path: '/employees?agencyId=pemkab-99-71' },
  },
  {
    route: 'GET /employees/search',
    access: staffOwn,
    own: { path: '/employees/search?q=Bambang&agencyId=pemkab-99-02' },
    other: { path: '/employees/search?q=Siti&agencyId=pemkab-99-01' },
  },
  {
    route: 'GET /employees/{nip}',
    access: personReaders,
    own: { path: `/employees/${BAMBANG}` },
    other: { path: `/employees/${SITI}` },
  },
  {
    route: 'GET /employees/{nip}/placements',
    access: personReaders,
    own: { path: `/employees/${BAMBANG}/placements` },
    other: { path: `/employees/${SITI}/placements` },
  },
  {
    route: 'GET /workload/units',
    access: staffOwn,
    own: { path: '/workload/units?agencyId=pemkab-99-02' },
    other: { path: '/workload/units?agencyId=pemkab-99-71' },
  },
  {
    route: 'GET /workload/units/{id}/history',
    access: staffOwn,
    own: { path: '/workload/units/U000035/history' },
    other: { path: '/workload/units/U000086/history' },
  },
  {
    route: 'GET /workload/summary',
    access: staffOwn,
    own: { path: '/workload/summary?agencyId=pemkab-99-02' },
    other: { path: '/workload/summary?agencyId=pemkab-99-71' },
  },
  {
    route: 'GET /workload/positions',
    access: reach({ operator: 'all', approver: 'all', consultant: 'all', auditor: 'all', admin: 'all' }),
    own: { path: '/workload/positions?agencyId=pemkab-99-71' },
    note: 'target positions of a proposal may lie in another agency',
  },
  {
    route: 'GET /evaluations/summary',
    access: staffOwn,
    own: { path: '/evaluations/summary?agencyId=pemkab-99-02' },
    other: { path: '/evaluations/summary?agencyId=pemkab-99-71' },
  },
  {
    route: 'GET /training-needs',
    access: staffOwn,
    own: { path: '/training-needs?agencyId=pemkab-99-02' },
    other: { path: '/training-needs?agencyId=pemkab-99-71' },
    note: 'moves into the agency',
  },
  {
    route: 'POST /imports/{kind}',
    access: reach({ operator: 'own', admin: 'all' }),
    own: { path: '/imports/units', type: 'text/csv', body: `${UNITS}\nU000035,pemkab-99-02,Pimpinan Daerah,\n` },
    other: { path: '/imports/units', type: 'text/csv', body: `${UNITS}\nU000018,pemkab-99-01,Pimpinan Daerah,\n` },
    otherRefusal: { status: 422, code: 'IMPORT_REJECTED' },
    note: 'regions, agencies and users: admin only; rows outside the operator’s agencies are rejected (OUT_OF_SCOPE)',
  },

  {
    route: 'POST /transfers/preview',
    access: operatorsOwn,
    own: { path: '/transfers/preview', body: proposal(BAMBANG, 'P000236') },
    other: { path: '/transfers/preview', body: proposal(AHMAD, 'P000170') },
  },
  {
    route: 'POST /transfers',
    access: operatorsOwn,
    own: { path: '/transfers', body: proposal(BAMBANG, 'P000236') },
    other: { path: '/transfers', body: proposal(AHMAD, 'P000170') },
    note: 'the origin or the target agency must be the operator’s',
  },
  {
    route: 'GET /transfers',
    access: everyone,
    own: { path: '/transfers' },
    note: 'lists only the proposals the caller may read',
  },
  {
    route: 'GET /transfers/{id}',
    access: proposalReaders,
    own: { path: `/transfers/${OWN_TRANSFER}` },
    other: { path: `/transfers/${OTHER_TRANSFER}` },
  },
  {
    route: 'GET /transfers/{id}/history',
    access: proposalReaders,
    own: { path: `/transfers/${OWN_TRANSFER}/history` },
    other: { path: `/transfers/${OTHER_TRANSFER}/history` },
  },
  {
    route: 'GET /transfers/{id}/state',
    access: proposalReaders,
    own: { path: `/transfers/${OWN_TRANSFER}/state?version=1` },
    other: { path: `/transfers/${OTHER_TRANSFER}/state?version=1` },
  },
  {
    route: 'POST /transfers/{id}/decisions',
    access: reach({ approver: 'own', consultant: 'own', employee: 'own' }),
    own: {
      path: `/transfers/${OWN_TRANSFER}/decisions`,
      body: { taskId: 'no-such-task', decision: 'approve', declaration: { noConflictOfInterest: true } },
    },
    other: { path: `/transfers/${OTHER_TRANSFER}/decisions`, body: { taskId: 's0-t1', decision: 'consent' } },
    note: 'only tasks assigned to the caller’s positions (or delegated), the hearing only by the employee concerned',
  },
  {
    route: 'POST /transfers/{id}/conflicts',
    access: reach({ approver: 'own', consultant: 'own' }),
    own: { path: `/transfers/${OWN_TRANSFER}/conflicts`, body: { taskId: 'no-such-task', reason: 'Adik kandung' } },
    other: { path: `/transfers/${OTHER_TRANSFER}/conflicts`, body: { taskId: 's0-t1', reason: 'Adik kandung' } },
    note: 'only a holder of the task, in person; not by one who decided or declared a conflict on the proposal',
  },
  {
    route: 'POST /transfers/{id}/hearing-record',
    access: operatorsOwn,
    own: {
      path: `/transfers/${OWN_TRANSFER}/hearing-record`,
      body: { taskId: 'no-such-task', answer: 'consent', formSha256: 'c'.repeat(64) },
    },
    other: {
      path: `/transfers/${OTHER_TRANSFER}/hearing-record`,
      body: { taskId: 's0-t1', answer: 'consent', formSha256: 'c'.repeat(64) },
    },
    note: 'not by the operator who proposed',
  },
  {
    route: 'POST /transfers/{id}/revise',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/revise`, body: {} },
    other: { path: `/transfers/${OTHER_TRANSFER}/revise`, body: {} },
  },
  {
    route: 'POST /transfers/{id}/withdraw',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/withdraw`, body: { reason: ' ' } },
    other: { path: `/transfers/${OTHER_TRANSFER}/withdraw`, body: { reason: ' ' } },
  },
  {
    route: 'POST /transfers/{id}/execute',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/execute`, body: decree },
    other: { path: `/transfers/${OTHER_TRANSFER}/execute`, body: decree },
  },
  {
    route: 'POST /transfers/{id}/evaluate',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/evaluate`, body: evaluation },
    other: { path: `/transfers/${OTHER_TRANSFER}/evaluate`, body: evaluation },
  },
  {
    route: 'POST /transfers/{id}/assignment/extend',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/assignment/extend`, body: { ...assignmentDecree, endDate: '2027-06-01' } },
    other: {
      path: `/transfers/${OTHER_TRANSFER}/assignment/extend`,
      body: { ...assignmentDecree, endDate: '2027-06-01' },
    },
  },
  {
    route: 'POST /transfers/{id}/assignment/convert',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/assignment/convert`, body: assignmentDecree },
    other: { path: `/transfers/${OTHER_TRANSFER}/assignment/convert`, body: assignmentDecree },
  },
  {
    route: 'POST /transfers/{id}/assignment/return',
    access: operatorsOwn,
    own: { path: `/transfers/${OWN_TRANSFER}/assignment/return` },
    other: { path: `/transfers/${OTHER_TRANSFER}/assignment/return` },
    note: 'the worker returns the employee on the end date by itself',
  },
  {
    route: 'POST /delegations',
    access: reach({ approver: 'all', consultant: 'all' }),
    own: { path: '/delegations', body: { delegateUserId: 'no-such-user', from: '2026-11-23', to: '2026-11-30' } },
    note: 'the caller’s own positions, to an approver of their agency',
  },
  {
    route: 'GET /delegations',
    access: reach({ approver: 'all', consultant: 'all' }),
    own: { path: '/delegations' },
    note: 'those the caller gave or received',
  },
  {
    route: 'POST /delegations/{id}/end',
    access: reach({ approver: 'all', consultant: 'all' }),
    own: { path: '/delegations/00000000-0000-4000-8000-000000000000/end' },
    note: 'only one the caller gave (404 otherwise)',
  },
  { route: 'GET /inbox', access: everyone, own: { path: '/inbox' }, note: 'the caller’s own tasks' },

  {
    route: 'POST /plans/preview',
    access: reach({ operator: 'own' }),
    own: { path: '/plans/preview', body: { scope: { kind: 'agency', id: 'pemkab-99-02' } } },
    other: { path: '/plans/preview', body: { scope: { kind: 'agency', id: 'pemkab-99-04' } } },
    note: 'a scope of the operator’s own agencies',
  },
  {
    route: 'POST /plans',
    access: reach({ operator: 'own' }),
    own: { path: '/plans', body: { scope: { kind: 'agency', id: 'pemkab-99-02' } } },
    other: { path: '/plans', body: { scope: { kind: 'agency', id: 'pemkab-99-04' } } },
    note: 'a scope of the operator’s own agencies',
  },
  {
    route: 'GET /plans',
    access: reach({ operator: 'all', approver: 'all', consultant: 'all', auditor: 'all', admin: 'all' }),
    own: { path: '/plans' },
    note: 'lists only the plans whose scope meets the caller’s agencies',
  },
  {
    route: 'GET /plans/{id}',
    access: staffOwn,
    own: { path: `/plans/${OWN_PLAN}` },
    other: { path: `/plans/${OTHER_PLAN}` },
    note: 'plans whose scope meets the caller’s agencies',
  },
  {
    route: 'GET /plans/{id}/history',
    access: staffOwn,
    own: { path: `/plans/${OWN_PLAN}/history` },
    other: { path: `/plans/${OTHER_PLAN}/history` },
    note: 'plans whose scope meets the caller’s agencies',
  },
  {
    route: 'POST /plans/{id}/approve',
    access: reach({ approver: 'all', consultant: 'all' }),
    own: { path: `/plans/${NO_PLAN}/approve`, body: {} },
    note: 'role only; not by the drafter',
  },
  {
    route: 'POST /plans/{id}/reject',
    access: reach({ approver: 'all', consultant: 'all' }),
    own: { path: `/plans/${NO_PLAN}/reject`, body: {} },
    note: 'role only',
  },
  {
    route: 'GET /employees/{nip}/aspirations',
    access: personReaders,
    own: { path: `/employees/${BAMBANG}/aspirations` },
    other: { path: `/employees/${SITI}/aspirations` },
  },
  {
    route: 'PUT /employees/{nip}/aspirations/{rank}',
    access: reach({ employee: 'own' }),
    own: { path: `/employees/${BAMBANG}/aspirations/1`, body: wish },
    other: { path: `/employees/${SITI}/aspirations/1`, body: wish },
    note: 'the employee’s own wishes',
  },
  {
    route: 'DELETE /employees/{nip}/aspirations/{rank}',
    access: reach({ employee: 'own' }),
    own: { path: `/employees/${BAMBANG}/aspirations/3` },
    other: { path: `/employees/${SITI}/aspirations/3` },
    note: 'the employee’s own wishes',
  },
  {
    route: 'POST /imports/aspirations',
    access: reach({ operator: 'own', admin: 'all' }),
    own: { path: '/imports/aspirations', type: 'text/csv', body: 'nip,rank,unitId,positionId,reason\n' },
    note: 'rows of the operator’s agencies',
  },
  { route: 'POST /audit/verify', access: auditors, own: { path: '/audit/verify' } },
  { route: 'GET /audit/export', access: auditors, own: { path: '/audit/export' } },
  { route: 'GET /audit/public-key', access: auditors, own: { path: '/audit/public-key' } },
  {
    route: 'GET /notifications',
    access: reach({
      operator: 'own',
      approver: 'own',
      consultant: 'own',
      employee: 'own',
      auditor: 'all',
      admin: 'all',
    }),
    own: { path: '/notifications' },
    other: { path: '/notifications?recipient=someone.else@mutasi.example' },
    note: 'the caller’s own emails',
  },
  {
    route: 'POST /documents',
    access: reach({ operator: 'all', approver: 'all', consultant: 'all' }),
    own: { path: '/documents', type: 'application/pdf', body: '%PDF-1.7\n% authorization matrix\n' },
  },
  {
    route: 'GET /documents/{sha256}',
    access: proposalReaders,
    own: { path: `/documents/${OWN_DOCUMENT}` },
    other: { path: `/documents/${OTHER_DOCUMENT}` },
    note: 'whoever may read a proposal that refers to it, and its uploader',
  },
];

const CELL: Record<Reach, string> = { all: 'all', own: 'own', none: '—' };

/** The matrix as table rows: route, one cell per role, note. */
export function matrixRows(): string[][] {
  return AUTHORIZATION_MATRIX.map((row) => [
    `\`${row.route}\``,
    ...ROLES.map((role) => (row.access === 'public' ? 'public' : CELL[row.access[role]])),
    row.note ?? '',
  ]);
}

/** The matrix as the Markdown table README.md shows under "What is scoped how". */
export function matrixMarkdown(): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(['route', ...ROLES, 'note']), line(Array(ROLES.length + 2).fill('---')), ...matrixRows().map(line)].join(
    '\n',
  );
}

/** The rows of the table under `heading` in a Markdown text, cells trimmed. */
export function markdownTableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const text of lines.slice(start + 1)) {
    if (text.startsWith('#')) break;
    if (text.startsWith('| `'))
      rows.push(
        text
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
  }
  return rows;
}
