import { foldEvents, type Transfer } from '@mutasi/transfers';
import { consent, decideTask, holder, propose, history } from '@mutasi/transfers/testing';
import type { NotificationIntent, RecipientRef } from '../rules/notification-intent';
import { outboxRows, type EventContext } from './outbox-row';
import type { Directory, Recipient } from './recipient';

const person = (username: string | null, email: string, name: string, language: 'id' | 'en' = 'id'): Recipient => ({
  username,
  email,
  name,
  language,
});

const USERS: Record<string, Recipient> = {
  'operator-99-71': person('operator-99-71', 'operator@pemkab-99-71.example', 'Operator Lestari'),
  'user-P000110': person('user-P000110', 'Kadis@Pemkab-99-02.example', 'Kepala Dinas', 'en'),
  'twin-account': person('twin-account', 'kadis@pemkab-99-02.example', 'Kepala Dinas (second account)'),
  'no-mail': person('no-mail', ' ', 'Without Email'),
};

const directory: Directory = {
  employee: (nip) => (nip === '199011082014031006' ? person('asn-bambang', 'bambang@example.go.id', 'Bambang') : null),
  user: (username) => USERS[username] ?? null,
  holders: (positionIds) =>
    positionIds.includes('P000110') ? [USERS['user-P000110'], USERS['twin-account'], USERS['no-mail']] : [],
  operators: () => [],
  unitName: (id) => ({ U000046: 'Disdukcapil Pesisir Timur', U000097: 'Disdukcapil Kota Lestari' })[id] ?? null,
  agencyName: (id) => ({ 'pemkab-99-71': 'Pemerintah Kota Lestari' })[id] ?? null,
};

const transfer = foldEvents(history(propose(), consent())) as Transfer;
const event = (actorId: string): EventContext => ({
  eventId: '6f1c2d1e-0000-4000-8000-000000000001',
  eventType: 'StageOpened',
  position: '42',
  transferId: transfer.id,
  actorId,
  date: '2026-11-23',
});
const intent = (
  recipient: NotificationIntent['recipient'],
  template: NotificationIntent['template'] = 'task-assigned',
) => ({
  template,
  recipient,
  details: { dueAt: '2026-11-30T16:59:59.999Z' },
});

describe('outbox rows', () => {
  it('resolves recipients to lower-cased addresses with their name and language, and the proposal with names', () => {
    const rows = outboxRows(
      event('asn-bambang'),
      transfer,
      [intent({ kind: 'position-holders', positionIds: ['P000110'] })],
      directory,
    );
    expect(rows).toEqual([
      {
        eventId: '6f1c2d1e-0000-4000-8000-000000000001',
        eventType: 'StageOpened',
        eventPosition: '42',
        transferId: transfer.id,
        template: 'task-assigned',
        recipientEmail: 'kadis@pemkab-99-02.example',
        recipientUsername: 'user-P000110',
        recipientName: 'Kepala Dinas',
        language: 'en',
        sendAt: null,
        condition: null,
        params: {
          recipientName: 'Kepala Dinas',
          dueAt: '2026-11-30T16:59:59.999Z',
          proposal: {
            transferId: transfer.id,
            employeeName: 'Bambang Setiawan, S.Kom.',
            employeeNip: '199011082014031006',
            kind: 'B',
            reason: 'Kebutuhan organisasi sesuai analisis beban kerja',
            requestedEffectiveDate: '2027-01-01',
            origin: {
              positionTitle: 'Pengolah Data dan Informasi',
              unitName: 'Disdukcapil Pesisir Timur',
              agencyName: null,
            },
            target: {
              positionTitle: 'Pengolah Data dan Informasi',
              unitName: 'Disdukcapil Kota Lestari',
              agencyName: 'Pemerintah Kota Lestari',
            },
          },
        },
      },
    ]);
  });

  it('keeps one row per address and event, the first intent winning, and skips people without an address', () => {
    const rows = outboxRows(
      event('asn-bambang'),
      transfer,
      [
        intent({ kind: 'user', username: 'twin-account' }, 'task-delegated'),
        intent({ kind: 'position-holders', positionIds: ['P000110'] }),
        intent({ kind: 'user', username: 'no-mail' }),
        intent({ kind: 'user', username: 'unknown' }),
      ],
      directory,
    );
    expect(rows.map((r) => [r.recipientEmail, r.recipientUsername, r.template])).toEqual([
      ['kadis@pemkab-99-02.example', 'twin-account', 'task-delegated'],
    ]);
  });

  it('adds a reminder for later to the same person as a row of its own', () => {
    const holders: RecipientRef = { kind: 'position-holders', positionIds: ['P000110'] };
    const condition = { kind: 'task-open', taskId: 's1-t1', dueAt: '2026-11-30T16:59:59.999Z' } as const;
    const rows = outboxRows(
      event('asn-bambang'),
      transfer,
      [
        intent(holders),
        { ...intent(holders, 'task-due-soon'), schedule: { sendAt: '2026-11-29T16:59:59.999Z', condition } },
        { ...intent(holders, 'task-due-soon'), schedule: { sendAt: '2026-11-29T16:59:59.999Z', condition } },
      ],
      directory,
    );
    expect(rows.map((r) => [r.recipientEmail, r.template, r.sendAt, r.condition])).toEqual([
      ['kadis@pemkab-99-02.example', 'task-assigned', null, null],
      ['kadis@pemkab-99-02.example', 'task-due-soon', '2026-11-29T16:59:59.999Z', condition],
    ]);
  });

  it('never emails the actor about their own action, by account or by address', () => {
    const holders = intent({ kind: 'position-holders', positionIds: ['P000110'] });
    expect(outboxRows(event('user-P000110'), transfer, [holders], directory)).toEqual([]);
    expect(outboxRows(event('twin-account'), transfer, [holders], directory)).toEqual([]);
    const employee = intent({ kind: 'employee', nip: '199011082014031006' }, 'hearing-requested');
    expect(outboxRows(event('asn-bambang'), transfer, [employee], directory)).toEqual([]);
    expect(outboxRows(event('operator-99-71'), transfer, [employee], directory)).toHaveLength(1);
    const later = { sendAt: '2027-07-01T01:00:00.000Z', condition: { kind: 'not-evaluated' } } as const;
    const reminder = {
      ...intent({ kind: 'user', username: 'operator-99-71' }, 'evaluation-due-proposer'),
      schedule: later,
    };
    expect(outboxRows(event('operator-99-71'), transfer, [reminder], directory)).toHaveLength(1);
  });

  it('names the people in the details instead of their user ids', () => {
    const returned = foldEvents(
      history(propose(), consent(), decideTask('s1-t1', 'return', holder('P000110'))),
    ) as Transfer;
    const [row] = outboxRows(
      event('user-P000110'),
      returned,
      [
        {
          template: 'proposal-returned',
          recipient: { kind: 'user', username: 'operator-99-71' },
          details: { reason: 'Lengkapi berkas', decidedBy: 'user-P000110', onBehalfOf: 'ghost' },
        },
      ],
      directory,
    );
    expect(row.params).toMatchObject({
      reason: 'Lengkapi berkas',
      decidedByName: 'Kepala Dinas',
      onBehalfOfName: 'ghost',
    });
    expect(row.params).not.toHaveProperty('decidedBy');
  });
});
