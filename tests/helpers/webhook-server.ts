import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Slack-compatible incoming webhook on 127.0.0.1 that records each payload; `status` answers. */
export async function fakeWebhook(status = 200) {
  const posts: { contentType: string | undefined; payload: { text: string } }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      posts.push({ contentType: req.headers['content-type'], payload: JSON.parse(raw) });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'invalid_payload');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/XXXX`,
    posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
