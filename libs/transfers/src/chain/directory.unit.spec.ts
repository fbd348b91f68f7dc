import { DEMO_DIRECTORY } from '../testing/demo-data';
import { holdersOf, type SideRef } from './directory';

const pesisirTimurDisdukcapil: SideRef = { agencyId: 'pemkab-99-02', topUnitId: 'U000046', regionCode: '99.02' };
const kotaSabangau: SideRef = { agencyId: 'pemkab-98-71', topUnitId: 'U000142', regionCode: '98.71' };

describe('holdersOf', () => {
  it('finds the unit head of the OPD', () => {
    expect(holdersOf('unit_head', pesisirTimurDisdukcapil, DEMO_DIRECTORY)).toEqual(['P000110']);
  });

  it('finds agency roles in the agency', () => {
    expect(holdersOf('personnel_head', pesisirTimurDisdukcapil, DEMO_DIRECTORY)).toEqual(['P000089']);
    expect(holdersOf('ppk', pesisirTimurDisdukcapil, DEMO_DIRECTORY)).toEqual(['P000083']);
    expect(holdersOf('tpk_member', pesisirTimurDisdukcapil, DEMO_DIRECTORY)).toEqual(['P000084', 'P000085', 'P000091']);
  });

  it('finds the governor and the BKN regional office of the side’s province', () => {
    expect(holdersOf('governor', pesisirTimurDisdukcapil, DEMO_DIRECTORY)).toEqual(['P000001']);
    expect(holdersOf('bkn_regional', pesisirTimurDisdukcapil, DEMO_DIRECTORY)).toEqual(['P000371']);
    expect(holdersOf('governor', kotaSabangau, DEMO_DIRECTORY)).toEqual(['P000247']);
    expect(holdersOf('bkn_regional', kotaSabangau, DEMO_DIRECTORY)).toEqual(['P000373']);
  });

  it('finds national roles anywhere', () => {
    expect(holdersOf('bkn_head', null, DEMO_DIRECTORY)).toEqual(['P000370']);
    expect(holdersOf('mendagri', null, DEMO_DIRECTORY)).toEqual(['P000375']);
  });

  it('finds no governor for a central agency', () => {
    expect(
      holdersOf('governor', { agencyId: 'kemenkes', topUnitId: 'U000160', regionCode: '' }, DEMO_DIRECTORY),
    ).toEqual([]);
  });
});
