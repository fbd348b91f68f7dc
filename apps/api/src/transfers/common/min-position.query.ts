import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class MinPositionQuery {
  @ApiPropertyOptional({
    description: 'Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position',
    example: '42',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}
