import type { ParsedMail } from 'mailparser';
import { ManualClock } from '@mutasi/platform';
import { SmtpSink } from '../support/smtp-sink';
import { afterDutyDocuments, decreeDocuments } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { TransferClient } from '../support/transfer-client';

const PUBLIC_URL = 'https://mutasi.example.go.id';
const BAMBANG = '199011082014031006';
const OPERATOR = 'operator-99-71';
/** Siti Rahmawati (Dinkes Bukit Raya → Dinkes Kota Lestari, kind B); her origin head delegates to the Sekda. */
const SITI = '198804172011032007';
const ORIGIN_HEAD = 'kepala-dinas-kesehatan-p000060';
const DELEGATE = 'sekretaris-daerah-p000043';

const EMPLOYEE_EMAIL = 'bambang.setiawan@pemkab-99-02.mutasi.example';
const OPERATOR_EMAIL = 'operator@pemkab-99-71.mutasi.example';
/** The holders of the kind-B chain of Bambang's proposal (users.csv), stage by stage. */
const CHAIN_EMAILS = [
  'fajar.manurung@pemkab-99-02.mutasi.example',
  'agus.sari@pemkab-99-71.mutasi.example',
  'walikota-lestari@pemkab-99-71.mutasi.example',
  'bupati-pesisir-timur@pemkab-99-02.mutasi.example',
  'imam.pratama@bkn.mutasi.example',
  'gubernur-nusa-lestari@pemprov-99.mutasi.example',
];

type Mail = { to: string; subject: string; text: string; html: string; notificationId: string };

