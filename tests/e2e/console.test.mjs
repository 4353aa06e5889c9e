// The staff console in headless Chromium, one main path per role: bureau staff sign for and answer a case and the
// enterprise sees the answer in Web Chat; the coordinator office redispatches a returned case; a county leader
// opens the cockpit, drills into a red case and gives an instruction. Screenshots are kept under artifacts/e2e.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, signIn as signInAs } from './support/browser.mjs';
import { artifactsDir, hostUrl } from './support/config.mjs';
import { act, createCaseFor, redElevatedCase, routeTo } from './support/cases.mjs';

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

test('staff sign for and answer a case, and the enterprise sees the answer in Web Chat', async () => {
  const chat = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 900 } })).newPage();
  await chat.goto(`${hostUrl}/`);
  await chat.locator('.webchat__text-content').filter({ hasText: '企业服务助手' }).first().waitFor({ timeout: 30000 });
  const conversationId = await chat.evaluate(() => window.localStorage.getItem('servicebot.conversationId'));
  assert.ok(conversationId, 'the Web Chat page keeps its conversation id');

  const number = await createCaseFor(conversationId, '我们公司想扩建厂房，厂区已经没有空地，希望优先安排一块工业用地，请帮忙协调。');
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

  await chat.locator('.webchat__text-content').filter({ hasText: `您的诉求 ${number} 已答复` }).first().waitFor({ timeout: 30000 });
  await chat.locator('.webchat__text-content').filter({ hasText: '预计下月挂牌' }).first().scrollIntoViewIfNeeded();
  await shot(chat, 'console-webchat-answer.png');
});

test('the coordinator office redispatches a returned case', async () => {
  const number = await createCaseFor(null, '厂区门口的道路被渣土车压坏了，货车进出很困难，希望尽快修复路面。');
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
