import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type AuthUser, type Role } from '@mutasi/identity';

/** The logged-in user as the API shows it (roles, agency scope, positions, language). */
export class AuthUserDto implements AuthUser {
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String], description: '["*"] for national scope' }) agencyIds: string[];
  @ApiProperty({ type: [String] }) positionIds: string[];
  @ApiProperty({ type: String, nullable: true }) employeeNip: string | null;
  @ApiProperty({ enum: ['id', 'en'] }) language: 'id' | 'en';
}

export class BrowserSessionDto {
  @ApiProperty({ type: AuthUserDto }) user: AuthUserDto;
  @ApiProperty({
    description: 'Send back in the x-csrf-token header on every write (also readable from the mutasi_csrf cookie)',
  })
  csrfToken: string;
}