/** Email over the life of a demo proposal, driven over HTTP, received by a real SMTP server. */
describe('email notifications of a proposal, end to end', () => {
  const clock = new ManualClock(new Date('2026-11-23T02:00:00.000Z'));
  let sink: SmtpSink;
  let app: TestApp;
  let client: TransferClient;
  let seen = 0;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startTestApp('notifications_lifecycle', {
      withWorker: true,
      clock,
      env: { SMTP_URL: sink.url, PUBLIC_URL, OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100' },
    });
    client = new TransferClient(app);
    const pool = app.db.pool({ max: 1 });
    await pool.query(`UPDATE users SET language = 'en' WHERE employee_nip = $1`, [BAMBANG]);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  /** The emails received since the last call, once there are `count` of them (and no more arrive). */
  async function nextEmails(count: number): Promise<Mail[]> {
    expect(await sink.waitFor(seen + count, 20000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fresh = sink.received.slice(seen);
    seen = sink.received.length;
    const parsed = await Promise.all(fresh.map((email) => sink.parse(email)));
    return parsed
      .map((mail: ParsedMail, i) => ({
        to: fresh[i].envelopeTo.join(','),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
        notificationId: fresh[i].notificationId ?? '',
      }))
      .sort((a, b) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject));
  }

  const ok = async (response: Promise<{ status: number; body: unknown }>, status = 200) => {
    const { status: actual, body } = await response;
    if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${JSON.stringify(body)}`);
    return body as Record<string, unknown>;
  };

  it('tells each person the right thing once, in their language, with a link to the proposal', async () => {
    const proposed = await ok(client.propose(OPERATOR, BAMBANG, 'P000236'), 201);
    const id = String(proposed.id);
    const link = `${PUBLIC_URL}/app/transfers/${id}`;

    const proposal = await nextEmails(2);
    expect(proposal.map((m) => [m.to, m.subject])).toEqual([
      [EMPLOYEE_EMAIL, 'A transfer has been proposed for you: Pengolah Data dan Informasi'],
      [EMPLOYEE_EMAIL, 'Please answer the proposed transfer by Monday, 30 November 2026 at 23:59 WIB'],
    ]);
    for (const mail of proposal) {
      expect(mail.text).toContain('Dear Bambang Setiawan, S.Kom.,');
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
    }
    expect(proposal[0].text).toContain('Pengolah Data dan Informasi, Dinas Kependudukan dan Pencatatan Sipil');

    const approved = await client.walkChain(id);
    expect(approved.status).toBe('APPROVED');
    const chain = await nextEmails(CHAIN_EMAILS.length + 2);
    const byRecipient = new Map(chain.map((m) => [m.to, m]));
    expect([...byRecipient.keys()].sort()).toEqual([...CHAIN_EMAILS, EMPLOYEE_EMAIL, OPERATOR_EMAIL].sort());
    for (const address of CHAIN_EMAILS) {
      const mail = byRecipient.get(address) as Mail;
      expect(mail.subject).toMatch(/^Tugas baru: .* usulan mutasi Bambang Setiawan, S\.Kom\., batas .* WIB$/);
      expect(mail.text).toMatch(/^Yth\. /);
      expect(mail.text).toContain('paling lambat');
      expect(mail.text).toContain(link);
    }
    expect(byRecipient.get('imam.pratama@bkn.mutasi.example')?.text).toContain(
      'Mohon memberikan pertimbangan: direkomendasikan atau tidak direkomendasikan',
    );
    expect(byRecipient.get(EMPLOYEE_EMAIL)?.subject).toBe('Your proposed transfer was approved');
    expect(byRecipient.get(OPERATOR_EMAIL)?.subject).toBe(
      'Usulan mutasi Bambang Setiawan, S.Kom. disetujui: mohon catat SK',
    );

    await ok(
      client.post(OPERATOR, `/transfers/${id}/execute`, {
        decreeNumber: '800/321/BKD/2026',
        decreeDate: '2026-11-23',
        effectiveDate: '2026-11-23',
        documents: await decreeDocuments(app, OPERATOR, 'lifecycle'),
      }),
    );
    const executed = await nextEmails(2);
    expect(executed.map((m) => [m.to, m.subject])).toEqual([
      [EMPLOYEE_EMAIL, 'Your transfer decree was issued: effective 23 November 2026'],
      [EMPLOYEE_EMAIL, 'Your transfer takes effect on 23 November 2026'],
    ]);
    expect(executed[0].text).toContain('Decree number: 800/321/BKD/2026');

    clock.set(new Date('2027-05-24T02:00:00.000Z'));
    const due = await nextEmails(2);
    expect(due.map((m) => [m.to, m.subject])).toEqual([
      [EMPLOYEE_EMAIL, 'Your post-transfer evaluation starts 23 May 2027'],
      [OPERATOR_EMAIL, 'Evaluasi mutasi Bambang Setiawan, S.Kom. sudah dapat dicatat'],
    ]);
    const reminders = await app.db
      .pool({ max: 1 })
      .query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM notifications WHERE transfer_id = $1 AND template = 'task-due-soon' GROUP BY status`,
        [id],
      );
    expect(reminders.rows).toEqual([{ status: 'cancelled', n: CHAIN_EMAILS.length }]);
    await ok(
      client.post(OPERATOR, `/transfers/${id}/evaluate`, {
        performanceScore: 88,
        adaptation: 'good',
        notes: 'Cepat beradaptasi <b>di unit baru</b>',
        documents: await afterDutyDocuments(app, OPERATOR, 'lifecycle'),
      }),
    );
    const [evaluated] = await nextEmails(1);
    expect(evaluated).toMatchObject({ to: EMPLOYEE_EMAIL, subject: 'The evaluation of your transfer' });
    expect(evaluated.text).toContain('Notes: Cepat beradaptasi <b>di unit baru</b>');
    expect(evaluated.html).toContain('Cepat beradaptasi &lt;b&gt;di unit baru&lt;/b&gt;');

    expect(sink.received).toHaveLength(15);
    expect(sink.duplicates()).toBe(0);
    const log = await app
      .http()
      .get('/notifications?status=sent&limit=100')
      .set('authorization', `Bearer ${await app.token('auditor')}`)
      .expect(200);
    expect(log.body.items).toHaveLength(15);
    expect(new Set(log.body.items.map((n: { id: string }) => n.id))).toEqual(
      new Set(sink.received.map((e) => e.notificationId)),
    );
  });

  it('tells a standing delegate of a new task too, and never the one who acted', async () => {
    clock.set(new Date('2026-11-23T02:00:00.000Z'));
    const delegation = { delegateUserId: DELEGATE, from: '2026-11-23', to: '2026-12-31' };
    await ok(client.post(ORIGIN_HEAD, '/delegations', delegation), 201);
    const id = String((await ok(client.propose(OPERATOR, SITI, 'P000227'), 201)).id);
    expect((await nextEmails(2)).map((m) => [m.to, m.subject])).toEqual([
      [
        'siti.rahmawati@pemkab-99-01.mutasi.example',
        'Mohon tanggapan Anda atas usulan mutasi paling lambat Senin, 30 November 2026 pukul 23.59 WIB',
      ],
      ['siti.rahmawati@pemkab-99-01.mutasi.example', 'Usulan mutasi untuk Anda: Perawat Ahli Muda'],
    ]);
    await ok(client.decide(`asn-${SITI}`, id, 's0-t1', 'consent'));
    const opened = await nextEmails(3);
    expect(opened.map((m) => m.to)).toEqual([
      'nyoman.ginting@pemkab-99-01.mutasi.example',
      'putri.hidayat@pemkab-99-01.mutasi.example',
      'rahma.nugroho2@pemkab-99-71.mutasi.example',
    ]);

    await ok(client.decide(DELEGATE, id, 's1-t1', 'reject', 'Formasi belum tersedia', { onBehalfOf: ORIGIN_HEAD }));
    const rejected = await nextEmails(2);
    expect(rejected.map((m) => [m.to, m.subject])).toEqual([
      [OPERATOR_EMAIL, 'Usulan mutasi Siti Rahmawati, S.Kep., Ns. ditolak'],
      ['siti.rahmawati@pemkab-99-01.mutasi.example', 'Usulan mutasi Anda ditolak'],
    ]);
    expect(rejected[1].text).toContain('ditolak oleh Nyoman Ginting, S.IP. atas nama Putri Hidayat, S.AP.');
    expect(rejected[1].text).toContain('Alasan penolakan: Formasi belum tersedia');
    expect(sink.duplicates()).toBe(0);
  });

  it('reminds the holders of a task still open as it falls due, and nobody whose task is done', async () => {
    clock.set(new Date('2026-11-23T02:00:00.000Z'));
    const id = String((await ok(client.propose(OPERATOR, SITI, 'P000227'), 201)).id);
    await ok(client.decide(`asn-${SITI}`, id, 's0-t1', 'consent'));
    await ok(client.decide('kepala-dinas-kesehatan-p000224', id, 's1-t2', 'approve'));
    expect(await nextEmails(5)).toHaveLength(5);

    clock.set(new Date('2026-11-30T00:00:00.000Z'));
    const reminded = await nextEmails(2);
    expect(reminded.map((m) => [m.to, m.subject])).toEqual([
      [
        'nyoman.ginting@pemkab-99-01.mutasi.example',
        'Pengingat: rekomendasi usulan mutasi Siti Rahmawati, S.Kep., Ns. jatuh tempo Senin, 30 November 2026 pukul 23.59 WIB',
      ],
      [
        'putri.hidayat@pemkab-99-01.mutasi.example',
        'Pengingat: rekomendasi usulan mutasi Siti Rahmawati, S.Kep., Ns. jatuh tempo Senin, 30 November 2026 pukul 23.59 WIB',
      ],
    ]);
    expect(reminded[1].text).toContain('masih menunggu rekomendasi Anda sebagai kepala unit kerja (instansi asal)');
  });

  it('shows the log to admins and auditors, and to everyone else only what was sent to them', async () => {
    const as = async (username: string, query = '') =>
      app
        .http()
        .get(`/notifications${query}`)
        .set('authorization', `Bearer ${await app.token(username)}`);
    const own = await as(`asn-${BAMBANG}`);
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBe(7);
    expect(new Set(own.body.items.map((n: { recipient: string }) => n.recipient))).toEqual(new Set([EMPLOYEE_EMAIL]));
    expect(own.body.items[0]).toMatchObject({
      template: 'transfer-evaluated',
      language: 'en',
      status: 'sent',
      attempts: 1,
    });
    expect((await as(`asn-${BAMBANG}`, `?recipient=${OPERATOR_EMAIL}`)).status).toBe(403);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const page = await as('admin', `?recipient=${OPERATOR_EMAIL.toUpperCase()}&status=sent&limit=1${after}`);
      expect(page.body.items).toHaveLength(1);
      seen.push(page.body.items[0].template);
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['proposal-rejected-proposer', 'evaluation-due-proposer', 'proposal-approved-proposer']);
    expect((await as('admin', '?status=failed')).body.items).toEqual([]);
    expect((await as('admin', '?status=lost')).status).toBe(400);
  });

  it('offers the queue dashboard to admins only, and the queue and outcomes as metrics', async () => {
    expect((await app.http().get('/admin/queues')).status).toBe(401);
    const operator = await app
      .http()
      .get('/admin/queues')
      .set('authorization', `Bearer ${await app.token(OPERATOR)}`);
    expect(operator.status).toBe(403);
    const admin = `Bearer ${await app.token('admin')}`;
    const page = await app.http().get('/admin/queues').set('authorization', admin);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await app.http().get('/admin/queues/api/queues').set('authorization', admin);
    expect(queues.status).toBe(200);
    expect(JSON.stringify(queues.body)).toContain('notification-email');
    const basic = Buffer.from('admin:mutasi-demo-2026').toString('base64');
    expect((await app.http().get('/admin/queues').set('authorization', `Basic ${basic}`)).status).toBe(200);

    const metrics = await app
      .http()
      .get('/metrics')
      .set('authorization', `Bearer ${await app.token('admin')}`)
      .expect(200);
    expect(metrics.text).toContain('mutasi_notifications{status="sent"} 29');
    expect(metrics.text).toContain('mutasi_notifications{status="cancelled"} 10');
    expect(metrics.text).toContain('mutasi_notifications{status="scheduled"} 0');
    expect(metrics.text).toContain('mutasi_notifications{status="failed"} 0');
    expect(metrics.text).toMatch(/mutasi_email_queue_jobs\{state="waiting"\} 0/);
    expect(metrics.text).toContain('mutasi_notification_send_attempts 29');
  });
});
