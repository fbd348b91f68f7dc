import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CONFLICT_STATEMENT } from '@mutasi/transfers';
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

export class ConflictDeclarationDto {
  @ApiProperty({
    example: true,
    description: `true states: "${CONFLICT_STATEMENT.id}" (${CONFLICT_STATEMENT.en}); false is refused with CONFLICT_DECLARATION_REQUIRED`,
  })
  @IsBoolean()
  noConflictOfInterest: boolean;
}

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

  @ApiPropertyOptional({
    type: ConflictDeclarationDto,
    description:
      'The decider’s declaration of no family or personal interest in the move (PP 11/2017 Ps 190(5)), recorded with the decision. ' +
      'Required on approvals, committees and consultations (422 CONFLICT_DECLARATION_REQUIRED when missing or false); not asked on the hearing.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConflictDeclarationDto)
  declaration?: ConflictDeclarationDto;

  /** A technical consideration's letter, the decree: what the step's checklist asks for. */
  @DocumentsProperty()
  documents?: AttachmentDto[];
}
