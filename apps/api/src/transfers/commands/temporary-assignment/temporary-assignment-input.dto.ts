import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** A temporary assignment: the day the employee returns home. */
export class TemporaryAssignmentDto {
  @ApiProperty({
    example: '2027-04-01',
    description:
      'The day the assignment ends and the employee returns to the home position, YYYY-MM-DD, after the effective date',
  })
  @IsString()
  @MaxLength(40)
  endDate: string;
}
