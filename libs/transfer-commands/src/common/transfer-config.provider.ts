import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@mutasi/platform';
import { DEFAULT_TRANSFER_CONFIG, type TransferConfig } from '@mutasi/transfers';

/** The domain's settings, with those the deployment sets (PROPOSAL_HORIZON_DAYS, EVALUATION_PERIOD_MONTHS). */
export const TRANSFER_CONFIG = Symbol('TRANSFER_CONFIG');

export const transferConfigProvider: Provider = {
  provide: TRANSFER_CONFIG,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): TransferConfig => ({
    ...DEFAULT_TRANSFER_CONFIG,
    proposalHorizonDays: config.proposalHorizonDays,
    evaluationPeriodMonths: config.evaluationPeriodMonths,
  }),
};
