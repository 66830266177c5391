#!/usr/bin/env node
// `npm start`'s server: @web/dev-server with web-dev-server.config.mjs (the demo under a strict CSP), on loopback
// only. The dev server runs in middleware mode because, asked for 127.0.0.1, it listens on every interface; here
// Node's own server listens on 127.0.0.1 and hands each request to it. PORT picks the port (default 8080); when
// it is taken, the next free one, up to 20 further. Prints the demo's URL.
import { createServer } from 'node:http';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const ATTEMPTS = 20;

const devServer = await startDevServer({
  config: { ...config, middlewareMode: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const server = createServer(devServer.koaApp.callback());
server.once('listening', () =>
  console.log(`dermakit demo: http://127.0.0.1:${server.address().port}/demo/  (Ctrl+C to stop)`),
);

function listen(port, attemptsLeft = ATTEMPTS) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) listen(port + 1, attemptsLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1');
}

listen(config.port);
