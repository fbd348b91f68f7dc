export * from './projection-host';
export * from './schema';
export * from './typeorm-transactor';
export * from './transfers';
export * from './aspirations';
export * from './plans';
