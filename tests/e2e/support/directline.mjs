// botframework-directlinejs, the real client, in Node. Its transport needs a browser's XMLHttpRequest; the
// library takes an `ajax` service instead, which here is fetch (Node 20 has fetch, FormData and Blob, and reads
// data: URLs, so uploads work as in a browser). WebSockets come from the `ws` package.
import { createRequire } from 'node:module';
import path from 'node:path';
import WebSocket from 'ws';
import { changed, directLineDomain } from './config.mjs';

const require = createRequire(import.meta.url);
const directLineMain = require.resolve('botframework-directlinejs');
const { DirectLine, ConnectionStatus } = require(directLineMain);
const { Observable } = require(require.resolve('rxjs/Observable', { paths: [path.dirname(directLineMain)] }));

// DirectLineJS only streams when a global WebSocket exists, as in a browser.
globalThis.WebSocket ??= WebSocket;

export { ConnectionStatus };

/** Every request the client made, for assertions about the transport it used. */
export const requests = [];

function fetchAjax(request) {
  return Observable.create((subscriber) => {
    const controller = new AbortController();
    const timer = request.timeout ? setTimeout(() => controller.abort(), request.timeout) : null;
    const headers = { ...(request.headers || {}) };
    let body = request.body;
    if (body && typeof body === 'object' && !(body instanceof FormData) && !(body instanceof Blob) && !(body instanceof ArrayBuffer)) {
      body = JSON.stringify(body);
      headers['Content-Type'] ??= 'application/json';
    }
    const method = request.method || 'GET';
    requests.push(`${method} ${request.url}`);
    fetch(request.url, { method, headers, body, signal: controller.signal })
      .then(async (response) => {
        const xhr = { getResponseHeader: (name) => response.headers.get(name) };
        let payload;
        if (request.responseType === 'arraybuffer') {
          payload = await response.arrayBuffer();
        } else {
          const text = await response.text();
          try {
            payload = text ? JSON.parse(text) : null;
          } catch {
            payload = text;
          }
        }
        if (!response.ok) {
          subscriber.error({ status: response.status, response: payload, xhr });
          return;
        }
        subscriber.next({ status: response.status, response: payload, xhr });
        subscriber.complete();
      })
      .catch((error) => subscriber.error({ status: 0, error }))
      .finally(() => timer && clearTimeout(timer));
    return () => controller.abort();
  });
}

/** Counts the WebSockets the client opens. */
export let socketsOpened = 0;
class CountingWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    socketsOpened += 1;
  }
}

/** A connected client that keeps every activity it receives in `activities`. */
export function connect(options) {
  const directLine = new DirectLine({ domain: directLineDomain, pollingInterval: 300, ajax: fetchAjax, WebSocket: CountingWebSocket, ...options });
  const client = { directLine, activities: [] };
  client.subscription = directLine.activity$.subscribe((activity) => {
    client.activities.push(activity);
    changed();
  });
  return client;
}

/** Posts an activity through the client and resolves with its id. */
export function post(client, activity) {
  return new Promise((resolve, reject) => {
    client.directLine.postActivity(activity).subscribe(resolve, reject);
  });
}

export function close(client) {
  client.subscription.unsubscribe();
  client.directLine.end();
}

/** A token for a new conversation of `userId`, generated with the secret as a web site's back end would. */
export async function generateToken(secret, userId) {
  const response = await fetch(`${directLineDomain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId, name: '王经理' } }),
  });
  if (!response.ok) {
    throw new Error(`tokens/generate answered ${response.status}`);
  }
  return response.json();
}

export const texts = (activities) => activities.filter((a) => a.type === 'message').map((a) => a.text);
