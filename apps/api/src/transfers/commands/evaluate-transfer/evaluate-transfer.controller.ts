import { Body, Controller, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@mutasi/identity';
import { EvaluateTransferCommand } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { IfMatch } from '../../common/if-match';
import { TransferIdPipe } from '../../common/transfer-id.pipe';
import { EvaluateTransferDto } from './evaluate-transfer.dto';
import { Problems, TRANSFER_COMMAND_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@UseInterceptors(IdempotencyInterceptor)
export class EvaluateTransferController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/evaluate')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Record the evaluation after the evaluation period (default 6 months after the effective date)',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The proposal version you saw; 409 STALE_VERSION if it moved on',
  })
  @ApiOkResponse({ type: CommandResult })
  @Problems(
    ...TRANSFER_COMMAND_REFUSALS,
    'EVALUATION_TOO_EARLY',
    'INVALID_ADAPTATION',
    'INVALID_PERFORMANCE_RATING',
    'INVALID_PERFORMANCE_SCORE',
    'NOTES_TOO_LONG',
    'TRAINING_COMPLETION_REQUIRED',
  )
  evaluate(
    @Param('id', TransferIdPipe) id: string,
    @Body() body: EvaluateTransferDto,
    @IfMatch() ifMatch: number | null,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new EvaluateTransferCommand(id, body, commandMeta(user, request, ifMatch)));
  }
}
