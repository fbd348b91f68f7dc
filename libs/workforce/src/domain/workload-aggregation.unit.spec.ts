import {
  agencyWorkloads,
  imbalanceOf,
  regionWorkloads,
  summarizeWorkload,
  unitWorkloads,
  type StaffedPosition,
} from './workload-aggregation';

const position = (
  positionId: string,
  unitId: string,
  annualWorkloadMinutes: number | null,
  existing: number,
): StaffedPosition => ({ positionId, unitId, annualWorkloadMinutes, existing });

// Disdukcapil Pesisir Timur (U1) and Kota Lestari (U2) from DOMAIN.md §4, each with a head
// position that has no workload analysis.
const positions = [
  position('P-head-1', 'U1', null, 1),
  position('P-data-1', 'U1', 208_200, 5),
  position('P-head-2', 'U2', null, 1),
  position('P-data-2', 'U2', 342_200, 3),
];

describe('summarizeWorkload', () => {
  it('given a unit with an unmeasured head, then the head counts as headcount only', () => {
    const summary = summarizeWorkload('U1', positions.slice(0, 2));
    expect(summary).toMatchObject({
      key: 'U1',
      positions: 2,
      measuredPositions: 1,
      headcount: 6,
      measuredHeadcount: 5,
      annualWorkloadMinutes: 208_200,
      required: 3,
      efficiency: 0.56,
      band: 'D',
    });
    expect(summary.positionWorkloads.map((p) => p.positionId)).toEqual(['P-data-1']);
  });

  it('given two positions, then required is the sum of each rounded position (not the rounded sum)', () => {
    // 1.4 + 1.4 people: each rounds to 1, so 2 are required; the sum 2.8 would round to 3.
    const summary = summarizeWorkload('U', [position('a', 'U', 105_000, 1), position('b', 'U', 105_000, 1)]);
    expect(summary.required).toBe(2);
    expect(summary.efficiency).toBe(1.4);
    expect(summary.band).toBe('A');
  });

  it('given only unmeasured positions, then no workload figures but the headcount', () => {
    const summary = summarizeWorkload('U', [position('a', 'U', null, 2)]);
    expect(summary).toMatchObject({ headcount: 2, measuredHeadcount: 0, required: 0, efficiency: null, band: null });
    expect(summary.imbalance.misplacedShare).toBeNull();
  });

  it('given a negative or fractional headcount, then RangeError', () => {
    expect(() => summarizeWorkload('U', [position('a', 'U', 1000, -1)])).toThrow(RangeError);
    expect(() => summarizeWorkload('U', [position('a', 'U', null, 0.5)])).toThrow(RangeError);
  });
});

describe('imbalance', () => {
  it('given the two Disdukcapil units in one region, then 2 misplaced of 8 required (25%), all transferable', () => {
    const [region] = regionWorkloads(positions, () => '99');
    expect(region.required).toBe(8);
    expect(region.imbalance).toEqual({
      surplus: 2,
      shortage: 2,
      netGap: 0,
      transferable: 2,
      misplaced: 2,
      misplacedShare: 0.25,
    });
  });

  it('given a surplus and a shortage inside one group, then they do not cancel out', () => {
    expect(imbalanceOf([3, -3], 10)).toMatchObject({ netGap: 0, misplaced: 3, misplacedShare: 0.3 });
  });

  it('given only a surplus, then nothing is transferable inside the group and the net gap shows it', () => {
    expect(imbalanceOf([2, 0], 10)).toEqual({
      surplus: 2,
      shortage: 0,
      netGap: 2,
      transferable: 0,
      misplaced: 1,
      misplacedShare: 0.1,
    });
  });

  it('given every position exactly staffed, then 0', () => {
    expect(imbalanceOf([0, 0], 4)).toMatchObject({ misplaced: 0, misplacedShare: 0 });
  });
});

describe('grouping', () => {
  it('given positions of two units, then one summary per unit in order of appearance', () => {
    expect(unitWorkloads(positions).map((u) => [u.key, u.band, u.imbalance.netGap])).toEqual([
      ['U1', 'D', 2],
      ['U2', 'A', -2],
    ]);
  });

  it('given units of two agencies, then one summary per agency', () => {
    const agencyOf = (unitId: string) => (unitId === 'U1' ? 'pemkab-99-02' : 'pemkab-99-71');
    expect(agencyWorkloads(positions, agencyOf).map((a) => [a.key, a.required, a.headcount])).toEqual([
      ['pemkab-99-02', 3, 6],
      ['pemkab-99-71', 5, 4],
    ]);
  });

  it('given a unit without a region (central agency), then it is left out of the regions', () => {
    const regions = regionWorkloads(positions, (unitId) => (unitId === 'U1' ? '99.02' : null));
    expect(regions.map((r) => r.key)).toEqual(['99.02']);
  });
});
