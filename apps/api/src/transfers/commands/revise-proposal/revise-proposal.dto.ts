import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { TemporaryAssignmentDto } from '../temporary-assignment/temporary-assignment-input.dto';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AttachmentDto,
  MAX_TEXT_INPUT,
  MinisterialApprovalDto,
  MinisterialApprovalProperty,
} from '../propose-transfer/propose-transfer.dto';

/** New values for the proposal's fields; a field left out keeps its value. The employee cannot change. */
export class ReviseProposalDto {
  @ApiPropertyOptional({ example: 'P000236' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  targetPositionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason?: string;

  @ApiPropertyOptional({ example: '2027-02-01' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  requestedEffectiveDate?: string;

  @ApiPropertyOptional({ type: [AttachmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];

  @ApiPropertyOptional({ description: 'The employee follows their spouse' })
  @IsOptional()
  @IsBoolean()
  followsSpouse?: boolean;

  @ApiPropertyOptional({
    type: () => TemporaryAssignmentDto,
    nullable: true,
    description:
      'A temporary assignment: the employee works in the target unit until the end date, then returns home automatically; null makes the proposal a permanent transfer',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemporaryAssignmentDto)
  temporary?: TemporaryAssignmentDto | null;

  /** Left out, the proposal keeps its approval; null removes it. */
  @MinisterialApprovalProperty()
  ministerialApproval?: MinisterialApprovalDto | null;
}
