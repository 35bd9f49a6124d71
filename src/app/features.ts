import type { Feature } from '../core/feature.js';
import { peopleFeature } from '../core/people/feature.js';
import { linkingFeature } from '../core/linking/feature.js';
import { programmesFeature } from '../core/programmes/feature.js';

/** Every capability of the bot, in the order free messages are offered to them. */
export function allFeatures(): Feature[] {
  return [peopleFeature, linkingFeature, programmesFeature];
}
