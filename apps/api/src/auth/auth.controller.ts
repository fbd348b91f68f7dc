import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { AuthService, type AuthUser, type LoginResult } from '@mutasi/identity';
import { AuthUserDto } from './auth-user.dto';
import { CurrentUser, Public, type AuthenticatedRequest } from './auth.decorators';
import { Problems } from '../http/problems.decorator';

export class LoginDto {
  @ApiProperty({ example: 'operator-99' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  username: string;

  @ApiProperty({ example: 'mutasi-demo-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  password: string;
}

export class LogoutQuery {
  @ApiPropertyOptional({
    enum: ['session', 'everywhere'],
    description: '`session` (default) ends this token’s session; `everywhere` every session of the user',
  })
  @IsOptional()
  @IsIn(['session', 'everywhere'])
  scope?: 'session' | 'everywhere';
}

@ApiTags('identity')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with username and password; returns a bearer access token',
    description: 'Failed attempts are slowed down: 429 TOO_MANY_LOGIN_ATTEMPTS with a Retry-After header.',
  })
  @Problems('INVALID_CREDENTIALS', 'TOO_MANY_LOGIN_ATTEMPTS')
  login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, request.ip);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Log out: the token (or, with scope=everywhere, every token of the user) stops working at once',
  })
  @ApiNoContentResponse()
  async logout(@Query() query: LogoutQuery, @Req() request: AuthenticatedRequest): Promise<void> {
    if (!request.session) throw new Error('logout reached without a session');
    await this.auth.logout(request.session, query.scope === 'everywhere');
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user, with roles and agency scope' })
  @ApiOkResponse({ type: AuthUserDto })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
