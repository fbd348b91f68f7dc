/**
 * The log position of this page's last write: reads pass it as ?minPosition= so they include it
 * (the read models follow the log a moment later).
 */
let position: string | undefined;

export function wrotePosition(value: string | undefined): void {
  if (value && (position === undefined || BigInt(value) > BigInt(position))) position = value;
}

export function readPosition(): string | undefined {
  return position;
}
