// Debian's Chromium as every script here starts it (tests, bench, Lighthouse). Tests run as root, so no sandbox;
// the machine has no outside network, so Chromium's own background traffic (updates, sync) is switched off.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
