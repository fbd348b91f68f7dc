/** Builders, demo data and given/when/then helpers for specs and test drivers: `@mutasi/transfers/testing`. */
export * from './assignment';
export * from './builders';
export * from './demo-data';
export * from './eligibility-input';
export * from './given';
export * from './walk-chain';
