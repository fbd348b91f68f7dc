import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PARAMETER_LIMITS, type PlanScopeKind } from '@mutasi/planner';
import { MinPositionQuery } from '../transfers/common/min-position.query';

export class PlanScopeDto {
  @ApiProperty({ enum: ['agency', 'region', 'province'], example: 'province' })
  @IsIn(['agency', 'region', 'province'])
  kind: PlanScopeKind;

  @ApiProperty({ description: 'Agency id, region code (99.02) or province code (99)', example: '99' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  id: string;
}

/** Ranges are checked by the planner (400 PLAN_PARAMETER_OUT_OF_RANGE naming the parameter). */
export class PlanParametersDto {
  @ApiPropertyOptional({
    description: 'The most moves out of one unit',
    default: 10,
    minimum: PARAMETER_LIMITS.maxMovesPerUnit.min,
    maximum: PARAMETER_LIMITS.maxMovesPerUnit.max,
  })
  @IsOptional()
  @IsInt()
  maxMovesPerUnit?: number;

  @ApiPropertyOptional({ description: 'Never take a position below its need (move only a surplus)', default: true })
  @IsOptional()
  @IsBoolean()
  keepNeed?: boolean;

  @ApiPropertyOptional({ description: 'Moves between agencies allowed', default: true })
  @IsOptional()
  @IsBoolean()
  allowInterAgency?: boolean;

  @ApiPropertyOptional({ description: 'Moves between provinces allowed', default: false })
  @IsOptional()
  @IsBoolean()
  allowInterProvince?: boolean;

  @ApiPropertyOptional({
    description: "Bonus for granting an employee's first wish, in staff of gap (second ⅔, third ⅓)",
    default: 0.5,
    minimum: PARAMETER_LIMITS.wishWeight.min,
    maximum: PARAMETER_LIMITS.wishWeight.max,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  wishWeight?: number;

  @ApiPropertyOptional({ description: 'Only employees who stated a wish may move', default: false })
  @IsOptional()
  @IsBoolean()
  aspirantsOnly?: boolean;

  @ApiPropertyOptional({
    description:
      'Effective date (TMT) the proposals request, YYYY-MM-DD, after today; default the first of the month after 30 days',
    example: '2027-02-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  requestedEffectiveDate?: string;
}

export class PlanRequestDto {
  @ApiProperty({ type: PlanScopeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PlanScopeDto)
  scope: PlanScopeDto;

  @ApiPropertyOptional({ type: PlanParametersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanParametersDto)
  parameters?: PlanParametersDto;
}

export class RejectPlanDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(20_000)
  reason: string;
}

/** `minPosition` is accepted as on every query; a plan is read from its stream, so it is always current. */
export class PlanMovesQuery extends MinPositionQuery {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page of moves' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Only moves leaving or entering this unit' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unitId?: string;
}

export class PlanListQuery extends MinPositionQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ enum: ['DRAFTED', 'APPROVED', 'REJECTED'] })
  @IsOptional()
  @IsIn(['DRAFTED', 'APPROVED', 'REJECTED'])
  status?: 'DRAFTED' | 'APPROVED' | 'REJECTED';
}
