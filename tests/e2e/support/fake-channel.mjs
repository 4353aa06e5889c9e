// A fake Bot Framework channel: it publishes OpenID metadata and a signing key (generated here) endorsed for its
// channel id, issues the bot its client-credentials token, signs the tokens it posts activities with, and takes
// the bot's replies on its own service URL.
import { createServer } from 'node:http';
import { createPrivateKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { appId, appPassword, changed } from './config.mjs';

export const channelId = 'e2e-channel';
export const botToken = `bot-token-${randomUUID()}`;

const base64url = (data) => Buffer.from(data).toString('base64url');

export function startFakeChannel(port) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'e2e-key';
  const origin = `http://127.0.0.1:${port}`;
  const serviceUrl = `${origin}/`;
  const received = [];

  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      const reply = (status, json) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(json === undefined ? '' : JSON.stringify(json));
      };
      if (request.method === 'GET' && request.url === '/v1/.well-known/openidconfiguration') {
        return reply(200, { issuer: 'https://api.botframework.com', jwks_uri: `${origin}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      }
      if (request.method === 'GET' && request.url === '/v1/keys') {
        return reply(200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', endorsements: [channelId] }] });
      }
      if (request.method === 'POST' && request.url === '/oauth2/v2.0/token') {
        const form = new URLSearchParams(body);
        const ok = form.get('grant_type') === 'client_credentials' && form.get('client_id') === appId && form.get('client_secret') === appPassword;
        return ok ? reply(200, { token_type: 'Bearer', expires_in: 3600, access_token: botToken }) : reply(401, { error: 'invalid_client' });
      }
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(request.url ?? '');
      if (request.method === 'POST' && match) {
        received.push({
          conversationId: decodeURIComponent(match[1]),
          replyToId: match[2] ? decodeURIComponent(match[2]) : null,
          authorization: request.headers.authorization,
          activity: JSON.parse(body),
        });
        changed();
        return reply(200, { id: randomUUID() });
      }
      return reply(404, { error: 'not found' });
    });
  });

  /** A channel token as the Bot Framework issues it, signed with the published key (or, to tamper, another one). */
  function token({ audience = appId, signer = privateKey, serviceurl = serviceUrl } = {}) {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const payload = base64url(JSON.stringify({ iss: 'https://api.botframework.com', aud: audience, serviceurl, nbf: now - 60, iat: now - 60, exp: now + 3600 }));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), createPrivateKey(signer.export({ format: 'pem', type: 'pkcs8' })));
    return `${header}.${payload}.${base64url(signature)}`;
  }

  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({
    serviceUrl,
    received,
    token,
    strangerToken: () => token({ signer: stranger }),
    close: () => new Promise((done) => server.close(done)),
  })));
}
