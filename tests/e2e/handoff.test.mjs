// 转人工 end to end, against the host that runs the dialogs: a visitor in Web Chat asks for a person; the coordinator
// office (dispatcher) sees the conversation in the console, accepts it and replies; the visitor reads the reply in
// Web Chat and answers; the answer appears on the coordinator's page without a reload; the coordinator ends the
// handoff and the bot answers the visitor again. Screenshots are kept under artifacts/e2e.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, signIn } from './support/browser.mjs';
import { artifactsDir } from './support/config.mjs';
import { openWebChat, say } from './support/webchat.mjs';

let browser;
const pageErrors = [];

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

const shot = (page, name) => page.screenshot({ path: path.join(artifactsDir, name), fullPage: true });

test('a visitor talks to the coordinator office through Web Chat, and the bot answers again afterwards', async () => {
  const chat = await openWebChat(browser, pageErrors);
  const bubble = (text) => chat.locator('.webchat__text-content').filter({ hasText: text }).first();
  const conversationId = await chat.evaluate(() => window.localStorage.getItem('servicebot.conversationId'));
  assert.ok(conversationId, 'the Web Chat page keeps its conversation id');

  await say(chat, '转人工');
  await bubble('已为您转接人工服务').waitFor({ timeout: 30000 });

  const staff = await signIn(browser, 'dispatcher', pageErrors);
  // The menu's live count of conversations waiting for a person (server-sent events).
  await staff.locator('.sidebar [data-live-count="handoffs"]:not([hidden])').waitFor({ timeout: 20000 });
  await staff.locator('.sidebar').getByRole('link', { name: /转人工/ }).click();
  const row = staff.locator(`tr[data-conversation="webchat:${conversationId}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /等待接入/);
  assert.match(await row.innerText(), /匿名访客/);
  await shot(staff, 'handoff-console-queue.png');

  await row.getByRole('link', { name: '查看并接入' }).click();
  assert.match(await staff.locator('details.before').innerText(), /请求人工之前的聊天/);
  assert.match(await staff.locator('details.before').textContent(), /转人工/);
  await staff.getByRole('button', { name: '接入', exact: true }).click();
  await staff.getByText('已接入，用户已收到通知。').waitFor();
  await bubble('三服务办工作人员已接入').waitFor({ timeout: 30000 });

  const reply = '您好，我是县三服务办的工作人员，请问贵公司遇到了什么困难？';
  await staff.locator('textarea[name="Text"]').fill(reply);
  await staff.getByRole('button', { name: '发送' }).click();
  await staff.getByText('已发送。').waitFor();
  await bubble(`【三服务办】${reply}`).waitFor({ timeout: 30000 });

  // The visitor answers; it must reach the open page without a reload.
  await staff.evaluate(() => { window.handoffPageLoadedOnce = true; });
  const answer = '我们厂扩建需要用地，想问问城北工业区还有没有指标。';
  await say(chat, answer);
  await staff.locator('#handoff-messages .msg.user').filter({ hasText: answer }).waitFor({ timeout: 30000 });
  assert.equal(await staff.evaluate(() => window.handoffPageLoadedOnce), true, 'the page was not reloaded');
  await shot(staff, 'handoff-console-conversation.png');

  await staff.getByRole('button', { name: '结束人工服务' }).click();
  await staff.getByText('已结束人工服务').first().waitFor();
  await bubble('已结束本次人工服务').waitFor({ timeout: 30000 });

  await say(chat, '你好');
  await bubble('您好！有什么可以帮您').waitFor({ timeout: 30000 });
  await chat.getByRole('button', { name: '反映问题', exact: true }).last().waitFor();
  await bubble('您好！有什么可以帮您').scrollIntoViewIfNeeded();
  await shot(chat, 'handoff-webchat.png');
  assert.deepEqual(pageErrors, []);
});
