import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { hasNationalScope, hasRole, type AuthUser } from '@mutasi/identity';
import { ProblemException } from '@mutasi/platform';
import { MasterDataQueries, type EmployeeEntity } from '@mutasi/workforce';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { PageQuery } from '../common/page.query';
import { assertAgencyAccess, scopedAgencies } from '../common/scope';
import {
  AgencyPageDto,
  EmployeeSearchQuery,
  EmployeeSummaryDto,
  PlaceDto,
  PlacesQuery,
  UnitPageDto,
} from './master-data.dto';

class RegionQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) parentCode?: string;
}
class AgencyQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) regionCode?: string;
}
class UnitQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) agencyId?: string;
}
class PositionQuery extends UnitQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) unitId?: string;
}

/**
 * The organisation (regions, agencies, units, positions) is reference data every signed-in user
 * may read, since proposals name positions of other agencies. Employees are personal data,
 * visible only within the caller's agency scope (an employee sees themself).
 */
@ApiTags('master data')
@ApiBearerAuth()
@Controller()
export class MasterDataController {
  constructor(private readonly queries: MasterDataQueries) {}

  @Get('regions')
  @ApiOperation({ summary: 'Regions (Kemendagri codes)' })
  regions(@Query() query: RegionQuery) {
    return this.queries.listRegions(query, { parentCode: query.parentCode });
  }

  @Get('agencies')
  @ApiOperation({ summary: 'Agencies (instansi)' })
  @ApiOkResponse({ type: AgencyPageDto })
  agencies(@Query() query: AgencyQuery) {
    return this.queries.listAgencies(query, { regionCode: query.regionCode });
  }

  @Get('units')
  @ApiOperation({ summary: 'Units (OPD and sub-units) with their OPD (topUnitId)' })
  @ApiOkResponse({ type: UnitPageDto })
  units(@Query() query: UnitQuery) {
    return this.queries.listUnits(query, { agencyId: query.agencyId });
  }

  @Get('positions')
  @ApiOperation({ summary: 'Positions, with chain roles and annual workload minutes' })
  positions(@Query() query: PositionQuery) {
    return this.queries.listPositions(query, { agencyId: query.agencyId, unitId: query.unitId });
  }

  @Get('places')
  @ApiOperation({ summary: 'Where positions sit, with names: position title, unit, agency and region' })
  @ApiOkResponse({ type: [PlaceDto] })
  places(@Query() query: PlacesQuery): Promise<PlaceDto[]> {
    return this.queries.places([...new Set(query.positionIds.split(','))]);
  }

  @Get('employees/search')
  @Roles('operator', 'approver', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Find employees in your scope by NIP or name, or list a unit’s employees',
    description:
      'Operators also find an employee of another agency by the whole 18-digit NIP, to propose them into their own.',
  })
  @ApiOkResponse({ type: [EmployeeSummaryDto] })
  async searchEmployees(
    @Query() query: EmployeeSearchQuery,
    @CurrentUser() user: AuthUser,
  ): Promise<EmployeeSummaryDto[]> {
    // An operator may propose an employee of another agency into their own (the target side), as
    // the propose command allows: a whole NIP finds that one employee wherever they work.
    const wholeNip = /^\d{18}$/.test(query.q?.trim() ?? '') && hasRole(user, 'operator') && !query.agencyId;
    const agencies = wholeNip ? null : scopedAgencies(user, query.agencyId);
    const found = await this.queries.searchEmployees(agencies, query, query.limit);
    return found.map(({ nip, name, rank, status, positionId, agencyId }) => ({
      nip,
      name,
      rank,
      status,
      positionId,
      agencyId,
    }));
  }

  @Get('employees')
  @Roles('operator', 'approver', 'auditor', 'admin')
  @ApiOperation({ summary: 'Employees of the agencies in your scope' })
  employees(@Query() query: UnitQuery, @CurrentUser() user: AuthUser) {
    return this.queries.employeesOfAgencies(scopedAgencies(user, query.agencyId), query);
  }

  @Get('employees/:nip')
  @ApiOperation({ summary: 'One employee (in your scope, or yourself)' })
  async employee(@Param('nip') nip: string, @CurrentUser() user: AuthUser): Promise<EmployeeEntity> {
    const employee = await this.queries.employee(nip);
    if (!employee) throw new ProblemException(404, 'EMPLOYEE_NOT_FOUND', `No employee with NIP ${nip}`);
    const self = user.employeeNip === nip;
    if (!self && !hasNationalScope(user)) {
      if (!hasRole(user, 'operator', 'approver', 'consultant', 'auditor', 'admin')) {
        throw new ProblemException(403, 'OUT_OF_SCOPE', 'You may only see your own record');
      }
      assertAgencyAccess(user, employee.agencyId);
    }
    return employee;
  }
}
