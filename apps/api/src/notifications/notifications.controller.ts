import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { hasRole, type AuthUser } from '@mutasi/identity';
import {
  NOTIFICATION_STATUSES,
  NotificationLog,
  type NotificationLogPage,
  type NotificationStatus,
} from '@mutasi/notifications';
import { CodedError } from '@mutasi/errors';
import { CurrentUser } from '../auth/auth.decorators';
import { PageQuery } from '../common/page.query';
import { Problems } from '../http/problems.decorator';

class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Recipient email address',
    example: 'bambang.setiawan@pemkab-99-02.mutasi.example',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  recipient?: string;

  @ApiPropertyOptional({
    enum: NOTIFICATION_STATUSES,
    description: 'failed = dead-lettered after the last attempt; cancelled = a reminder no longer true when due',
  })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;
}

class NotificationLogEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() eventId: string;
  @ApiProperty({ example: 'StageOpened' }) eventType: string;
  @ApiProperty() transferId: string;
  @ApiProperty({ example: 'task-assigned' }) template: string;
  @ApiProperty({ description: 'Email address (lower case)' }) recipient: string;
  @ApiProperty({ nullable: true, type: String }) recipientUsername: string | null;
  @ApiProperty() recipientName: string;
  @ApiProperty({ enum: ['id', 'en'] }) language: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status: NotificationStatus;
  @ApiProperty({ description: 'Sending attempts so far' }) attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Message-ID accepted by the SMTP server' })
  messageId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'When a reminder falls due' }) sendAt: string | null;
  @ApiProperty({ nullable: true, type: String }) queuedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastAttemptAt: string | null;
  @ApiProperty({ nullable: true, type: String }) sentAt: string | null;
  @ApiProperty({ nullable: true, type: String }) failedAt: string | null;
}

class NotificationLogPageDto {
  @ApiProperty({ type: [NotificationLogEntryDto] }) items: NotificationLogEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly log: NotificationLog) {}

  @Get()
  @ApiOperation({
    summary: 'The notification log, newest first: what was emailed to whom, and how sending went',
    description: 'Admins and auditors see every notification; everyone else only those sent to their own address.',
  })
  @ApiOkResponse({ type: NotificationLogPageDto })
  @Problems('OUT_OF_SCOPE')
  list(@Query() query: NotificationQuery, @CurrentUser() user: AuthUser): Promise<NotificationLogPage> {
    let recipient = query.recipient;
    if (!hasRole(user, 'admin', 'auditor')) {
      const own = user.email.trim().toLowerCase();
      if (recipient !== undefined && recipient.trim().toLowerCase() !== own) {
        throw new CodedError('OUT_OF_SCOPE', 'You may only see the notifications sent to you');
      }
      recipient = own;
    }
    return this.log.list({ recipient, status: query.status }, query);
  }
}
