/**
 * API answers for the web benchmark, shaped as the OpenAPI document says: an approver with 1,000
 * open tasks and a proposal whose history holds 40 events. They stand in for the API so the
 * figures measure the browser's work (parse, render) and not the server's.
 */
const TRANSFER_ID = '6f1c2a34-0d4e-4a8b-9c1d-2e3f4a5b6c7d';
const AT = '2026-11-23T02:00:00.000Z';

export const BENCH_TRANSFER_ID = TRANSFER_ID;

export const me = {
  username: 'kepala-dinas-kependudukan-dan-pencatatan-p000110',
  displayName: 'Fajar Manurung, S.AP.',
  email: 'fajar.manurung@pemkab-99-02.mutasi.example',
  roles: ['approver'],
  agencyIds: ['pemkab-99-02'],
  positionIds: ['P000110'],
  employeeNip: null,
  language: 'id',
};

export const agencies = {
  items: [
    { id: 'pemkab-99-02', name: 'Pemerintah Kabupaten Pesisir Timur', kind: 'regional', regionCode: '99.02' },
    { id: 'pemkab-99-71', name: 'Pemerintah Kota Lestari', kind: 'regional', regionCode: '99.71' },
  ],
  nextCursor: null,
};

const inboxItem = (i: number, transferId = `6f1c2a34-0d4e-4a8b-9c1d-${String(i).padStart(12, '0')}`) => ({
  transferId,
  taskId: 's1-t1',
  type: 'approval',
  chainRole: 'unit_head',
  stageIndex: 1,
  positionIds: ['P000110'],
  employeeNip: `19901108201403${String(1000 + i).slice(-4)}`,
  employeeName: `Pegawai Uji ${i + 1}`,
  dueAt: new Date(Date.parse(AT) + (i - 100) * 3_600_000).toISOString(),
  onBehalfOf: null,
  originAgencyId: 'pemkab-99-02',
  targetAgencyId: 'pemkab-99-71',
  originPositionId: 'P000140',
  targetPositionId: 'P000236',
});

/**
 * GET /inbox as the API pages it: `count` open tasks soonest due first, in pages of ?limit= after
 * ?cursor= (here simply the index to start at), the counts over all of them; ?transferId= answers
 * the task on the benchmark's proposal.
 */
export function inbox(count: number, query: URLSearchParams, now: Date) {
  if (query.get('transferId') === TRANSFER_ID) {
    return { items: [inboxItem(0, TRANSFER_ID)], nextCursor: null, openCount: 1, overdueCount: 1 };
  }
  const all = query.get('type') === 'hearing' ? [] : Array.from({ length: count }, (_, i) => inboxItem(i));
  const start = Number(query.get('cursor') ?? 0);
  const end = start + Number(query.get('limit') ?? 1000);
  return {
    items: all.slice(start, end),
    nextCursor: end < all.length ? String(end) : null,
    openCount: all.length,
    overdueCount: all.filter((item) => Date.parse(item.dueAt) < now.getTime()).length,
  };
}

const task = (stage: number, status: string) => ({
  id: `s${stage}-t1`,
  type: stage === 0 ? 'hearing' : 'approval',
  chainRole: stage === 0 ? 'employee' : 'unit_head',
  side: 'origin',
  purpose: 'approve',
  positionIds: ['P000110'],
  required: 1,
  status,
  decisions:
    status === 'completed'
      ? [
          {
            actorId: 'asn-199011082014031006',
            onBehalfOf: null,
            decision: 'consent',
            reason: null,
            at: AT,
            viaPositionId: null,
          },
        ]
      : [],
  delegations: [],
  escalatedFrom: [],
});

export const transfer = {
  id: TRANSFER_ID,
  version: 40,
  status: 'IN_APPROVAL',
  kind: 'B',
  revision: 1,
  employeeNip: '199011082014031006',
  employeeName: 'Bambang Setiawan, S.Kom.',
  originPositionId: 'P000140',
  targetPositionId: 'P000236',
  originUnitId: 'U000110',
  targetUnitId: 'U000233',
  originAgencyId: 'pemkab-99-02',
  targetAgencyId: 'pemkab-99-71',
  requestedEffectiveDate: '2026-12-09',
  reason: 'Kebutuhan pengolah data di Disdukcapil Kota Lestari',
  attachments: [],
  followsSpouse: false,
  temporary: null,
  ministerialApproval: null,
  policyVersion: 'v1',
  checklistVersion: null,
  checklist: [],
  documents: [],
  eligibility: [],
  objection: null,
  currentStageIndex: 1,
  stages: [
    { index: 0, status: 'completed', openedAt: AT, dueAt: AT, tasks: [task(0, 'completed')] },
    { index: 1, status: 'open', openedAt: AT, dueAt: AT, tasks: [task(1, 'open')] },
  ],
  recusals: [],
  workload: {
    origin: { unitId: 'U000110', required: 5, actual: 5, efficiency: 1, band: 'B' },
    target: { unitId: 'U000233', required: 7, actual: 5, efficiency: 0.71, band: 'C' },
  },
  targetPositionWorkload: null,
  workloadForecast: null,
  trainingNeeds: [],
  proposer: { userId: 'operator-99-71', role: 'operator' },
  proposedAt: AT,
  revisedAt: null,
  returned: null,
  rejected: null,
  withdrawn: null,
  approvedAt: null,
  decree: null,
  execution: null,
  evaluation: null,
};

export function history(count: number) {
  const types = ['TransferProposed', 'StageOpened', 'ConsultationAnswered', 'ApprovalGranted', 'TaskDelegated'];
  return {
    transferId: TRANSFER_ID,
    events: Array.from({ length: count }, (_, i) => ({
      version: i + 1,
      position: String(1000 + i),
      eventId: `0b7e4c1a-1d2e-4f3a-8b9c-${String(i).padStart(12, '0')}`,
      type: types[i % types.length],
      recordedAt: new Date(Date.parse(AT) + i * 60_000).toISOString(),
      actorId: 'operator-99-71',
      actorRole: 'operator',
      onBehalfOf: null,
      correlationId: `c-${i}`,
      causationId: null,
      reason: i % 3 === 0 ? 'Alasan keputusan yang cukup panjang untuk ditampilkan di riwayat' : null,
      prevHash: 'a'.repeat(64),
      hash: 'b'.repeat(64),
      data: {},
    })),
  };
}
