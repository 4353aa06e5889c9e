// botframework-directlinejs holds conversations with the running host over its own Direct Line: polling and
// WebSocket, a file upload, and a reconnect that resumes from a watermark.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { directLineSecret, hostUrl, pngBase64, waitFor } from './support/config.mjs';
import { close, connect, generateToken, post, requests, texts } from './support/directline.mjs';

const clients = [];
after(() => clients.forEach(close));

function open(options) {
  const client = connect(options);
  clients.push(client);
  return client;
}

test('a conversation over polling: greeting, echo and reply in order', async () => {
  const { token } = await generateToken(directLineSecret, 'e2e-polling');
  const client = open({ token, webSocket: false });

  await waitFor(() => texts(client.activities), (t) => t.length >= 1, { what: 'the greeting' });
  const id = await post(client, { type: 'message', from: { id: 'e2e-polling' }, text: '你好' });
  const seen = await waitFor(() => texts(client.activities), (t) => t.includes('您说：你好'), { what: 'the reply' });

  assert.match(seen[0], /企业服务助手/);
  assert.deepEqual(seen.slice(1), ['你好', '您说：你好']);
  const echo = client.activities.find((a) => a.text === '你好');
  assert.equal(echo.id, id);
  assert.equal(client.activities.find((a) => a.text === '您说：你好').replyToId, id);
  assert.ok(requests.some((r) => r.startsWith('GET ') && r.includes('/activities?watermark=')), 'polled the activities');
});

test('a conversation over the WebSocket stream', async () => {
  const { token, conversationId } = await generateToken(directLineSecret, 'e2e-socket');
  const before = requests.length;
  const client = open({ token, webSocket: true });

  await waitFor(() => texts(client.activities), (t) => t.length >= 1, { what: 'the greeting' });
  await post(client, { type: 'message', from: { id: 'e2e-socket' }, text: '帮助' });
  await waitFor(() => client.activities, (a) => a.some((x) => x.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive'), { what: 'the help card' });

  const mine = requests.slice(before).filter((r) => r.includes(conversationId));
  assert.ok(!mine.some((r) => r.startsWith('GET ') && r.includes('/activities')), `no polling: ${mine.join(', ')}`);
  const help = client.activities.find((a) => a.text?.startsWith('我可以帮您'));
  assert.deepEqual(help.suggestedActions.actions.map((a) => a.title), ['我要反映问题', '政策咨询', '帮助']);
});

test('an upload reaches the bot as a stored file and can be downloaded', async () => {
  const { token } = await generateToken(directLineSecret, 'e2e-upload');
  const client = open({ token, webSocket: true });
  await waitFor(() => texts(client.activities), (t) => t.length >= 1, { what: 'the greeting' });

  await post(client, {
    type: 'message',
    from: { id: 'e2e-upload' },
    text: '营业执照',
    attachments: [{ contentType: 'image/png', contentUrl: `data:image/png;base64,${pngBase64}`, name: '营业执照.png' }],
  });
  await waitFor(() => texts(client.activities), (t) => t.includes('已收到 1 个文件：营业执照.png。'), { what: 'the acknowledgement' });

  const upload = client.activities.find((a) => a.attachments?.[0]?.name === '营业执照.png');
  const file = await fetch(upload.attachments[0].contentUrl);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'image/png');
  assert.deepEqual(Buffer.from(await file.arrayBuffer()), Buffer.from(pngBase64, 'base64'));
  assert.ok(upload.attachments[0].contentUrl.startsWith(hostUrl));
});

test('a reconnect with a watermark receives only what was missed', async () => {
  const { token, conversationId } = await generateToken(directLineSecret, 'e2e-reconnect');
  const first = open({ token, webSocket: true });
  await waitFor(() => texts(first.activities), (t) => t.length >= 1, { what: 'the greeting' });
  await post(first, { type: 'message', from: { id: 'e2e-reconnect' }, text: '第一次' });
  await waitFor(() => texts(first.activities), (t) => t.includes('您说：第一次'), { what: 'the first reply' });
  const watermark = first.directLine.watermark;
  close(first);

  // While the client is away, the conversation goes on (a trusted back end speaks for the same user).
  const offline = await fetch(`${hostUrl}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${directLineSecret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: 'e2e-reconnect' }, text: '离线时' }),
  });
  assert.equal(offline.status, 200);
  const refreshed = await fetch(`${hostUrl}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  const second = open({ token: (await refreshed.json()).token, conversationId, watermark, webSocket: true });
  const seen = await waitFor(() => texts(second.activities), (t) => t.includes('您说：离线时'), { what: 'the missed reply' });

  assert.equal(watermark, '3');
  assert.deepEqual(seen, ['离线时', '您说：离线时']);
});
