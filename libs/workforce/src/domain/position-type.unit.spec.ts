import { functionalFamilyFromTitle, functionalLevelFromTitle } from './functional-level';
import { isCivilServicePosition, isPositionType, positionCategory, POSITION_TYPES } from './position-type';

describe('position type', () => {
  it('has the nine types of PRODUCT.md §6', () => {
    expect(POSITION_TYPES).toHaveLength(9);
  });

  it.each(['jpt_pratama', 'pelaksana', 'fungsional_keterampilan', 'official'])('accepts %s', (text) => {
    expect(isPositionType(text)).toBe(true);
  });

  it.each(['JPT_PRATAMA', 'eselon_2', 'fungsional', ''])('refuses %p', (text) => {
    expect(isPositionType(text)).toBe(false);
  });

  it.each([
    ['jpt_madya', 'jpt'],
    ['pengawas', 'administration'],
    ['fungsional_ahli', 'functional'],
    ['official', 'official'],
  ] as const)('puts %s in category %s', (type, category) => {
    expect(positionCategory(type)).toBe(category);
  });

  it('treats only official as a non-civil-service position', () => {
    expect(POSITION_TYPES.filter((t) => !isCivilServicePosition(t))).toEqual(['official']);
  });
});

describe('functionalLevelFromTitle', () => {
  it.each([
    ['Perawat Ahli Muda', 'ahli_muda'],
    ['Guru Ahli Pertama', 'ahli_pertama'],
    ['Analis Kebijakan Ahli Madya', 'ahli_madya'],
    ['Widyaiswara Ahli Utama', 'ahli_utama'],
    ['Pranata Laboratorium Kesehatan Terampil', 'terampil'],
    ['Perawat Penyelia', 'penyelia'],
  ] as const)('given "%s", then %s', (title, level) => {
    expect(functionalLevelFromTitle(title)).toBe(level);
  });

  it('given a title without a level, then null', () => {
    expect(functionalLevelFromTitle('Pengolah Data dan Informasi')).toBeNull();
  });
});

describe('functionalFamilyFromTitle', () => {
  it('drops the level from the title: one family across levels', () => {
    expect(functionalFamilyFromTitle('Perawat Ahli Muda')).toBe('perawat');
    expect(functionalFamilyFromTitle('Perawat  Terampil')).toBe('perawat');
    expect(functionalFamilyFromTitle('Analis Kebijakan Ahli Pertama')).toBe('analis kebijakan');
    expect(functionalFamilyFromTitle('Pranata Komputer')).toBe('pranata komputer');
  });
});
