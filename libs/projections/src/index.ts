export * from './projection-host';
