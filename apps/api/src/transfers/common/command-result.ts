import { ApiProperty } from '@nestjs/swagger';

/** What every command answers: the proposal, its version after the command, and the log position to wait for. */
export class CommandResult {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Stream version after the command; send it as If-Match on the next command' })
  version: number;

  @ApiProperty({ description: 'Global log position of the last event; pass as ?minPosition= to read your write' })
  position: string;
}
