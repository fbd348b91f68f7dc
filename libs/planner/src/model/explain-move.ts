import type { PlanMove, UnitEfficiency } from './plan-move';

const ej = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
const ejId = (value: number | null): string => ej(value).replace('.', ',');

function unitEn(unit: UnitEfficiency): string {
  return `${unit.unitName} (EJ ${ej(unit.efficiencyBefore)} → ${ej(unit.efficiencyAfter)})`;
}

function unitId(unit: UnitEfficiency): string {
  return `${unit.unitName} (EJ ${ejId(unit.efficiencyBefore)} → ${ejId(unit.efficiencyAfter)})`;
}

/**
 * The move in words, Indonesian and English, from its numbers: e.g. "2 of 3 surplus Pengadministrasi
 * Perkantoran from Disdukcapil A (EJ 0.71 → 0.80) to Bagian Umum B (EJ 1.34 → 1.10); granted wish
 * #1; gap reduced by 2".
 */
export function explainMove(move: Omit<PlanMove, 'explanation'>): { id: string; en: string } {
  const { groupIndex, groupSize, originSurplus, positionTitle, wishRank, gapReduction } = move;
  const en = [
    `${groupIndex} of ${groupSize} moved (${originSurplus} surplus) ${positionTitle} from ${unitEn(move.origin)} to ${unitEn(move.target)}`,
    wishRank === null ? null : `granted wish #${wishRank}`,
    `gap reduced by ${gapReduction}`,
  ];
  const id = [
    `${groupIndex} dari ${groupSize} yang dipindah (kelebihan ${originSurplus}) ${positionTitle} dari ${unitId(move.origin)} ke ${unitId(move.target)}`,
    wishRank === null ? null : `keinginan #${wishRank} terpenuhi`,
    `selisih berkurang ${gapReduction}`,
  ];
  return { id: id.filter((p) => p !== null).join('; '), en: en.filter((p) => p !== null).join('; ') };
}
