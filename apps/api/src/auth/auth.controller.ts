import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AuthService, type AuthUser, type LoginResult } from '@mutasi/identity';
import { AuthUserDto } from './auth-user.dto';
import { CurrentUser, Public, type AuthenticatedRequest } from './auth.decorators';

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

@ApiTags('identity')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with username and password; returns a bearer access token' })
  login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, request.ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user, with roles and agency scope' })
  @ApiOkResponse({ type: AuthUserDto })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
