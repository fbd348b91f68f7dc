import { expect } from '@jest/globals';
import { decide } from '../decide';
import { DomainError } from '../domain-error';
import type { ErrorCode } from '../error-codes';
import { foldEvents } from '../evolve';
import type { TransferCommand } from '../transfer-commands';
import { DEFAULT_TRANSFER_CONFIG, type TransferConfig } from '../transfer-config';
import type { TransferEvent } from '../transfer-events';

/**
 * given(events).when(command).then(expected): `expected` is the list of events decide must
 * produce (jest matchers allowed) or the code of the DomainError it must throw. Expecting an error
 * fails when decide returns normally.
 */
export function given(events: readonly TransferEvent[], config: TransferConfig = DEFAULT_TRANSFER_CONFIG) {
  return {
    when(command: TransferCommand) {
      return {
        then(expected: readonly unknown[] | ErrorCode): TransferEvent[] {
          if (typeof expected === 'function') throw new Error('given/when/then is not a promise: call then(expected)');
          let produced: TransferEvent[];
          try {
            produced = decide(command, foldEvents(events), config);
          } catch (error) {
            if (typeof expected !== 'string' || !(error instanceof DomainError)) throw error;
            expect(error.code).toBe(expected);
            return [];
          }
          if (typeof expected === 'string') {
            const types = produced.map((event) => event.type).join(', ') || 'no events';
            throw new Error(`Expected DomainError ${expected}, but ${command.type} produced ${types}`);
          }
          expect(produced).toEqual(expected);
          return produced;
        },
      };
    },
  };
}

/** `events` followed by those of running commands one after another on them. */
export function run(events: readonly TransferEvent[], ...commands: TransferCommand[]): TransferEvent[] {
  return commands.reduce<TransferEvent[]>((all, command) => [...all, ...decide(command, foldEvents(all))], [...events]);
}

/** The events of running commands one after another from an empty stream. */
export function history(...commands: TransferCommand[]): TransferEvent[] {
  return run([], ...commands);
}
