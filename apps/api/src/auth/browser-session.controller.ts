import { Body, Controller, Delete, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthService } from '@mutasi/identity';
import { APP_CONFIG, type AppConfig } from '@mutasi/platform';
import { LoginDto } from './auth.controller';
import { BrowserSessionDto } from './auth-user.dto';
import { Public, type AuthenticatedRequest } from './auth.decorators';
import { clearSessionCookies, setSessionCookies } from './session-cookie';
import { Problems } from '../http/problems.decorator';

/**
 * Login for browsers: the access token goes into an httpOnly, SameSite=Strict cookie (Secure when
 * PUBLIC_URL is https) instead of the page's memory or storage, with a CSRF token for writes.
 */
@ApiTags('identity')
@Controller('auth/session')
export class BrowserSessionController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in a browser: sets the session cookie and answers the user and a CSRF token' })
  @ApiOkResponse({ type: BrowserSessionDto })
  @Problems('INVALID_CREDENTIALS', 'TOO_MANY_LOGIN_ATTEMPTS')
  async login(
    @Body() body: LoginDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BrowserSessionDto> {
    const { accessToken, user } = await this.auth.login(body.username, body.password, request.ip);
    const csrfToken = setSessionCookies(reply, accessToken, {
      secure: this.secure(),
      maxAgeSeconds: this.config.jwtTtlSeconds,
    });
    return { user, csrfToken };
  }

  @Public()
  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Clear the browser session cookies (end the session on the server with POST /auth/logout first)',
  })
  @ApiNoContentResponse()
  logout(@Res({ passthrough: true }) reply: FastifyReply): void {
    clearSessionCookies(reply, this.secure());
  }

  private secure(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }
}
