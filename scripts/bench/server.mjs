// The bench's only server, on 127.0.0.1: the generated pages, each measured build's scripts under
// /<build key>/dist/<file> (from memory), and the demo's images, gzipped when the browser accepts it (as hosts
// serve them: the network runs count the bytes a visitor receives). Anything else is a 404 and reported.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `pages`: path → HTML; `builds`: key → build ({ files }). Resolves to { origin, strays, close }. */
export async function startServer(root, pages, builds) {
  const strays = [];
  /** Path → gzipped body: every path's content stays the same for the whole bench. */
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (type, body) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return response.writeHead(200, headers).end(body);
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
      response
        .writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' })
        .end(gzipped.get(path));
    };
    try {
      if (pages[path]) return send('text/html; charset=utf-8', pages[path]);
      const script = /^\/([a-z0-9-]+)\/dist\/(dermakit[a-z-]*\.(js|css))$/.exec(path);
      const file = script && builds[script[1]]?.files.get(script[2]);
      if (file) return send(script[3] === 'js' ? 'text/javascript; charset=utf-8' : 'text/css', file);
      const image = /^\/images\/([a-z-]+\.svg)$/.exec(path);
      if (image) return send('image/svg+xml', readFileSync(join(root, 'demo/images', image[1])));
      if (path === '/favicon.ico') return response.writeHead(204).end();
    } catch {
      // fall through to 404
    }
    strays.push(path);
    response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    strays,
    close: () => new Promise((done) => server.close(done)),
  };
}
