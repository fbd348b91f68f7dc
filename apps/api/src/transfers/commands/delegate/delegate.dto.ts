import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class DelegateDto {
  @ApiProperty({ example: 'sekretaris-daerah-p000207', description: 'Username of the user who acts for you' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  delegateUserId: string;

  @ApiProperty({ example: '2026-11-23', description: 'First day (Jakarta), YYYY-MM-DD' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2026-12-05', description: 'Last day (Jakarta), YYYY-MM-DD' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;
}

export class DelegationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() delegatorUserId: string;
  @ApiProperty() delegateUserId: string;
  @ApiProperty({ type: [String] }) positionIds: string[];
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}
