import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { agencyScope, type AuthUser } from '@mutasi/identity';
import { WorkloadService } from '@mutasi/workforce';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { scopedAgencies } from '../common/scope';
import { PositionGapDto } from './position-gap.dto';
import { Problems } from '../http/problems.decorator';

class WorkloadQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) agencyId?: string;

  @ApiPropertyOptional({ example: '99.71', description: 'A province code includes its regencies and cities' })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'regionCode must look like 99 or 99.71' })
  regionCode?: string;
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
  constructor(private readonly workload: WorkloadService) {}

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
  @Problems('OUT_OF_SCOPE')
  summary(@Query() query: WorkloadQuery, @CurrentUser() user: AuthUser) {
    return this.workload.summary({ agencyIds: scopedAgencies(user, query.agencyId), regionCode: query.regionCode });
  }
}
