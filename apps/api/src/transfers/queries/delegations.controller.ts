import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { jakartaDate } from '@mutasi/calendar';
import { CLOCK, type Clock } from '@mutasi/platform';
import { StandingDelegations } from '@mutasi/transfer-commands';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { DelegationResponse } from '../commands/delegate/delegate.dto';

export class StandingDelegationsDto {
  @ApiProperty({ type: [DelegationResponse] }) items: DelegationResponse[];
}

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('delegations')
export class DelegationsController {
  constructor(
    private readonly delegations: StandingDelegations,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('approver', 'consultant')
  @ApiOperation({
    summary: 'Your standing delegations: those you gave and those you received, in force today or starting later',
    description: 'Ended delegations and those whose last day has passed are left out.',
  })
  @ApiOkResponse({ type: StandingDelegationsDto })
  async list(@CurrentUser() user: AuthUser): Promise<StandingDelegationsDto> {
    return { items: await this.delegations.standingFor(user.username, jakartaDate(this.clock.now())) };
  }
}
