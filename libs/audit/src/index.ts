export * from './audit.module';
export * from './audit.service';
export * from './time-travel';
export * from './transfer-history';
export * from './audit-export';
export * from './audit-signing-key';
export * from './referenced-documents';
export * from './verify-documents';
