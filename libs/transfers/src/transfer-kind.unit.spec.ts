import type { AgencySnapshot } from './snapshots';
import { transferKind } from './transfer-kind';

const agency = (id: string, kind: AgencySnapshot['kind'], regionCode: string): AgencySnapshot => ({
  id,
  kind,
  regionCode,
});
const pemprov99 = agency('pemprov-99', 'provincial', '99');
const bukitRaya = agency('pemkab-99-01', 'regional', '99.01');
const kotaLestari = agency('pemkab-99-71', 'regional', '99.71');
const pemprov98 = agency('pemprov-98', 'provincial', '98');
const kotaSabangau = agency('pemkab-98-71', 'regional', '98.71');
const kemenkes = agency('kemenkes', 'central', '');
const bkn = agency('bkn', 'central', '');

describe('transferKind', () => {
  it.each([
    ['A', 'within one agency', bukitRaya, bukitRaya],
    ['B', 'kab/kota → kab/kota, same province', bukitRaya, kotaLestari],
    ['C', 'province → kab/kota, same province', pemprov99, kotaLestari],
    ['D', 'kab/kota → province, same province', bukitRaya, pemprov99],
    ['E', 'kab/kota → kab/kota, other province', bukitRaya, kotaSabangau],
    ['F', 'kab/kota → other province', bukitRaya, pemprov98],
    ['G', 'province → kab/kota of another province', pemprov99, kotaSabangau],
    ['G', 'province → province', pemprov99, pemprov98],
    ['H', 'central → regional', kemenkes, bukitRaya],
    ['H', 'regional → central', pemprov99, kemenkes],
    ['H', 'between central agencies', kemenkes, bkn],
  ])('%s: %s', (kind, _, origin, target) => {
    expect(transferKind(origin, target)).toBe(kind);
  });
});
