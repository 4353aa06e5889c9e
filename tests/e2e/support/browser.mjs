// Headless Debian Chromium for the browser suites, and signing in to the staff console in it.
import { chromium } from 'playwright-core';
import { chromiumPath, hostUrl } from './config.mjs';

/** Chromium as the suites run it: headless, no sandbox (containers), no background traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A console page signed in as `username` in a browser context of its own; page errors go to `pageErrors`, and
 * confirmations are accepted, as the user would after reading them.
 */
export async function signIn(browser, username, pageErrors) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${hostUrl}/console/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Demo@2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}
