import { Alert } from '@mantine/core';

export function CommandMessage({ message }: { message: { kind: 'error' | 'stale'; text: string } | null }) {
  if (!message) return null;
  return (
    <Alert color={message.kind === 'stale' ? 'yellow' : 'red'} role="alert" data-testid="command-message">
      {message.text}
    </Alert>
  );
}
