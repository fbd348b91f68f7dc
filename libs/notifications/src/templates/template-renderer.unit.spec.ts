import { cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES_DIR } from '../notifications-config';
import type { NotificationParams } from '../notification-params';
import { LANGUAGES, NOTIFICATION_TEMPLATES } from '../notification-template';
import { TemplateRenderer } from './template-renderer';

const HOSTILE = `<script>alert("x")</script> & 'quotes'`;

const params: NotificationParams = {
  recipientName: `Ayu <b>Permana</b>`,
  proposal: {
    transferId: '0b9c3a4e-7d2f-4c1a-9e55-3f8d2b6a1c00',
    employeeName: 'Bambang Setiawan, S.Kom.',
    employeeNip: '199011082014031006',
    kind: 'B',
    reason: HOSTILE,
    requestedEffectiveDate: '2027-01-01',
    origin: {
      positionTitle: 'Pengolah Data',
      unitName: 'Disdukcapil Pesisir Timur',
      agencyName: 'Pemkab Pesisir Timur',
    },
    target: { positionTitle: 'Analis Data', unitName: 'Disdukcapil Kota Lestari', agencyName: 'Pemkot Lestari' },
  },
  task: {
    id: 's1-t1',
    type: 'approval',
    chainRole: 'unit_head',
    side: 'origin',
    purpose: 'recommend',
    required: 1,
    stageIndex: 1,
  },
  dueAt: '2026-11-30T16:59:59.999Z',
  reason: HOSTILE,
  decidedByName: 'Kepala Dinas',
  onBehalfOfName: 'Sekretaris Daerah',
  escalatedFrom: 'unit_head',
  delegatedByName: 'Kepala Dinas',
  delegation: { from: '2026-11-24', to: '2026-12-31' },
  withdrawnByName: 'Operator Lestari',
  decree: { decreeNumber: '800/123/BKD/2026', decreeDate: '2026-12-01', effectiveDate: '2027-01-01' },
  effectiveDate: '2027-01-01',
  evaluationFrom: '2027-07-01',
  evaluation: { performanceScore: 82, adaptation: 'good', notes: HOSTILE },
};

describe('email templates', () => {
  const renderer = new TemplateRenderer(DEFAULT_TEMPLATES_DIR, 'https://mutasi.example.go.id');
  const link = 'https://mutasi.example.go.id/app/transfers/0b9c3a4e-7d2f-4c1a-9e55-3f8d2b6a1c00';

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(NOTIFICATION_TEMPLATES)('%s renders subject, HTML and text with the link and no gaps', (template) => {
      const email = renderer.render(template, language, params);
      expect(email.subject).toMatch(/^\S.*\S$/);
      expect(email.subject).not.toMatch(/\n/);
      for (const part of [email.subject, email.html, email.text]) {
        expect(part).not.toMatch(/undefined|null|\[object|\{\{|NaN/);
      }
      expect(email.html).toContain(`href="${link}"`);
      expect(email.text).toContain(link);
      expect(email.html).toContain('Ayu &lt;b&gt;Permana&lt;/b&gt;');
      expect(email.html).not.toContain('<script>');
      expect(email.html).not.toContain('<b>Permana');
      expect(email.text).toContain('Ayu <b>Permana</b>');
      expect(email.text).toContain(language === 'id' ? 'Yth.' : 'Dear');
    });
  });

  it('says what to do and by when, in the recipient’s language and in Jakarta time', () => {
    const id = renderer.render('task-assigned', 'id', params);
    expect(id.subject).toBe(
      'Tugas baru: rekomendasi usulan mutasi Bambang Setiawan, S.Kom., batas Senin, 30 November 2026 pukul 23.59 WIB',
    );
    expect(id.text).toContain('Mohon memutuskan: setujui, tolak, atau kembalikan untuk perbaikan');
    expect(id.text).toContain('Dari: Pengolah Data, Disdukcapil Pesisir Timur (Pemkab Pesisir Timur)');
    expect(id.text).toContain('TMT diusulkan: 1 Januari 2027');
    const en = renderer.render('task-assigned', 'en', params);
    expect(en.subject).toBe(
      'New task: recommendation for the transfer of Bambang Setiawan, S.Kom., due Monday, 30 November 2026 at 23:59 WIB',
    );
    expect(en.text).toContain('Requested effective date: 1 January 2027');
  });

  it('keeps user text as plain text in the text part and escapes it in the HTML part', () => {
    const email = renderer.render('proposal-returned', 'id', params);
    expect(email.text).toContain(`Alasan pengembalian: ${HOSTILE}`);
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27;');
    expect(email.text).toContain('oleh Kepala Dinas atas nama Sekretaris Daerah.');
  });

  it.each(LANGUAGES)('collapses line breaks in names and titles in the plain-text parts (%s)', (language) => {
    const injected = 'Bambang\r\nBcc: attacker@example.com\r\n\r\nhttps://phish.example/login';
    const hostile: NotificationParams = {
      ...params,
      recipientName: injected,
      proposal: {
        ...params.proposal,
        employeeName: injected,
        target: { ...params.proposal.target, positionTitle: `Analis\nBcc: x@example.com` },
      },
    };
    for (const template of NOTIFICATION_TEMPLATES) {
      const email = renderer.render(template, language, hostile);
      for (const part of [email.subject, email.text]) {
        expect(part).not.toMatch(/^Bcc:/m);
        expect(part).not.toMatch(/^https:\/\/phish/m);
      }
      expect(email.text).toContain('Bambang Bcc: attacker@example.com https://phish.example/login');
    }
  });

  it('refuses to start when a template file is missing, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutasi-templates-'));
    try {
      cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
      unlinkSync(join(dir, 'en', 'decree-issued.text.hbs'));
      expect(() => new TemplateRenderer(dir, 'http://x')).toThrow(/en\/decree-issued\.text\.hbs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
