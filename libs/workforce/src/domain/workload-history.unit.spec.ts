import { abkYearRange, isAbkYear } from './abk-year';
import { staffThen, unitWorkloadHistory, type ExecutedMove } from './workload-history';

const UNIT = 'U000085';
const move = (over: Partial<ExecutedMove>): ExecutedMove => ({
  transferId: 't1',
  effectiveDate: '2026-03-02',
  fromPositionId: 'P000205',
  fromUnitId: UNIT,
  toPositionId: 'P000170',
  toUnitId: 'U000071',
  ...over,
});

describe('ABK years', () => {
  it('given today in 2026, then an ABK may be for 2000 up to 2027', () => {
    expect(abkYearRange('2026-11-23')).toEqual({ first: 2000, last: 2027 });
    expect([1999, 2000, 2026, 2027, 2028, 2025.5].map((y) => isAbkYear(y, '2026-11-23'))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('staffThen', () => {
  it('given moves in and out since, then the staff before them', () => {
    expect(staffThen(3, 1, 2)).toBe(4);
  });

  it('given more moves in than staff now (an import moved people since), then 0', () => {
    expect(staffThen(1, 3, 0)).toBe(0);
  });
});

describe('unitWorkloadHistory', () => {
  const staffNow = new Map([
    ['P000204', 1],
    ['P000205', 2],
  ]);
  const figures = [
    { positionId: 'P000205', year: 2026, annualWorkloadMinutes: 198_707 },
    { positionId: 'P000205', year: 2025, annualWorkloadMinutes: 218_600 },
  ];

  it('given two years and no move, then each year against the staff now, oldest first, no move between', () => {
    const history = unitWorkloadHistory(UNIT, staffNow, figures, []);
    expect(history.years).toEqual([
      {
        year: 2025,
        measuredOn: '2025-12-31',
        measuredPositions: 1,
        annualWorkloadMinutes: 218_600,
        required: 3,
        actual: 2,
        gap: -1,
        efficiency: 1.46,
        band: 'A',
      },
      {
        year: 2026,
        measuredOn: '2026-12-31',
        measuredPositions: 1,
        annualWorkloadMinutes: 198_707,
        required: 3,
        actual: 2,
        gap: -1,
        efficiency: 1.32,
        band: 'A',
      },
    ]);
    expect(history.movesBetween).toEqual([{ fromYear: 2025, toYear: 2026, movedIn: 0, movedOut: 0, moves: [] }]);
  });

  it('given a move out in 2026, then 2025 counts the person back and the move lies between 2025 and 2026', () => {
    const history = unitWorkloadHistory(UNIT, new Map([['P000205', 1]]), figures, [move({})]);
    expect(history.years.map((y) => [y.year, y.actual])).toEqual([
      [2025, 2],
      [2026, 1],
    ]);
    expect(history.movesBetween).toEqual([
      {
        fromYear: 2025,
        toYear: 2026,
        movedIn: 0,
        movedOut: 1,
        moves: [
          {
            transferId: 't1',
            effectiveDate: '2026-03-02',
            direction: 'out',
            positionId: 'P000205',
            otherPositionId: 'P000170',
            otherUnitId: 'U000071',
          },
        ],
      },
    ]);
  });

  it('given a move in on 31 December, then it counts for that year and lies between the previous year and it', () => {
    const into = move({
      fromPositionId: 'P000170',
      fromUnitId: 'U000071',
      toPositionId: 'P000205',
      toUnitId: UNIT,
      effectiveDate: '2026-12-31',
    });
    const history = unitWorkloadHistory(UNIT, new Map([['P000205', 3]]), figures, [into]);
    expect(history.years.map((y) => [y.year, y.actual])).toEqual([
      [2025, 2],
      [2026, 3],
    ]);
    expect(history.movesBetween[0]).toMatchObject({ movedIn: 1, movedOut: 0, moves: [{ direction: 'in' }] });
  });

  it('given a move between two positions of the unit, then staff shifts between them but no move in or out is listed', () => {
    const inside = move({ fromPositionId: 'P000204', toPositionId: 'P000205', toUnitId: UNIT });
    const history = unitWorkloadHistory(UNIT, staffNow, figures, [inside]);
    expect(history.years.map((y) => [y.year, y.actual])).toEqual([
      [2025, 1],
      [2026, 2],
    ]);
    expect(history.movesBetween[0]).toMatchObject({ movedIn: 0, movedOut: 0, moves: [] });
  });

  it('given a move before the first year’s end, then it is in no interval', () => {
    const early = move({ effectiveDate: '2025-06-01' });
    const history = unitWorkloadHistory(UNIT, new Map([['P000205', 1]]), figures, [early]);
    expect(history.years.map((y) => y.actual)).toEqual([1, 1]);
    expect(history.movesBetween[0].moves).toEqual([]);
  });

  it('given a position measured in one year only, then the other year leaves it out', () => {
    const history = unitWorkloadHistory(
      UNIT,
      staffNow,
      [...figures, { positionId: 'P000204', year: 2026, annualWorkloadMinutes: 75_000 }],
      [],
    );
    expect(history.years.map((y) => [y.year, y.measuredPositions, y.required, y.actual])).toEqual([
      [2025, 1, 3, 2],
      [2026, 2, 4, 3],
    ]);
  });

  it('given no figure, then no year and no interval', () => {
    expect(unitWorkloadHistory(UNIT, staffNow, [], [])).toEqual({ unitId: UNIT, years: [], movesBetween: [] });
  });
});
