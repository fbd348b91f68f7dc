export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');

/** The email queue as the API sees it (dashboard, metrics); it adds no jobs. */
export const EMAIL_QUEUE_CLIENT = Symbol('EMAIL_QUEUE_CLIENT');
