// Measures the built-in Direct Line under load (not part of the test run): C conversations at once, each sending
// M messages one after another over REST and waiting for the bot's reply on its WebSocket stream. Prints reply
// latency percentiles and messages per second. With several comma-separated SERVICEBOT_URLS (host instances on
// one PostgreSQL database), messages are posted round-robin to them while the stream stays on the first.
//
//   SERVICEBOT_URLS=http://127.0.0.1:5080 SERVICEBOT_DIRECTLINE_SECRET=… CONVERSATIONS=20 MESSAGES=10 node measure.mjs
import WebSocket from 'ws';

const urls = (process.env.SERVICEBOT_URLS || process.env.SERVICEBOT_URL || '').split(',').filter(Boolean).map((u) => u.replace(/\/$/, ''));
const secret = process.env.SERVICEBOT_DIRECTLINE_SECRET;
const conversations = Number(process.env.CONVERSATIONS || 20);
const messages = Number(process.env.MESSAGES || 10);
if (urls.length === 0 || !secret) {
  console.error('Set SERVICEBOT_URLS (or SERVICEBOT_URL) and SERVICEBOT_DIRECTLINE_SECRET.');
  process.exit(2);
}

async function converse(index) {
  const started = await fetch(`${urls[0]}/v3/directline/conversations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: `measure-${index}-${Date.now()}` } }),
  }).then((r) => r.json());
  const waiting = new Map();
  const socket = new WebSocket(started.streamUrl);
  const greeted = new Promise((resolve) => waiting.set('greeting', resolve));
  socket.on('message', (data) => {
    const text = data.toString();
    if (!text) {
      return;
    }
    for (const activity of JSON.parse(text).activities) {
      if (activity.from?.role !== 'bot') {
        continue;
      }
      const key = activity.text?.startsWith('您说：') ? activity.text.slice(3) : 'greeting';
      waiting.get(key)?.(performance.now());
      waiting.delete(key);
    }
  });
  await greeted;
  const latencies = [];
  for (let i = 0; i < messages; i += 1) {
    const text = `消息${index}-${i}`;
    const replied = new Promise((resolve) => waiting.set(text, resolve));
    const sent = performance.now();
    const url = urls[(index + i) % urls.length];
    const response = await fetch(`${url}/v3/directline/conversations/${started.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${started.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'x' }, text }),
    });
    if (!response.ok) {
      throw new Error(`POST answered ${response.status}`);
    }
    latencies.push((await replied) - sent);
  }
  socket.close();
  return latencies;
}

const begun = performance.now();
const all = (await Promise.all(Array.from({ length: conversations }, (_, i) => converse(i)))).flat().sort((a, b) => a - b);
const seconds = (performance.now() - begun) / 1000;
const at = (q) => all[Math.min(all.length - 1, Math.floor(q * all.length))].toFixed(0);
console.log(`${conversations} conversations × ${messages} messages over ${urls.length} instance(s): ${all.length} replies in ${seconds.toFixed(1)} s`);
console.log(`reply latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${all[all.length - 1].toFixed(0)} ms; ${(all.length / seconds).toFixed(1)} messages/s`);
