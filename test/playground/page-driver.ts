import { expect } from 'vitest';
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

/** Opens the person's chat from the list of people (as a visitor does with «Открыть чат»). */
export async function openChat(page: Page, handle: string): Promise<void> {
  await page.locator('#people').selectOption(handle);
  await page.locator('#open').click();
  await pane(page, handle).locator('ol.messages > li').first().waitFor();
}

/**
 * Picks `topic` in the newest topic picker (a bot message whose text contains `prompt`),
 * paging with «Далее» until the topic shows.
 */
export async function chooseTopic(page: Page, handle: string, prompt: string | RegExp, topic: string): Promise<void> {
  const picker = botMessage(page, handle, prompt);
  for (let pageNo = 0; pageNo < 10; pageNo++) {
    await picker.waitFor();
    const button = picker.getByRole('button', { name: topic, exact: true });
    if (await button.count()) {
      await button.click();
      return;
    }
    const shown = await picker.textContent();
    await picker.getByRole('button', { name: /Далее/ }).click();
    // The picker turns its page (edited in place or sent anew): wait until it shows another one.
    await expect.poll(() => picker.textContent()).not.toBe(shown);
  }
  throw new Error(`no topic "${topic}" in the picker of ${handle}`);
}
