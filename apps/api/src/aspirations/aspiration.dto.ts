import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** One wish: a unit or a position (or a position in that unit), with a short reason. */
export class WishDto {
  @ApiPropertyOptional({ example: 'U000057' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  unitId?: string;

  @ApiPropertyOptional({ example: 'P000236' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  positionId?: string;

  @ApiProperty({ example: 'Mengikuti suami yang bertugas di Kota Lestari', maxLength: 500 })
  @IsString()
  @MaxLength(5000)
  reason: string;
}
