import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { UserAccounts, type AccountChange, type AuthUser } from '@mutasi/identity';
import { CurrentUser, Roles, type AuthenticatedRequest } from './auth.decorators';
import { Problems } from '../http/problems.decorator';

export class AccountChangeResponse implements AccountChange {
  @ApiProperty() username: string;
  @ApiProperty() disabled: boolean;
  @ApiProperty({ description: 'false when the account already was in that state' }) changed: boolean;
}

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: UserAccounts) {}

  @Post(':username/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Disable an account: it cannot log in and its sessions end at once (recorded as UserDisabled)',
  })
  @ApiOkResponse({ type: AccountChangeResponse })
  @Problems('USER_NOT_FOUND')
  disable(
    @Param('username') username: string,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<AccountChange> {
    return this.accounts.setDisabled(username, true, actor(user, request));
  }

  @Post(':username/enable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Enable a disabled account again (recorded as UserEnabled)' })
  @ApiOkResponse({ type: AccountChangeResponse })
  @Problems('USER_NOT_FOUND')
  enable(
    @Param('username') username: string,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<AccountChange> {
    return this.accounts.setDisabled(username, false, actor(user, request));
  }
}

function actor(user: AuthUser, request: AuthenticatedRequest) {
  return { userId: user.username, role: 'admin', correlationId: String(request.id) };
}
