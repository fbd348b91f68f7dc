import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_INPUT } from '../propose-transfer/propose-transfer.dto';

/** The decree (SK) converting a temporary assignment into a permanent transfer. */
export class AssignmentDecreeDto {
  @ApiProperty({ example: 'Kebutuhan tenaga administrasi berlanjut', maxLength: 2000 })
  @IsString()
  @MaxLength(MAX_TEXT_INPUT)
  reason: string;

  @ApiProperty({ example: '800/123/BKPSDM/2027' })
  @IsString()
  @MaxLength(200)
  decreeNumber: string;

  @ApiProperty({ example: '2027-03-15', description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(40)
  decreeDate: string;
}

/** The decree (SK) extending a temporary assignment, and the new end date. */
export class ExtendAssignmentDto extends AssignmentDecreeDto {
  @ApiProperty({ example: '2027-07-01', description: 'The new end date, after the current one, YYYY-MM-DD' })
  @IsString()
  @MaxLength(40)
  endDate: string;
}
