import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class EmployeeSearchQuery {
  @ApiPropertyOptional({ description: 'Start of a NIP, or part of a name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only employees of this unit and its sub-units' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unitId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) agencyId?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 20;
}

export class EmployeeSummaryDto {
  @ApiProperty() nip: string;
  @ApiProperty() name: string;
  @ApiProperty() rank: string;
  @ApiProperty() status: string;
  @ApiProperty() positionId: string;
  @ApiProperty() agencyId: string;
}

export class PlacesQuery {
  @ApiProperty({ description: 'Comma-separated position ids (at most 100)', example: 'P000101,P000236' })
  @Matches(/^[^,]{1,100}(,[^,]{1,100}){0,99}$/, { message: 'positionIds must be 1 to 100 comma-separated ids' })
  positionIds: string;
}

export class PlaceDto {
  @ApiProperty() positionId: string;
  @ApiProperty() positionTitle: string;
  @ApiProperty() positionType: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
}

export class AgencyDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['central', 'provincial', 'regional'] }) kind: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
}

export class AgencyPageDto {
  @ApiProperty({ type: [AgencyDto] }) items: AgencyDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class UnitDto {
  @ApiProperty() id: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) parentUnitId: string | null;
  @ApiProperty({ description: 'The OPD (top unit) it belongs to' }) topUnitId: string;
}

export class UnitPageDto {
  @ApiProperty({ type: [UnitDto] }) items: UnitDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
