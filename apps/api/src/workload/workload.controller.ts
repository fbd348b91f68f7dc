import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { agencyScope, type AuthUser } from '@mutasi/identity';
import { PLACEMENT_PROJECTION } from '@mutasi/projections';
import { WorkloadService } from '@mutasi/workforce';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { scopedAgencies } from '../common/scope';
import { PositionGapDto } from './position-gap.dto';
import { UnitWorkloadHistoryDto } from './unit-workload-history.dto';
import { Problems } from '../http/problems.decorator';
import { MinPositionQuery } from '../transfers/common/min-position.query';
import { ReadModelFreshness } from '../transfers/common/read-model-freshness';

class WorkloadQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) agencyId?: string;

  @ApiPropertyOptional({ example: '99.71', description: 'A province code includes its regencies and cities' })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'regionCode must look like 99 or 99.71' })
  regionCode?: string;
}

class WorkloadSummaryQuery extends WorkloadQuery {
  @ApiPropertyOptional({
    example: 2025,
    description:
      'An ABK year (2000 to next year): that year’s figures against the staff in post at its end. Without it, each position’s latest figure against the staff now.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({
    description:
      'Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the placements read model includes this log position',
    example: '42',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

class PositionGapQuery extends WorkloadQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) unitId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only positions short of staff (gap < 0)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  shortageOnly?: 'true' | 'false';
}

@ApiTags('workload')
@ApiBearerAuth()
@Roles('operator', 'approver', 'consultant', 'auditor', 'admin')
@Controller('workload')
export class WorkloadController {
  constructor(
    private readonly workload: WorkloadService,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get('units')
  @ApiOperation({
    summary: 'Per unit: required and actual staff (ABK), pending moves, efficiency (EJ) and band A–E',
  })
  @Problems('OUT_OF_SCOPE')
  units(@Query() query: WorkloadQuery, @CurrentUser() user: AuthUser) {
    return this.workload.units({ agencyIds: scopedAgencies(user, query.agencyId), regionCode: query.regionCode });
  }

  @Get('positions')
  @ApiOperation({
    summary: 'Per position with a workload analysis: required and actual staff and the gap (the targets of a proposal)',
  })
  @ApiOkResponse({ type: [PositionGapDto] })
  @Problems('OUT_OF_SCOPE')
  positions(@Query() query: PositionGapQuery, @CurrentUser() user: AuthUser): Promise<PositionGapDto[]> {
    return this.workload.positions({
      // Positions are reference data (a proposal's target may lie in another agency); without an
      // agency the list is limited to the caller's scope.
      agencyIds: query.agencyId ? [query.agencyId] : agencyScope(user),
      regionCode: query.regionCode,
      unitId: query.unitId,
      shortageOnly: query.shortageOnly === 'true',
    });
  }

  @Get('summary')
  @ApiOperation({
    summary: 'Imbalance per agency, region and province',
    description:
      'imbalance.misplacedShare = (Σ|gap per position| / 2) / Σ required: the share of the needed workforce that sits in the wrong place.',
  })
  @Problems('OUT_OF_SCOPE', 'VALIDATION_FAILED', 'ABK_YEAR_OUT_OF_RANGE', 'READ_MODEL_BEHIND')
  async summary(@Query() query: WorkloadSummaryQuery, @CurrentUser() user: AuthUser) {
    await this.freshness.waitFor(PLACEMENT_PROJECTION, query.minPosition);
    return this.workload.summary(
      { agencyIds: scopedAgencies(user, query.agencyId), regionCode: query.regionCode },
      query.year,
    );
  }

  @Get('units/:id/history')
  @ApiOperation({
    summary:
      'A unit’s workload analysis (ABK) year by year, and the executed moves into or out of it between the years',
    description:
      'Per ABK year: required and actual staff, EJ and band, the staff counted at the year’s end (today’s staff with the executed transfers since put back).',
  })
  @ApiOkResponse({ type: UnitWorkloadHistoryDto })
  @Problems('UNIT_NOT_FOUND', 'OUT_OF_SCOPE', 'READ_MODEL_BEHIND')
  async history(@Param('id') id: string, @Query() query: MinPositionQuery, @CurrentUser() user: AuthUser) {
    await this.freshness.waitFor(PLACEMENT_PROJECTION, query.minPosition);
    return this.workload.history(id, agencyScope(user));
  }
}
