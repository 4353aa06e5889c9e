// The official Web Chat bundle, served by the host, in headless Chromium: the page connects to the built-in
// Direct Line in Chinese, a message gets its reply, a suggested action and an Adaptive Card work, and a file is
// uploaded. A screenshot is kept under artifacts/e2e.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from './support/browser.mjs';
import { artifactsDir, hostUrl, pngBase64 } from './support/config.mjs';

let browser;
let page;
const pageErrors = [];

before(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 900, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${hostUrl}/`);
});

after(async () => {
  if (page) {
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'webchat.png'), fullPage: true });
  }
  await browser?.close();
});

const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');

/** A message bubble's text in the transcript (Web Chat also repeats it in screen-reader labels). */
const bubble = (text) => page.locator('.webchat__text-content').filter({ hasText: text }).first();

test('the page greets the visitor in Chinese', async () => {
  await bubble('企业服务助手').waitFor({ timeout: 30000 });

  assert.equal(await sendBox().getAttribute('placeholder'), '键入消息');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
});

test('a message gets the bot’s reply', async () => {
  await sendBox().fill('你好');
  await sendBox().press('Enter');

  await bubble('您说：你好').waitFor({ timeout: 20000 });
});

test('a suggested action sends its value and the reply shows an Adaptive Card', async () => {
  await page.getByRole('button', { name: '帮助', exact: true }).last().click();

  await bubble('我可以帮您').waitFor({ timeout: 20000 });
  await page.locator('.ac-adaptiveCard').getByText('企业服务助手能做什么').waitFor({ timeout: 20000 });
});

test('a file can be uploaded', async () => {
  await page.locator('input[type="file"]').setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: Buffer.from(pngBase64, 'base64') });
  // Web Chat 4.18 holds chosen files in the send box until the message is sent, and puts them there only after it
  // has drawn an image's thumbnail (asynchronously): pressing Enter before the attach icon shows its check mark
  // sends the text alone.
  await page.locator('.webchat__upload-button .webchat__attachment-icon--checked').waitFor({ timeout: 20000 });
  await sendBox().fill('营业执照');
  await sendBox().press('Enter');

  await bubble('已收到 1 个文件：营业执照.png。').waitFor({ timeout: 20000 });
  await bubble('已收到 1 个文件：营业执照.png。').scrollIntoViewIfNeeded();
  assert.deepEqual(pageErrors, []);
});
