import {
  compareRanks,
  isRankAtLeast,
  parseRank,
  rankGolongan,
  rankName,
  rankOrdinal,
  RANK_CODES,
  validateRank,
  type Rank,
} from './rank';

describe('rank', () => {
  it('has the 17 ranks from I/a to IV/e in order', () => {
    expect(RANK_CODES).toHaveLength(17);
    expect(RANK_CODES[0]).toBe('I/a');
    expect(RANK_CODES[16]).toBe('IV/e');
  });

  it.each([
    ['I/a', 'Juru Muda'],
    ['I/b', 'Juru Muda Tingkat I'],
    ['II/c', 'Pengatur'],
    ['III/a', 'Penata Muda'],
    ['III/d', 'Penata Tingkat I'],
    ['IV/a', 'Pembina'],
    ['IV/c', 'Pembina Utama Muda'],
    ['IV/d', 'Pembina Utama Madya'],
    ['IV/e', 'Pembina Utama'],
  ] as const)('names %s %s', (code, name) => {
    expect(rankName(code)).toBe(name);
  });

  it.each(['I/a', 'II/d', 'III/c', 'IV/e'])('given the CSV code %s, then parseRank returns it', (code) => {
    expect(parseRank(code)).toBe(code);
  });

  it.each(['iii/c', 'III/C', 'IIIc', 'III-c', 'III / c', ' III/c', 'V/a', 'IV/f', 'IX', ''])(
    'given %p, then parseRank returns null',
    (text) => {
      expect(parseRank(text)).toBeNull();
    },
  );

  it('given II/d and III/a, then II/d is lower: golongan outranks ruang', () => {
    expect(compareRanks('II/d', 'III/a')).toBeLessThan(0);
    expect(compareRanks('III/a', 'II/d')).toBeGreaterThan(0);
    expect(compareRanks('III/c', 'III/c')).toBe(0);
  });

  it('sorts ranks with compareRanks', () => {
    const ranks: Rank[] = ['IV/a', 'I/a', 'III/d', 'II/b'];
    expect([...ranks].sort(compareRanks)).toEqual(['I/a', 'II/b', 'III/d', 'IV/a']);
  });

  it('given a minimum, then isRankAtLeast accepts equal and higher and refuses lower', () => {
    expect(isRankAtLeast('III/c', 'III/c')).toBe(true);
    expect(isRankAtLeast('IV/a', 'III/c')).toBe(true);
    expect(isRankAtLeast('III/b', 'III/c')).toBe(false);
  });

  it('numbers ranks from 0 and tells the golongan', () => {
    expect(rankOrdinal('I/a')).toBe(0);
    expect(rankOrdinal('IV/e')).toBe(16);
    expect(rankGolongan('III/b')).toBe('III');
  });

  it('given an unknown rank, then validateRank reports UNKNOWN_RANK; given a known one, nothing', () => {
    expect(validateRank('IV/b')).toEqual([]);
    expect(validateRank('IV/f')).toEqual([{ code: 'UNKNOWN_RANK', message: expect.stringContaining('IV/f') }]);
  });
});
