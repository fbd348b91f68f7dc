import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

/** Longer texts are refused by the domain with REASON_TOO_LONG (2,000); this only bounds the request. */
export const MAX_TEXT_INPUT = 20_000;

export class AttachmentDto {
  @ApiPropertyOptional({
    example: 'persetujuan_melepas',
    description:
      'The checklist item the document fills (a code of the proposal’s document checklist) or `other`; left out, it is `other`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  type?: string;

  @ApiProperty({ example: 'nota-usul.pdf' })
  @IsString()
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: 'a'.repeat(64), description: 'sha256 of the document, hex, as POST /documents answered' })
  @IsString()
  @MaxLength(64)
  sha256: string;
}

/** The Minister of Home Affairs' written approval (UU 10/2016 Ps 71(2)) of a move the blackout windows or the JPT lock forbid. */
export class MinisterialApprovalDto {
  @ApiProperty({ example: '100.2.2.6/1234/OTDA', description: 'Number of the approval letter' })
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  number: string;

  @ApiProperty({ example: '2026-11-02', description: 'Date of the approval letter, YYYY-MM-DD' })
  @IsString()
  @MaxLength(40)
  date: string;
}

/** The approval a proposal may carry; with it the blackout and JPT-lock refusals become warnings the decree must confirm. */
export const MinisterialApprovalProperty = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: MinisterialApprovalDto,
      nullable: true,
      description:
        'The written approval that lifts ELIGIBILITY_ELECTION_BLACKOUT, ELIGIBILITY_POST_INAUGURATION_BLACKOUT and ELIGIBILITY_JPT_TWO_YEAR_LOCK (they become warnings); the decree must then confirm it',
    }),
    IsOptional(),
    ValidateNested(),
    Type(() => MinisterialApprovalDto),
  );

export class ProposeTransferDto {
  @ApiProperty({ example: '199011082014031006' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  employeeNip: string;

  @ApiProperty({ example: 'P000236' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  targetPositionId: string;

  @ApiProperty({ example: 'Kebutuhan organisasi sesuai analisis beban kerja', maxLength: 2000 })
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason: string;

  @ApiProperty({ example: '2027-01-01', description: 'Requested effective date (TMT), YYYY-MM-DD' })
  @IsString()
  @MaxLength(40)
  requestedEffectiveDate: string;

  @ApiProperty({ type: [AttachmentDto], required: false })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];

  @ApiPropertyOptional({
    description: 'The employee follows their spouse: the checklist asks for the spouse’s work letter',
  })
  @IsOptional()
  @IsBoolean()
  followsSpouse?: boolean;

  @ApiPropertyOptional({
    type: () => TemporaryAssignmentDto,
    description:
      'A temporary assignment: the employee works in the target unit until the end date, then returns home automatically',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemporaryAssignmentDto)
  temporary?: TemporaryAssignmentDto;

  @MinisterialApprovalProperty()
  ministerialApproval?: MinisterialApprovalDto;
}

/** Documents given with a step after the proposal (decision, decree, evaluation). */
export const DocumentsProperty = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [AttachmentDto], description: 'Documents uploaded with POST /documents' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
    Type(() => AttachmentDto),
  );
