import { Body, Controller, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { DelegateCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { DelegateDto, DelegationResponse } from './delegate.dto';
import { Problems } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('delegations')
@UseInterceptors(IdempotencyInterceptor)
export class DelegateController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('approver', 'consultant')
  @ApiOperation({
    summary: 'Delegate your positions’ tasks to another user for a date range',
    description:
      'Also moves tasks already in flight: the delegate sees your open tasks in their inbox and decides them with onBehalfOf = your username.',
  })
  @ApiCreatedResponse({ type: DelegationResponse })
  @Problems(
    'NO_POSITION_TO_DELEGATE',
    'IDEMPOTENCY_KEY_INVALID',
    'IDEMPOTENCY_KEY_REUSED',
    'USER_NOT_FOUND',
    'DELEGATE_IS_SELF',
    'DELEGATE_NOT_APPROVER',
    'DELEGATE_OUT_OF_SCOPE',
    'DELEGATION_RANGE_INVALID',
    'INVALID_DATE',
    'INVALID_DATE_RANGE',
  )
  delegate(
    @Body() body: DelegateDto,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<DelegationResponse> {
    return this.commands.execute(new DelegateCommand(body, commandMeta(user, request)));
  }
}
