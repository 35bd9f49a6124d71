export {
  createTelegramAdapter,
  TelegramAdapter,
  TelegramFileTooLargeError,
  TELEGRAM_LIMITS,
  MAX_DOWNLOAD_BYTES,
  type TelegramAdapterOptions,
  type TelegramWebhookOptions,
} from './adapter.js';
