import type { KeyPrefixOptions, QueueBaseOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config';

/**
 * Connection and key prefix for every BullMQ queue and worker. BullMQ opens its own connections
 * (workers block), which must retry forever rather than fail a command.
 */
export function bullmqOptions(config: AppConfig): QueueBaseOptions & Required<KeyPrefixOptions> {
  const url = new URL(config.redisUrl);
  return {
    prefix: `${config.redisPrefix}:bull`,
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
    },
  };
}
