import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { PERFORMANCE_RATINGS, type PerformanceRating } from '@mutasi/workforce/domain';
import { AttachmentDto, DocumentsProperty, MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

export class EvaluateTransferDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 85 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  performanceScore: number;

  @ApiPropertyOptional({
    enum: PERFORMANCE_RATINGS,
    description: 'The performance predicate (predikat kinerja, PermenPANRB 6/2022) in the new post',
  })
  @IsOptional()
  @IsIn(PERFORMANCE_RATINGS)
  performanceRating?: PerformanceRating;

  @ApiProperty({ enum: ['good', 'fair', 'poor'] })
  @IsIn(['good', 'fair', 'poor'])
  adaptation: 'good' | 'fair' | 'poor';

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  notes?: string;

  @ApiPropertyOptional({
    description:
      'Whether the training needs recorded at the proposal were met; required (TRAINING_COMPLETION_REQUIRED) when it has any',
  })
  @IsOptional()
  @IsBoolean()
  trainingCompleted?: boolean;

  /** The start-of-duty (SPMT) and pay-stop (SKPP) letters, which the checklist needs before an evaluation. */
  @DocumentsProperty()
  documents?: AttachmentDto[];
}
