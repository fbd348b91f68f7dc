import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { AttachmentDto, DocumentsProperty, MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

export class EvaluateTransferDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 85 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  performanceScore: number;

  @ApiProperty({ enum: ['good', 'fair', 'poor'] })
  @IsIn(['good', 'fair', 'poor'])
  adaptation: 'good' | 'fair' | 'poor';

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  notes?: string;

  /** The start-of-duty (SPMT) and pay-stop (SKPP) letters, which the checklist needs before an evaluation. */
  @DocumentsProperty()
  documents?: AttachmentDto[];
}
