// A fake Bot Framework channel posts to /api/messages with signed tokens, with and without expectReplies, and
// receives the bot's replies on its own service URL; tampered and missing tokens are refused.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { fakeChannelPort, hostUrl, waitFor } from './support/config.mjs';
import { botToken, channelId, startFakeChannel } from './support/fake-channel.mjs';

let channel;
before(async () => { channel = await startFakeChannel(fakeChannelPort); });
after(async () => { await channel?.close(); });

function activity(conversationId, text, extra = {}) {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId,
    serviceUrl: channel.serviceUrl,
    from: { id: 'e2e-user', name: '王经理' },
    recipient: { id: 'e2e-bot', name: 'ServiceBot' },
    conversation: { id: conversationId },
    locale: 'zh-CN',
    text,
    ...extra,
  };
}

function postActivity(body, token) {
  return fetch(`${hostUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

test('a message is answered 200 and the reply arrives on the service URL with the bot’s token', async () => {
  const conversationId = `e2e-${randomUUID()}`;
  const message = activity(conversationId, '你好');

  const started = Date.now();
  const response = await postActivity(message, channel.token());
  const elapsed = Date.now() - started;
  const [reply] = await waitFor(() => channel.received.filter((r) => r.conversationId === conversationId), (r) => r.length >= 1, { what: 'the reply' });

  assert.equal(response.status, 200);
  assert.ok(elapsed < 5000, `answered in ${elapsed} ms`);
  assert.equal(reply.replyToId, message.id);
  assert.equal(reply.authorization, `Bearer ${botToken}`);
  assert.equal(reply.activity.text, '您说：你好');
  assert.equal(reply.activity.recipient.id, 'e2e-user');
});

test('expectReplies answers with the replies and sends nothing to the service URL', async () => {
  const conversationId = `e2e-${randomUUID()}`;
  const expecting = activity(conversationId, '帮助', { deliveryMode: 'expectReplies' });

  const response = await postActivity(expecting, channel.token());
  const body = await response.json();
  // A later normal message's reply arrives only after anything queued before it, so its arrival shows nothing else was sent.
  await postActivity(activity(conversationId, '之后'), channel.token());
  const sent = await waitFor(() => channel.received.filter((r) => r.conversationId === conversationId), (r) => r.length >= 1, { what: 'the later reply' });

  assert.equal(response.status, 200);
  assert.match(body.activities[0].text, /^我可以帮您/);
  assert.equal(body.activities[0].attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
  assert.deepEqual(sent.map((r) => r.activity.text), ['您说：之后']);
});

test('a tampered token, a token for another bot and no token are refused with 401', async () => {
  const conversationId = `e2e-${randomUUID()}`;
  const valid = channel.token();
  const [header, payload, signature] = valid.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, aud: 'someone-else' })).toString('base64url')}.${signature}`;

  const statuses = [];
  for (const token of [tampered, channel.strangerToken(), channel.token({ audience: 'another-bot' }), null]) {
    statuses.push((await postActivity(activity(conversationId, '冒充'), token)).status);
  }
  await postActivity(activity(conversationId, '真的'), channel.token());
  const sent = await waitFor(() => channel.received.filter((r) => r.conversationId === conversationId), (r) => r.length >= 1, { what: 'the genuine reply' });

  assert.deepEqual(statuses, [401, 401, 401, 401]);
  assert.deepEqual(sent.map((r) => r.activity.text), ['您说：真的']);
});
