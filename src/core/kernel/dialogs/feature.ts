import { command } from '../feature.js';
import { onAction, type Feature } from '../feature.js';
import { DialogEngine, dropAction, resumeAction } from './engine.js';

/** /cancel and the «Продолжить» / «Закрыть» buttons offered for a dialog set aside. */
export const dialogsFeature: Feature = {
  name: 'dialogs',
  commands: [
    command({
      name: 'cancel',
      group: 'general',
      access: 'anyone',
      descriptionKey: 'cmd-cancel',
      keepsDialog: true,
      handle: (turn) => DialogEngine.of(turn.features).cancel(turn),
    }),
  ],
  actions: [
    onAction(resumeAction, 'anyone', (turn, [token]) => DialogEngine.of(turn.features).resume(turn, token)),
    onAction(dropAction, 'anyone', (turn, [token]) => DialogEngine.of(turn.features).drop(turn, token)),
  ],
};
