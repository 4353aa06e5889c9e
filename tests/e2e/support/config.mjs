// Where the host under test is and how to reach it; test.sh sets these.
import path from 'node:path';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the end-to-end suite through ./test.sh`);
  }
  return value;
}

export const hostUrl = required('SERVICEBOT_URL').replace(/\/$/, '');
export const directLineDomain = `${hostUrl}/v3/directline`;
export const directLineSecret = required('SERVICEBOT_DIRECTLINE_SECRET');
export const fakeChannelPort = Number(required('SERVICEBOT_FAKE_CHANNEL_PORT'));
export const appId = required('SERVICEBOT_APP_ID');
export const appPassword = required('SERVICEBOT_APP_PASSWORD');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const artifactsDir = process.env.SERVICEBOT_ARTIFACTS || path.resolve('../../artifacts/e2e');

/** A 48×48 red square, small enough to inline and visible in the screenshot. */
export const pngBase64 = 'iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAOklEQVR42u3OMQ0AAAgDsAmZfwvYwwXhaFIBzbSvREhISEhISEhISEhISEhISEhISEhISEhISEjozgJoLGd5I+tjZwAAAABJRU5ErkJggg==';

/** Resolves when `predicate` holds for `read()`, checking whenever `changed` fires; rejects after `ms`. */
export function waitFor(read, predicate, { ms = 20000, what = 'condition' } = {}) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = read();
      if (predicate(value)) {
        clearTimeout(timer);
        resolve(value);
        return true;
      }
      return false;
    };
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}; saw ${JSON.stringify(read()).slice(0, 800)}`)), ms);
    waitFor.listeners.add(check);
    if (check()) {
      waitFor.listeners.delete(check);
    }
    timer.unref?.();
  });
}
waitFor.listeners = new Set();

/** Tells waiters that something they read may have changed. */
export function changed() {
  for (const listener of [...waitFor.listeners]) {
    if (listener()) {
      waitFor.listeners.delete(listener);
    }
  }
}
