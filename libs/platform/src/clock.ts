import { AsyncLocalStorage } from 'node:async_hooks';

/** The source of "now"; injected wherever time matters so tests can move it. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests set and move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const setBack = new AsyncLocalStorage<Date>();

/**
 * Runs `work` with every clock `backdatable` made reading `instant` as now, in this async context
 * only (the demo history plays its past through the real commands so).
 */
export function atInstant<T>(instant: Date, work: () => Promise<T>): Promise<T> {
  return setBack.run(new Date(instant.getTime()), work);
}

/** The clock, unless `atInstant` set another "now" for the work in progress. */
export function backdatable(clock: Clock): Clock {
  return {
    now: () => {
      const instant = setBack.getStore();
      return instant ? new Date(instant.getTime()) : clock.now();
    },
  };
}
