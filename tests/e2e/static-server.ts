import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site on 127.0.0.1 at a free port, under a base path, like GitHub Pages does:
 * `/base/x/` serves `x/index.html`, unknown paths get `404.html` with status 404.
 */
export async function serveSite(
  root: string,
  base = '/',
): Promise<{ origin: string; url: (p?: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status = 200) => {
      res.writeHead(status, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(res);
    };
    if (!pathname.startsWith(base)) return send(path.join(root, '404.html'), 404);
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return send(path.join(root, '404.html'), 404);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
      return send(file);
    } catch {
      return send(path.join(root, '404.html'), 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p = '') => `${origin}${base}${p}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
