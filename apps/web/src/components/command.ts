import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { wrotePosition } from '../api/read-position';

/**
 * A command on a proposal, sent once however often the button is pressed (a guard plus an
 * Idempotency-Key per attempt). A stale version (409) reloads the proposal and keeps the form as
 * typed; any other refusal shows the server's message.
 */
export function useTransferCommand<T>(
  transferId: string,
  send: (idempotencyKey: string) => Promise<T>,
  onDone?: (result: T) => void,
) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const inFlight = useRef(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'stale'; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: () => send(crypto.randomUUID()),
    onSuccess: async (result) => {
      setMessage(null);
      if (result && typeof result === 'object' && 'position' in result && typeof result.position === 'string') {
        wrotePosition(result.position);
      }
      await queries.invalidateQueries();
      onDone?.(result);
    },
    onError: async (error) => {
      if (error instanceof ApiProblem && error.status === 409) {
        setMessage({ kind: 'stale', text: t('command.stale') });
        await queries.invalidateQueries({ queryKey: ['transfer', transferId] });
      } else if (error instanceof ApiProblem) {
        setMessage({ kind: 'error', text: error.localized(i18n.language) });
      } else {
        setMessage({ kind: 'error', text: t('common.networkError') });
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const run = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate();
  };
  return { run, pending: mutation.isPending, message, setMessage };
}
