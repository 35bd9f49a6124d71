import type { Locator, Page } from 'playwright-core';

/** Driving the playground page as a visitor does (shared by the browser scenarios). */

export function pane(page: Page, handle: string): Locator {
  return page.locator(`section.pane[data-handle="${handle}"]`);
}

/** The person types a message in their pane and sends it. */
export async function say(page: Page, handle: string, text: string): Promise<void> {
  await pane(page, handle).locator('textarea').fill(text);
  await pane(page, handle).locator('button.send').click();
}

/** Waits for the bot's message containing `text` in the person's pane. */
export function botMessage(page: Page, handle: string, text: string | RegExp): Locator {
  return pane(page, handle).locator('li.msg.bot', { hasText: text }).last();
}

/** The person presses the button named `label` on the newest bot message that has it. */
export async function pressButton(page: Page, handle: string, label: string | RegExp): Promise<void> {
  const button = pane(page, handle).locator('li.msg.bot').getByRole('button', { name: label }).last();
  await button.waitFor();
  await button.click();
}
