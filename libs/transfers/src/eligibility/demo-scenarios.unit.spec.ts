import { previewTransfer } from '../preview-transfer';
import { proposalInput } from '../testing/builders';
import { DEMO_TODAY, SCENARIOS } from '../testing/demo-data';
import type { EligibilityCode, EligibilityLevel } from './eligibility-rule';

/** shared/demo/scenarios.csv: each scenario employee gets the outcome its row describes (today 2026-11-23). */
const EXPECTED: Record<string, Partial<Record<EligibilityCode, EligibilityLevel>>> = {
  // eligible; follows spouse to Dinas Kesehatan Kota Lestari (in post since 2019)
  '198804172011032007': { ELIGIBILITY_ROTATION_DUE: 'warning' },
  // eligible; to Dinas Kesehatan of the province (PNS 2018: before the 10-year pledge cohorts)
  '199302142017122001': { ELIGIBILITY_ROTATION_DUE: 'warning' },
  // eligible; from a surplus unit to Disdukcapil Kota Lestari
  '199011082014031006': { ELIGIBILITY_ROTATION_DUE: 'warning' },
  // rotation inside the agency allowed
  '199709052022061003': {},
  // blocked: disciplinary sentence running
  '198501302009021004': { ELIGIBILITY_DISCIPLINARY: 'blocking', ELIGIBILITY_ROTATION_DUE: 'warning' },
  // blocked: last performance rating below baik
  '198706092010012005': { ELIGIBILITY_PERFORMANCE: 'blocking', ELIGIBILITY_ROTATION_DUE: 'warning' },
  // warning: under 2 years in post
  '199007122015051002': { ELIGIBILITY_MIN_TENURE: 'warning' },
  // warning: retires within two years (BUP 58)
  '197011231996032002': { ELIGIBILITY_RETIRING_SOON: 'warning', ELIGIBILITY_ROTATION_DUE: 'warning' },
  // within one agency: to Bagian Umum, Sekretariat Daerah
  '199103212013091001': { ELIGIBILITY_ROTATION_DUE: 'warning' },
  // between provinces: to Dinas Pendidikan of Kota Sabangau
  '198408022009032004': { ELIGIBILITY_ROTATION_DUE: 'warning' },
  // from the central hospital to a regional government
  '198912012014022003': { ELIGIBILITY_ROTATION_DUE: 'warning' },
};

describe('demo scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.scenario, s]))('%s', (_, scenario) => {
    const preview = previewTransfer(proposalInput(scenario.nip, scenario.targetPositionId), DEMO_TODAY);

    expect(preview.kind).toBe(scenario.kind);
    expect(Object.fromEntries(preview.eligibility.map((r) => [r.code, r.level]))).toEqual(EXPECTED[scenario.nip]);
    expect(preview.chain[0].tasks).toEqual([expect.objectContaining({ type: 'hearing', chainRole: 'employee' })]);
  });

  it('blocks Andi Pratama’s move to another agency by the 10-year pledge', () => {
    const preview = previewTransfer(proposalInput('199709052022061003', 'P000236'), DEMO_TODAY);

    expect(preview.kind).toBe('B');
    expect(preview.eligibility).toContainEqual(
      expect.objectContaining({ code: 'ELIGIBILITY_TEN_YEAR_PLEDGE', level: 'blocking' }),
    );
  });

  it('warns of Dewi Lestari Ningsih’s retirement even for a move effective today', () => {
    const input = { ...proposalInput('197011231996032002', 'P000243'), requestedEffectiveDate: DEMO_TODAY };
    const retiring = previewTransfer(input, DEMO_TODAY).eligibility.find((r) => r.code === 'ELIGIBILITY_RETIRING_SOON');

    expect(retiring?.details).toEqual({ retirementAge: 58, reachesAgeOn: '2028-11-23', pensionDate: '2028-12-01' });
  });

  it('blocks the PPPK nurse: PNS-only', () => {
    const preview = previewTransfer(proposalInput('199505152022211001', 'P000227'), DEMO_TODAY);

    expect(preview.eligibility).toContainEqual(
      expect.objectContaining({ code: 'ELIGIBILITY_NOT_PNS', level: 'blocking' }),
    );
  });
});
