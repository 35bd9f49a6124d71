import type { TextArgs } from '../../i18n/i18n.js';

/**
 * A refusal the person should read: thrown anywhere in a handler, it rolls back the whole
 * update's transaction (nothing changes) and the router answers with the text of `key`.
 */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly args?: TextArgs,
  ) {
    super(key);
    this.name = 'UserError';
  }
}

/**
 * A button from an old message, or one whose moment has passed (the dialog moved on, the thing
 * it named is gone): one behaviour everywhere, nothing changes and the person reads why.
 */
export class StaleButton extends UserError {
  constructor() {
    super('common-stale-button');
    this.name = 'StaleButton';
  }
}

/** Thrown by a service asked to do what the actor's role does not allow. */
export class NotAllowed extends UserError {
  constructor() {
    super('common-not-allowed');
    this.name = 'NotAllowed';
  }
}
