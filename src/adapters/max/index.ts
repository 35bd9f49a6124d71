export {
  createMaxAdapter,
  DEFAULT_MAX_API_BASE_URL,
  MaxAdapter,
  MAX_LIMITS,
  type MaxAdapterOptions,
  type MaxWebhookOptions,
} from './adapter.js';
