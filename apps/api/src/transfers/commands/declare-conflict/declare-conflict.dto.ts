import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

export class DeclareConflictDto {
  @ApiProperty({ example: 's1-t1', description: 'The open task you hold and cannot decide' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  taskId: string;

  @ApiProperty({
    example: 'Pegawai yang diusulkan adalah adik kandung saya',
    maxLength: 2000,
    description: 'The family relationship or personal interest; recorded in the history',
  })
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason: string;
}
