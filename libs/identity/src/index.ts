export * from './auth-user';
export * from './auth.service';
export * from './identity.module';
export * from './login-rate-limiter';
export * from './password';
export * from './persistence/user.entity';
