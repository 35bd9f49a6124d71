export { createVkAdapter, VkAdapter, type VkAdapterOptions } from './adapter.js';
export { fileCursor, type LongPollCursor } from '../long-poll-cursor.js';
