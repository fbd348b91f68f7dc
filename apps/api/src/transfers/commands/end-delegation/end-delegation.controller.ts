import { Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { EndDelegationCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { DelegationIdPipe } from '../../common/delegation-id.pipe';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { Problems } from '../../../http/problems.decorator';

export class DelegationEndedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) endedAt: string;
}

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('delegations')
@UseInterceptors(IdempotencyInterceptor)
export class EndDelegationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/end')
  @HttpCode(200)
  @Roles('approver', 'consultant')
  @ApiOperation({
    summary: 'End a standing delegation you gave, before its last day',
    description:
      'From now on the delegate no longer sees your tasks nor decides them on your behalf; decisions taken stand. ' +
      '404 DELEGATION_NOT_FOUND when you gave no delegation with that id, 409 DELEGATION_ENDED when it has ended already.',
  })
  @ApiOkResponse({ type: DelegationEndedResponse })
  @Problems(
    'INVALID_DELEGATION_ID',
    'DELEGATION_NOT_GIVEN',
    'DELEGATION_ENDED',
    'IDEMPOTENCY_KEY_INVALID',
    'IDEMPOTENCY_KEY_REUSED',
  )
  end(
    @Param('id', DelegationIdPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<DelegationEndedResponse> {
    return this.commands.execute(new EndDelegationCommand(id, commandMeta(user, request)));
  }
}
