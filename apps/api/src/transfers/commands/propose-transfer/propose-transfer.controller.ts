import { Body, Controller, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TransferPreviewDto } from '../../queries/transfer-view.dto';
import type { AuthUser } from '@mutasi/identity';
import { ProposeTransferCommand, TransferPreviewer } from '@mutasi/transfer-commands';
import { CurrentUser, Roles, type AuthenticatedRequest } from '../../../auth/auth.decorators';
import { commandMeta } from '../../common/command-meta.factory';
import { CommandResult } from '../../common/command-result';
import { IdempotencyInterceptor } from '../../common/idempotency.interceptor';
import { ProposeTransferDto } from './propose-transfer.dto';
import { Problems, PROPOSAL_REFUSALS } from '../../../http/problems.decorator';

@ApiTags('transfers')
@ApiBearerAuth()
@Controller('transfers')
@Roles('operator')
export class ProposeTransferController {
  constructor(
    private readonly commands: CommandBus,
    private readonly previewer: TransferPreviewer,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Preview a proposal: kind, eligibility, approval chain and workload impact; writes nothing',
  })
  @ApiOkResponse({ type: TransferPreviewDto })
  @Problems(...PROPOSAL_REFUSALS)
  preview(@Body() body: ProposeTransferDto, @CurrentUser() user: AuthUser) {
    return this.previewer.preview(body, user);
  }

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({
    summary: 'Propose a transfer',
    description:
      'Derives the kind, checks eligibility (a blocking rule refuses with 422 and its code, warnings are recorded) and resolves the chain. ' +
      'The origin or the target agency must be in your scope. Idempotency-Key makes a retry safe.',
  })
  @ApiCreatedResponse({ type: CommandResult })
  @Problems(
    ...PROPOSAL_REFUSALS,
    'TRANSFER_ALREADY_EXISTS',
    'DOCUMENTS_NOT_UPLOADED',
    'IDEMPOTENCY_KEY_INVALID',
    'IDEMPOTENCY_KEY_REUSED',
  )
  propose(
    @Body() body: ProposeTransferDto,
    @CurrentUser() user: AuthUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResult> {
    return this.commands.execute(new ProposeTransferCommand(body, commandMeta(user, request)));
  }
}
