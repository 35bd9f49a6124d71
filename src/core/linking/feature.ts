import { command } from '../kernel/feature.js';
import type { Feature } from '../kernel/feature.js';
import { onAction } from '../kernel/feature.js';
import { codesOf, deleteCodesOf } from './link-codes.js';
import { linkCommand, onPrefer, preferAction } from './linking.js';

/** Linking accounts of one person across messengers (Telegram, VK). */
export const linkingFeature: Feature = {
  name: 'linking',
  commands: [command({ name: 'link', group: 'privacy', access: 'anyone', descriptionKey: 'linking-cmd', handle: linkCommand })],
  actions: [onAction(preferAction, 'member', onPrefer)],
  privacy: {
    exportFor: (deps, personId) => ({
      linkCodes: codesOf(deps.db, personId).map((c) => ({ createdAt: c.createdAt, expiresAt: c.expiresAt, usedAt: c.usedAt })),
    }),
    forget: (deps, personId) => deleteCodesOf(deps.db, personId),
  },
};
