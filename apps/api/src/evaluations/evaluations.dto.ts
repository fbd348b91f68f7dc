import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TrainingNeedDto } from '../transfers/queries/transfer-view.dto';

export class EvaluationSummaryQuery {
  @ApiPropertyOptional({ description: 'One agency; without it, every agency of the caller’s scope' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyId?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'Evaluations recorded on or after this day (Jakarta)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ example: '2027-12-31', description: 'Evaluations recorded on or before this day (Jakarta)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;
}

export class EvaluationSummaryRowDto {
  @ApiProperty() agencyId: string;
  @ApiProperty({ description: 'the reason given in the proposal' }) reason: string;
  @ApiProperty({ description: 'evaluated moves out of or into the agency' }) evaluated: number;
  @ApiProperty({ description: 'the agency’s units of those moves that the forecast put in band C' })
  unitsForecastInBandC: number;
  @ApiProperty({ description: 'the agency’s units of those moves measured in band C at the evaluation' })
  unitsEndedInBandC: number;
  @ApiProperty({ description: 'moves whose forecast brought a unit nearer to band C (or kept it inside)' })
  promised: number;
  @ApiProperty({ description: 'promised moves whose every promised unit was measured nearer to band C too' })
  kept: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'kept / promised, three decimals; null when none promised',
  })
  keptShare: number | null;
  @ApiProperty({ type: Number, nullable: true }) averagePerformanceScore: number | null;
  @ApiProperty({ description: 'evaluated moves that recorded training needs' }) withTrainingNeeds: number;
  @ApiProperty({ description: 'of those, the moves whose evaluation says the training took place' })
  trainingCompleted: number;
}

export class EvaluationSummaryDto {
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: [EvaluationSummaryRowDto] }) items: EvaluationSummaryRowDto[];
}

export class TrainingNeedsQuery {
  @ApiPropertyOptional({ description: 'The agency the employees moved into; without it, every agency of your scope' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyId?: string;

  @ApiPropertyOptional({ enum: ['open', 'completed', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'completed', 'all'])
  status?: 'open' | 'completed' | 'all';
}

export class TrainingNeedsItemDto {
  @ApiProperty() transferId: string;
  @ApiProperty() employeeNip: string;
  @ApiProperty() employeeName: string;
  @ApiProperty({ description: 'the agency the employee moved into' }) agencyId: string;
  @ApiProperty() targetPositionId: string;
  @ApiProperty() targetPositionTitle: string;
  @ApiProperty() effectiveDate: string;
  @ApiProperty({ type: [TrainingNeedDto] }) needs: TrainingNeedDto[];
  @ApiProperty({ enum: ['open', 'completed'] }) status: 'open' | 'completed';
  @ApiProperty({ type: String, nullable: true }) evaluatedAt: string | null;
}

export class TrainingNeedsDto {
  @ApiProperty({ type: [TrainingNeedsItemDto] }) items: TrainingNeedsItemDto[];
}
