import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { CommandResult } from '../../common/command-result';
import { AttachmentDto, DocumentsProperty } from '../propose-transfer/propose-transfer.dto';

export class ExecuteTransferDto {
  @ApiProperty({ example: '800/123/BKD/2026', description: 'Decree (SK) number' })
  @IsString()
  @MaxLength(200)
  decreeNumber: string;

  @ApiProperty({ example: '2026-12-01', description: 'Decree date, YYYY-MM-DD' })
  @IsString()
  @MaxLength(40)
  decreeDate: string;

  @ApiProperty({ example: '2027-01-01', description: 'Effective date (TMT), YYYY-MM-DD (Asia/Jakarta)' })
  @IsString()
  @MaxLength(40)
  effectiveDate: string;

  /** The decree (type `sk_mutasi`), which the checklist needs before execution, and any letter with it. */
  @DocumentsProperty()
  documents?: AttachmentDto[];

  @ApiPropertyOptional({
    description:
      'The issuer checked the ministerial approval letter the proposal carries; required then (MINISTERIAL_APPROVAL_UNCONFIRMED)',
  })
  @IsOptional()
  @IsBoolean()
  ministerialApprovalConfirmed?: boolean;
}

export class ExecutionRefusal {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class ExecuteTransferResult extends CommandResult {
  @ApiProperty({ enum: ['DECREE_ISSUED', 'EXECUTED'] })
  status: 'DECREE_ISSUED' | 'EXECUTED';

  @ApiPropertyOptional({ description: 'The effective date the execution is scheduled for, when it lies ahead' })
  scheduledFor: string | null;

  @ApiPropertyOptional({ type: ExecutionRefusal, description: 'Why execution on the effective date was refused' })
  executionRefused: ExecutionRefusal | null;
}
