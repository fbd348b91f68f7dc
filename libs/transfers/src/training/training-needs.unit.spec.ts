import { demoEmployee, demoPlacement } from '../testing/demo-data';
import { AHMAD, BAMBANG } from '../testing/builders';
import type { PositionSnapshot } from '../snapshots';
import { trainingNeeds } from './training-needs';

const bambang = demoEmployee(BAMBANG);
const origin = demoPlacement(bambang.positionId).position;
const target = demoPlacement('P000236').position;
const position = (overrides: Partial<PositionSnapshot>): PositionSnapshot => ({ ...target, ...overrides });

describe('trainingNeeds', () => {
  it('given an employee who fits the target position, when the needs are computed, then there are none', () => {
    expect(trainingNeeds(bambang, origin, target)).toEqual([]);
  });

  it('given an education field the target position does not list, then TRAINING_EDUCATION_FIELD', () => {
    const needs = trainingNeeds(bambang, origin, position({ educationFields: ['Hukum', 'Ilmu Hukum'] }));
    expect(needs).toEqual([
      {
        code: 'TRAINING_EDUCATION_FIELD',
        message: expect.stringContaining('Hukum, Ilmu Hukum'),
        details: { educationField: 'Teknik Informatika', positionFields: 'Hukum;Ilmu Hukum' },
      },
    ]);
  });

  it('given a position listing no field, then the field is no gap', () => {
    expect(trainingNeeds(bambang, origin, position({ educationFields: [] }))).toEqual([]);
  });

  it('given a rank below the target position minimum, then TRAINING_RANK_BELOW_MINIMUM', () => {
    expect(trainingNeeds(bambang, origin, position({ minRank: 'III/d' }))).toEqual([
      expect.objectContaining({ code: 'TRAINING_RANK_BELOW_MINIMUM', details: { rank: 'III/b', minRank: 'III/d' } }),
    ]);
  });

  it('given a move from an administrative post into a functional position, then TRAINING_FUNCTIONAL_FAMILY', () => {
    const ahmad = demoEmployee(AHMAD);
    const needs = trainingNeeds(ahmad, demoPlacement(ahmad.positionId).position, demoPlacement('P000170').position);
    expect(needs).toEqual([
      expect.objectContaining({
        code: 'TRAINING_FUNCTIONAL_FAMILY',
        details: {
          originTitle: 'Pengolah Data dan Informasi',
          targetTitle: 'Analis Kebijakan Ahli Muda',
          targetFamily: 'analis kebijakan',
        },
      }),
    ]);
  });

  it('given a functional position of another family, then TRAINING_FUNCTIONAL_FAMILY; of the same family at another level, none', () => {
    const nurse = position({ title: 'Perawat Ahli Pertama', type: 'fungsional_ahli' });
    const seniorNurse = position({ title: 'Perawat Ahli Muda', type: 'fungsional_ahli' });
    const analyst = position({ title: 'Analis Kebijakan Ahli Muda', type: 'fungsional_ahli' });
    expect(trainingNeeds(bambang, nurse, seniorNurse)).toEqual([]);
    expect(trainingNeeds(bambang, nurse, analyst).map((need) => need.code)).toEqual(['TRAINING_FUNCTIONAL_FAMILY']);
  });

  it('given every gap at once, then the three needs in a stable order', () => {
    const gaps = position({
      title: 'Perawat Terampil',
      type: 'fungsional_keterampilan',
      educationFields: ['Keperawatan'],
      minRank: 'IV/a',
    });
    expect(trainingNeeds(bambang, origin, gaps).map((need) => need.code)).toEqual([
      'TRAINING_EDUCATION_FIELD',
      'TRAINING_RANK_BELOW_MINIMUM',
      'TRAINING_FUNCTIONAL_FAMILY',
    ]);
  });
});
