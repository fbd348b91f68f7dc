/** What every command answers: the proposal, its version after the command, and the log position to wait for. */
export interface CommandResult {
  id: string;
  /** Stream version after the command; the client sends it as If-Match on the next command. */
  version: number;
  /** Global log position of the last event; the client passes it as ?minPosition= to read its write. */
  position: string;
}
