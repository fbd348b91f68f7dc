import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { hasNationalScope, hasRole, type AuthUser } from '@mutasi/identity';
import { EVENT_STORE, type EventStore } from '@mutasi/event-store';
import { CodedError } from '@mutasi/errors';
import { MasterDataQueries, type EmployeeEntity, type PositionEntity } from '@mutasi/workforce';
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
import { Problems } from '../http/problems.decorator';

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

/** What an employee (without an office role) sees of a position: the organisation, not who approves or the ABK figures. */
type PublicPosition = Omit<PositionEntity, 'chainRoles' | 'annualWorkloadMinutes'>;

/** Users who only hold the employee role: they read the organisation to state aspirations, nothing of its workings. */
const employeeOnly = (user: AuthUser) => !hasRole(user, 'operator', 'approver', 'consultant', 'auditor', 'admin');

/**
 * The organisation (regions, agencies, units, positions) is reference data every signed-in user
 * may read, since proposals name positions of other agencies and employees state their wishes
 * by unit and position. An employee does not see positions' chain roles and workload minutes
 * (who approves, and the ABK figures that /workload keeps to office roles). Employees are
 * personal data, visible only within the caller's agency scope (an employee sees themself).
 */
@ApiTags('master data')
@ApiBearerAuth()
@Controller()
export class MasterDataController {
  constructor(
    private readonly queries: MasterDataQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

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
  @Problems('OUT_OF_SCOPE')
  async positions(@Query() query: PositionQuery, @CurrentUser() user: AuthUser) {
    const page = await this.queries.listPositions(query, { agencyId: query.agencyId, unitId: query.unitId });
    if (!employeeOnly(user)) return page;
    return {
      ...page,
      items: page.items.map(
        ({ chainRoles: _roles, annualWorkloadMinutes: _minutes, ...position }): PublicPosition => position,
      ),
    };
  }

  @Get('positions/:id/chain-role-history')
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary: 'Every change of a position’s chain roles (PositionChainRolesChanged): who, when, before and after',
  })
  @Problems('INVALID_POSITION_ID', 'POSITION_NOT_FOUND')
  async chainRoleHistory(@Param('id') id: string) {
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(id)) {
      throw new CodedError('INVALID_POSITION_ID', 'A position id holds letters, digits and . _ - only');
    }
    const events = await this.store.readStream(`position-${id}`);
    return {
      positionId: id,
      changes: events
        .filter((event) => event.type === 'PositionChainRolesChanged')
        .map((event) => ({
          before: event.data.before,
          after: event.data.after,
          actorId: event.metadata.actorId,
          actorRole: event.metadata.actorRole,
          recordedAt: event.recordedAt.toISOString(),
          importEventId: event.data.importEventId,
          position: event.position,
          hash: event.hash,
        })),
    };
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
  @Problems('OUT_OF_SCOPE')
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
  @Problems('OUT_OF_SCOPE')
  employees(@Query() query: UnitQuery, @CurrentUser() user: AuthUser) {
    return this.queries.employeesOfAgencies(scopedAgencies(user, query.agencyId), query);
  }

  @Get('employees/:nip')
  @ApiOperation({ summary: 'One employee (in your scope, or yourself)' })
  @Problems('EMPLOYEE_NOT_FOUND', 'OUT_OF_SCOPE')
  async employee(@Param('nip') nip: string, @CurrentUser() user: AuthUser): Promise<EmployeeEntity> {
    const employee = await this.queries.employee(nip);
    if (!employee) throw new CodedError('EMPLOYEE_NOT_FOUND', `No employee with NIP ${nip}`);
    const self = user.employeeNip === nip;
    if (!self && !hasNationalScope(user)) {
      if (!hasRole(user, 'operator', 'approver', 'consultant', 'auditor', 'admin')) {
        throw new CodedError('OUT_OF_SCOPE', 'You may only see your own record');
      }
      assertAgencyAccess(user, employee.agencyId);
    }
    return employee;
  }
}
