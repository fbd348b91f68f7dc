import { ApiProperty } from '@nestjs/swagger';
import { EFFICIENCY_BANDS } from '@mutasi/workforce';

export class UnitWorkloadYearDto {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({
    example: '2026-12-31',
    description:
      'The staff is counted at the end of the year: today’s staff with the executed transfers since put back',
  })
  measuredOn: string;
  @ApiProperty({ description: 'Positions of the unit with a figure for the year' }) measuredPositions: number;
  @ApiProperty() annualWorkloadMinutes: number;
  @ApiProperty({ description: 'Staff the ABK needs (Σ rounded per position)' }) required: number;
  @ApiProperty({ description: 'Staff in post in the measured positions at the year’s end' }) actual: number;
  @ApiProperty({ description: 'actual − required: below zero is a shortage' }) gap: number;
  @ApiProperty({ type: Number, nullable: true, description: 'EJ, two decimals; null with nobody in post' })
  efficiency: number | null;
  @ApiProperty({ enum: EFFICIENCY_BANDS, nullable: true }) band: string | null;
}

export class UnitMoveDto {
  @ApiProperty({ format: 'uuid' }) transferId: string;
  @ApiProperty({ example: '2026-03-02' }) effectiveDate: string;
  @ApiProperty({ enum: ['in', 'out'] }) direction: 'in' | 'out';
  @ApiProperty({ description: 'The unit’s position the person came into or left' }) positionId: string;
  @ApiProperty() otherPositionId: string;
  @ApiProperty({ type: String, nullable: true }) otherUnitId: string | null;
}

export class MovesBetweenDto {
  @ApiProperty() fromYear: number;
  @ApiProperty() toYear: number;
  @ApiProperty() movedIn: number;
  @ApiProperty() movedOut: number;
  @ApiProperty({
    type: [UnitMoveDto],
    description: 'Executed transfers effective after fromYear’s end, up to toYear’s',
  })
  moves: UnitMoveDto[];
}

export class UnitWorkloadHistoryDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() effectiveMinutesPerYear: number;
  @ApiProperty({ type: [UnitWorkloadYearDto], description: 'Oldest year first' }) years: UnitWorkloadYearDto[];
  @ApiProperty({ type: [MovesBetweenDto], description: 'One entry per pair of consecutive years' })
  movesBetween: MovesBetweenDto[];
}
