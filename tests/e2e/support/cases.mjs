// The console suite's cases that do not come from a chat: a problem the coordinator office takes by phone and enters
// through the API, routing, and lifecycle actions through the API.
import { hostUrl } from './config.mjs';

async function api(path, { token, method = 'GET', body, allow = [] } = {}) {
  const response = await fetch(`${hostUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok && !allow.includes(response.status)) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

/** A bearer token for a demo account. */
export async function login(username, password = 'Demo@2026') {
  return (await api('/api/auth/login', { method: 'POST', body: { username, password } })).accessToken;
}

/** A new problem case of the demo enterprise 晶彩水晶, taken by phone. */
export async function createCase(description) {
  const dispatcher = await login('dispatcher');
  const created = await api('/api/cases', {
    token: dispatcher,
    method: 'POST',
    body: {
      type: 'Problem',
      category: '用地',
      description,
      urgency: 'Normal',
      complexity: 'Normal',
      contactName: '王建国',
      contactMobile: '13957900001',
      channel: 'phone',
      enterpriseName: '浦江县晶彩水晶有限公司',
      enterpriseCreditCode: '91330726MA28D4K2XB',
    },
  });
  return created.number;
}

/**
 * Routes a new case to `lead`. Triage may already have dispatched it on its own (Triage:AutoDispatch), possibly to
 * another bureau: then the coordinator office redispatches it.
 */
export async function routeTo(number, lead) {
  const dispatcher = await login('dispatcher');
  const body = { leadBureau: lead, coHandlers: [] };
  const dispatched = await api(`/api/cases/${number}/actions/dispatch`, { token: dispatcher, method: 'POST', body, allow: [409] });
  const current = dispatched?.leadBureau ? dispatched : await api(`/api/cases/${number}`, { token: dispatcher });
  if (current.leadBureau?.code !== lead) {
    await api(`/api/cases/${number}/actions/redispatch`, { token: dispatcher, method: 'POST', body: { ...body, reason: '按职责改派。' } });
  }
}

/** An overdue (red) case raised to the county leaders: the demo's overdue case, raised by the coordinator office if the deadline sweep has not yet. */
export async function redElevatedCase() {
  const dispatcher = await login('dispatcher');
  const overdue = await api('/api/cases?overdue=true&pageSize=50', { token: dispatcher });
  const red = overdue.items.find((c) => c.answerDue && new Date(c.answerDue) < new Date());
  if (!red) {
    throw new Error('The demo data has no overdue case.');
  }
  if (red.escalationLevel !== 'Elevated') {
    await api(`/api/cases/${red.number}/actions/escalate-to-leader`, { token: dispatcher, method: 'POST', body: { reason: '超期未办结，提级至分管县领导。' }, allow: [409] });
  }
  return red.number;
}

/** Takes a lifecycle action through the API as `username`. */
export async function act(username, number, action, body = {}) {
  return api(`/api/cases/${number}/actions/${action}`, { token: await login(username), method: 'POST', body });
}
