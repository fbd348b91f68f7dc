import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

export class WithdrawProposalDto {
  @ApiProperty({ example: 'Pegawai mengundurkan diri dari usulan', maxLength: 2000 })
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason: string;
}
