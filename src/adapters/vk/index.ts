export { createVkAdapter, VkAdapter, type VkAdapterOptions } from './adapter.js';
export { fileCursor, memoryCursor, type LongPollCursor } from '../long-poll-cursor.js';
