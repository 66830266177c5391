// The demo server's configuration (`npm start` runs it through scripts/serve.mjs, on loopback only): @web/dev-server
// serving the repository as built, with the strict Content-Security-Policy a careful clinic would send, so the demo and the configurator
// prove the kit needs no inline script or style. It only serves files: no bare-import rewriting, no reload script
// injected (either would change what a clinic's page gets).

/** The policy every response carries (also read by tests and scripts that start this server). */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** Paths that are the repository's tooling, not the demo: never served. */
const PRIVATE = /^\/(node_modules|\.git)(\/|$)/;

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8080,
  nodeResolve: false,
  watch: false,
  middleware: [
    async function demoOnly(context, next) {
      if (context.path === '/') return context.redirect('/demo/');
      if (PRIVATE.test(decodeURIComponent(context.path))) {
        context.status = 403;
        return;
      }
      await next();
      context.set('Content-Security-Policy', contentSecurityPolicy);
      context.set('Cache-Control', 'no-cache');
    },
  ],
};
