// The staff console in headless Chromium, one main path per role: an entrepreneur reports a problem to the bot in
// Web Chat, bureau staff sign for and answer it in the console and the enterprise sees the answer in Web Chat; the
// coordinator office redispatches a returned case; a county leader opens the cockpit, drills into a red case and
// gives an instruction. Screenshots are kept under artifacts/e2e.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, signIn as signInAs } from './support/browser.mjs';
import { artifactsDir, hostUrl } from './support/config.mjs';
import { act, createCase, redElevatedCase, routeTo } from './support/cases.mjs';
import { botSaid, openWebChat, say } from './support/webchat.mjs';

let browser;
const pageErrors = [];

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

const signIn = (username) => signInAs(browser, username, pageErrors);

const shot = (page, name) => page.screenshot({ path: path.join(artifactsDir, name), fullPage: true });

/** Reports a problem the way an entrepreneur does: everything in one message, then the bot's few questions. */
async function reportInChat(chat) {
  await say(chat, '我是浦江县晨光五金有限公司的李明，统一社会信用代码91330726MA2CE5TL3E，电话13857911111，我们厂要扩建厂房，厂区已经没有空地，希望优先安排一块工业用地', '自然资源和规划局');
  await say(chat, '确认', '紧急吗');
  await say(chat, '一般', '上传');
  await say(chat, '跳过', '确认提交');
  const accepted = await say(chat, '确认提交', '已受理您的诉求');
  return accepted.match(/QY\d{4}-\d{6}/)[0];
}

test('staff sign for and answer a case reported in Web Chat, and the enterprise sees the answer there', async () => {
  const chat = await openWebChat(browser, pageErrors, 'chat');
  const number = await reportInChat(chat);
  await shot(chat, 'console-webchat-reported.png');
  // Triage dispatches a case this clear on its own; the coordinator office steps in only if it did not.
  await routeTo(number, 'zrzy');

  const staff = await signIn('staff-zrzy');
  assert.equal(new URL(staff.url()).pathname, '/console/cases');
  await staff.getByRole('link', { name: number }).click();
  await staff.getByRole('button', { name: '签收', exact: true }).click();
  await staff.getByText('已签收。').waitFor();

  const answer = '经研究，贵公司用地需求已纳入下批次工业用地供应计划，预计下月挂牌，请提前准备竞买材料。';
  const form = staff.locator('details[data-action="answer"]');
  await form.locator('textarea').fill(answer);
  await form.getByRole('button', { name: '提交答复' }).click();
  await staff.getByText('已答复。').waitFor();
  assert.match(await staff.locator('h1').innerText(), /已答复待评价/);
  await shot(staff, 'console-staff-answered.png');

  await botSaid(chat, `${number} 已答复`);
  await chat.locator('.webchat__text-content').filter({ hasText: '预计下月挂牌' }).first().scrollIntoViewIfNeeded();
  await shot(chat, 'console-webchat-answer.png');
});

test('the coordinator office redispatches a returned case', async () => {
  const number = await createCase('厂区门口的道路被渣土车压坏了，货车进出很困难，希望尽快修复路面。');
  await routeTo(number, 'zjj');
  await act('staff-zjj', number, 'request-return', { reason: '道路养护不属于住建局职责，建议交县交通运输局办理。' });

  const coordinator = await signIn('dispatcher');
  await coordinator.goto(`${hostUrl}/console/rulings`);
  await coordinator.getByRole('link', { name: number }).click();
  const form = coordinator.locator('details[data-action="approve-return"]');
  await form.locator('select[name="Input.LeadBureau"]').selectOption('jtj');
  await form.getByRole('button', { name: '同意并改派' }).click();
  await coordinator.getByText('已同意退单并改派。').waitFor();

  assert.match(await coordinator.locator('.facts').innerText(), /县交通运输局/);
  assert.match(await coordinator.locator('h1').innerText(), /待签收/);
  await shot(coordinator, 'console-coordinator-redispatched.png');
});

test('a county leader opens the cockpit, drills into a red case and gives an instruction', async () => {
  const number = await redElevatedCase();
  const leader = await signIn('leader');
  assert.equal(new URL(leader.url()).pathname, '/console/cockpit');
  await leader.locator('canvas, .stat').first().waitFor();
  await shot(leader, 'console-leader-cockpit.png');

  await leader.locator('a.stat-card.stat-red').click();
  await leader.waitForURL(/light=Red/);
  await leader.getByRole('link', { name: number }).click();
  assert.match(await leader.locator('.light-red').first().innerText(), /红灯/);

  const form = leader.locator('details[data-action="instruct"]');
  await form.locator('textarea[name="Input.Text"]').fill('请市生态环境局县分局本周内办结排污许可变更，并向企业当面反馈。');
  await form.getByRole('button', { name: '提交批示' }).click();
  await leader.getByText('已批示。').waitFor();
  assert.match(await leader.locator('ol.timeline').innerText(), /批示/);
  await shot(leader, 'console-leader-instructed.png');

  await leader.goto(`${hostUrl}/console/cockpit/trends`);
  await leader.locator('canvas[data-chart="volume-data"]').waitFor();
  assert.ok(await leader.evaluate(() => typeof window.Chart === 'function'), 'Chart.js is served by the host');
  await shot(leader, 'console-leader-trends.png');
  assert.deepEqual(pageErrors, []);
});
