import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import {
  ConvertAssignmentCommand,
  ExtendAssignmentCommand,
  ReturnFromAssignmentCommand,
} from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';
import { AssignmentDecreeDto, ExtendAssignmentDto } from './temporary-assignment.dto';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The proposal version you saw; 409 STALE_VERSION if it moved on',
};

/** A temporary assignment after its execution: extended or made permanent before its end date, or returned. */
@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class TemporaryAssignmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/assignment/extend')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Record the decree extending a temporary assignment (before its end date); the return moves with it',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'ASSIGNMENT_NOT_TEMPORARY',
    'ASSIGNMENT_ALREADY_ENDED',
    'ASSIGNMENT_DECISION_TOO_LATE',
    'ASSIGNMENT_END_DATE_INVALID',
    'ASSIGNMENT_TOO_LONG',
    'DECREE_NUMBER_REQUIRED',
    'INVALID_DATE',
    'REASON_REQUIRED',
    'REASON_TOO_LONG',
  )
  extend(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: ExtendAssignmentDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new ExtendAssignmentCommand(id, body, commandMeta(user, request, ifMatch)));
  }

  @Post(':id/assignment/convert')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Record the decree making a temporary assignment a permanent transfer (before its end date)',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'ASSIGNMENT_NOT_TEMPORARY',
    'ASSIGNMENT_ALREADY_ENDED',
    'ASSIGNMENT_DECISION_TOO_LATE',
    'DECREE_NUMBER_REQUIRED',
    'INVALID_DATE',
    'REASON_REQUIRED',
    'REASON_TOO_LONG',
  )
  convert(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: AssignmentDecreeDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new ConvertAssignmentCommand(id, body, commandMeta(user, request, ifMatch)));
  }

  @Post(':id/assignment/return')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary:
      'Bring the employee of a temporary assignment home, on or after its end date (the worker does it on the day; this is for when it could not)',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'ASSIGNMENT_NOT_TEMPORARY',
    'ASSIGNMENT_ALREADY_ENDED',
    'ASSIGNMENT_RETURN_TOO_EARLY',
    'ASSIGNMENT_EMPLOYEE_MOVED',
  )
  returnHome(
    @Param('id', TransferIdPipe) id: string,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new ReturnFromAssignmentCommand(id, commandMeta(user, request, ifMatch), 'operator'));
  }
}
