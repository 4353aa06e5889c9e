// The built-in Web Chat page in a browser suite: open it as a new visitor, type, and wait for the bot's words.
import { hostUrl } from './config.mjs';

const botBubbles = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__text-content';

/** The Web Chat page for a new visitor, once the bot has greeted it; page errors go to `pageErrors`. */
export async function openWebChat(browser, pageErrors, label = 'visitor') {
  const chat = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 900 } })).newPage();
  chat.on('pageerror', (error) => pageErrors.push(`${label}: ${error.message}`));
  await chat.goto(`${hostUrl}/`);
  await botSaid(chat, '三服务');
  return chat;
}

/** Resolves with the text of the first bot bubble, from the `from`th on, that contains `expected`. */
export async function botSaid(chat, expected, from = 0) {
  const found = await chat.waitForFunction(
    ([selector, words, first]) => [...document.querySelectorAll(selector)].slice(first).map((e) => e.innerText).find((t) => t.includes(words)),
    [botBubbles, expected, from],
    { timeout: 30000 },
  );
  return found.jsonValue();
}

/** Types `text` into Web Chat; with `expected`, waits for the bot's reply containing it and resolves with that reply. */
export async function say(chat, text, expected) {
  const from = await chat.locator(botBubbles).count();
  const box = chat.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
  return expected === undefined ? undefined : botSaid(chat, expected, from);
}
