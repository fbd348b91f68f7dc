import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { hasNationalScope, hasRole, type AuthUser } from '@mutasi/identity';
import { CodedError } from '@mutasi/errors';
import { PLACEMENT_PROJECTION } from '@mutasi/projections';
import { MasterDataQueries } from '@mutasi/workforce';
import { CurrentUser } from '../../auth/auth.decorators';
import { assertAgencyAccess } from '../../common/scope';
import { MinPositionQuery } from '../common/min-position.query';
import { ReadModelFreshness } from '../common/read-model-freshness';
import { TransferQueries } from './transfer-queries';
import { Problems } from '../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller()
export class PlacementHistoryController {
  constructor(
    private readonly queries: TransferQueries,
    private readonly masterData: MasterDataQueries,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get('employees/:nip/placements')
  @ApiOperation({ summary: 'An employee’s current placement and the transfers that changed it' })
  @Problems('EMPLOYEE_NOT_FOUND', 'OUT_OF_SCOPE', 'READ_MODEL_BEHIND')
  async placements(@Param('nip') nip: string, @Query() query: MinPositionQuery, @CurrentUser() user: AuthUser) {
    await this.freshness.waitFor(PLACEMENT_PROJECTION, query.minPosition);
    const employee = await this.masterData.employee(nip);
    if (!employee) throw new CodedError('EMPLOYEE_NOT_FOUND', `No employee with NIP ${nip}`);
    if (user.employeeNip !== nip && !hasNationalScope(user)) {
      if (!hasRole(user, 'operator', 'approver', 'consultant', 'auditor', 'admin')) {
        throw new CodedError('OUT_OF_SCOPE', 'You may only see your own record');
      }
      assertAgencyAccess(user, employee.agencyId);
    }
    return {
      nip,
      positionId: employee.positionId,
      agencyId: employee.agencyId,
      positionSince: employee.positionSince,
      history: await this.queries.placementHistory(nip),
    };
  }
}
