import type { Clock } from '../../clock.js';
import type { DB } from '../../db/database.js';
import type { I18n, Language } from '../../i18n/i18n.js';
import type { Logger } from '../../log.js';
import type { Outbox } from '../../messaging/outbox.js';
import type { SenderLimits } from './sender-limits.js';

/** Settings the core needs from the deployment (a slice of Config, nothing secret but the bootstrap code). */
export interface CoreSettings {
  bootstrapCode?: string;
  organisationName: string;
  defaultTimezone: string;
  defaultLanguage: Language;
  /** Known once the Telegram adapter has started (getMe); used for invitation deep links. */
  telegramBotUsername?: string;
  /** The VK community's id, when VK is on; used for vk.me invitation links. */
  vkGroupId?: number;
  /** What one sender may cost (updates a minute, a stranger's answers an hour, wrong codes); defaults otherwise. */
  limits?: Partial<SenderLimits>;
  /** Days the words of a delivered message are kept in the outbox (default 30). */
  messagesKeepDays?: number;
  /** The MAX bot's username (from /me), when MAX is on; used for max.ru invitation links. */
  maxBotUsername?: string;
}

/** What every core service is built from. */
export interface CoreDeps {
  db: DB;
  clock: Clock;
  i18n: I18n;
  log: Logger;
  outbox: Outbox;
  settings: CoreSettings;
}
