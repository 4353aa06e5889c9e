// The dialogs over the self-hosted Direct Line, with the real DirectLineJS client, against a host that runs the
// dialogs (not the echo handler): the Done-when path — a report in one message, the case number with the
// bureau and dates, 我的诉求到哪了, the bureau's answer arriving as a notification, 不满意 reopening the case — and an
// interruption. test.sh starts that host separately (run_e2e_dialogs).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { directLineSecret, hostUrl, waitFor } from './support/config.mjs';
import { close, connect, generateToken, post } from './support/directline.mjs';

const clients = [];
after(() => clients.forEach(close));

/** Opens a conversation and waits for the greeting. */
async function open(user, webSocket = true) {
  const { token } = await generateToken(directLineSecret, user);
  const client = connect({ token, webSocket });
  client.userId = user;
  clients.push(client);
  await waitFor(() => botTexts(client), (t) => t.some((x) => x.includes('三服务')), { what: 'the greeting' });
  return client;
}

function botTexts(client) {
  return client.activities.filter((a) => a.type === 'message' && a.from?.id !== client.userId).map((a) => a.text ?? '');
}

/** Sends `text` and waits until a bot message after it contains `expected`; returns that message. */
async function say(client, text, expected) {
  const before = client.activities.length;
  await post(client, { type: 'message', from: { id: client.userId }, text });
  const later = () => client.activities.slice(before).filter((a) => a.type === 'message' && a.from?.id !== client.userId);
  await waitFor(() => later().map((a) => a.text ?? ''), (t) => t.some((x) => x.includes(expected)), { what: `“${expected}” after “${text}”`, ms: 30000 });
  return later().find((a) => (a.text ?? '').includes(expected));
}

async function staff(userName) {
  const response = await fetch(`${hostUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: userName, password: 'Demo@2026' }),
  });
  assert.equal(response.status, 200, `login ${userName}`);
  const { accessToken } = await response.json();
  return async (number, action, body = {}) => {
    const result = await fetch(`${hostUrl}/api/cases/${number}/actions/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(body),
    });
    assert.ok(result.ok, `${action}: ${result.status} ${await result.text()}`);
  };
}

test('Done-when: a report in one message, the number with bureau and dates, progress, the answer, 不满意 reopens', async () => {
  const client = await open('e2e-dialogs-report');

  const triage = await say(client, '我是浦江县某某机械有限公司的张伟，统一社会信用代码91330726MA2XXXXXXN，电话13857900000，我们厂扩建需要用地，规划许可一直办不下来', '自然资源和规划局');
  assert.ok(triage.suggestedActions.actions.some((a) => a.title === '确认'));
  assert.equal(triage.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
  await say(client, '确认', '紧急吗');
  await say(client, '一般', '上传');
  const summary = await say(client, '跳过', '确认提交');
  assert.match(JSON.stringify(summary.attachments[0].content), /张伟 13857900000/);
  const accepted = await say(client, '确认提交', '已受理您的诉求');

  const number = accepted.text.match(/QY\d{4}-\d{6}/)[0];
  assert.match(accepted.text, /县自然资源和规划局牵头办理：最迟\d{4}年\d{1,2}月\d{1,2}日（星期.）签收，最迟\d{4}年\d{1,2}月\d{1,2}日（星期.）答复/);
  // Wait for the progress reply by what only it says: other notices about the case (outbox → chat) also name it.
  const progress = await say(client, '我的诉求到哪了', '待签收');
  assert.ok(progress.text.includes(number), progress.text);

  const bureau = await staff('staff-zrzy');
  await bureau(number, 'sign-for');
  await bureau(number, 'answer', { text: '经协调，贵企业扩建用地已纳入下一批次供地计划。' });
  const answered = await waitFor(() => botTexts(client), (t) => t.some((x) => x.includes(`${number} 已答复`)), { what: 'the answer notification', ms: 30000 });
  assert.ok(answered.length > 0);
  const notice = client.activities.find((a) => (a.text ?? '').includes(`${number} 已答复`));
  const unsatisfied = notice.suggestedActions.actions.find((a) => a.title === '不满意');

  await say(client, unsatisfied.value, '解决了吗');
  await say(client, '未解决', '不满意的原因');
  const reopened = await say(client, '只纳入了计划，规划许可还是没批下来', '重新办理');
  assert.match(reopened.text, new RegExp(`${number}.*县自然资源和规划局`));
});

test('an interruption mid-flow: 帮助 answers for the question and asks it again; 取消 ends the flow', async () => {
  const client = await open('e2e-dialogs-interrupt', false);

  await say(client, '反映问题', '请描述您遇到的问题');
  const help = await say(client, '帮助', '请用一段话说清楚问题');
  assert.ok(help);
  await waitFor(() => botTexts(client), (t) => t.filter((x) => x.includes('请描述您遇到的问题')).length >= 2, { what: 'the question again' });
  const cancelled = await say(client, '取消', '已取消');
  assert.deepEqual(cancelled.suggestedActions.actions.map((a) => a.title), ['反映问题', '政策咨询', '我的诉求']);
});
