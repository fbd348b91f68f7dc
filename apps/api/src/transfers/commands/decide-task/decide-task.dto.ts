import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { AttachmentDto, DocumentsProperty, MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

export const DECISION_WORDS = [
  'approve',
  'reject',
  'return',
  'consent',
  'objection',
  'recommended',
  'not_recommended',
] as const;

export class DecideTaskDto {
  @ApiProperty({ example: 's1-t1', description: 'The task id from the proposal detail or the inbox' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  taskId: string;

  @ApiProperty({
    enum: DECISION_WORDS,
    description:
      'approve|reject|return on an approval; consent|objection on the hearing; recommended|not_recommended on a consultation',
  })
  @IsIn(DECISION_WORDS)
  decision: (typeof DECISION_WORDS)[number];

  @ApiPropertyOptional({
    description: 'Required for reject, return, objection and not_recommended; at most 2,000 characters',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason?: string;

  @ApiPropertyOptional({ description: 'Username of the official you act for under a standing delegation' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  onBehalfOf?: string;

  /** A technical consideration's letter, the decree: what the step's checklist asks for. */
  @DocumentsProperty()
  documents?: AttachmentDto[];
}
