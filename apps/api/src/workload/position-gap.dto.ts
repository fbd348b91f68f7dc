import { ApiProperty } from '@nestjs/swagger';

export class PositionGapDto {
  @ApiProperty() positionId: string;
  @ApiProperty() title: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ description: 'Staff the workload analysis (ABK) needs' }) required: number;
  @ApiProperty({ description: 'Staff in post' }) actual: number;
  @ApiProperty({ description: 'actual − required: below zero is a shortage' }) gap: number;
}
