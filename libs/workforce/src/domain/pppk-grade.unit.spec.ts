import { comparePppkGrades, parsePppkGrade, pppkGradeNumber } from './pppk-grade';

describe('PPPK grade', () => {
  it.each(['I', 'IX', 'XVII'])('given %s, then it parses', (text) => {
    expect(parsePppkGrade(text)).toBe(text);
  });

  it.each(['XVIII', 'ix', 'III/a', '9', ''])('given %p, then null', (text) => {
    expect(parsePppkGrade(text)).toBeNull();
  });

  it('numbers and orders grades', () => {
    expect(pppkGradeNumber('IX')).toBe(9);
    expect(comparePppkGrades('IV', 'IX')).toBeLessThan(0);
  });
});
