import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

export class RecordHearingDto {
  @ApiProperty({ example: 's0-t1', description: 'The open hearing task of the proposal' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  taskId: string;

  @ApiProperty({ enum: ['consent', 'objection'], description: 'What the employee answered on the signed form' })
  @IsIn(['consent', 'objection'])
  answer: 'consent' | 'objection';

  @ApiPropertyOptional({ description: 'The employee’s reason, required for an objection; at most 2,000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason?: string;

  @ApiProperty({ example: 'c'.repeat(64), description: 'sha256 (hex) of the scanned signed form' })
  @IsString()
  @MaxLength(64)
  formSha256: string;

  @ApiPropertyOptional({
    example: '2026-11-23',
    description: 'The day the employee signed (Jakarta); today by default',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'answeredOn must be a date YYYY-MM-DD' })
  answeredOn?: string;
}
