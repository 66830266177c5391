// Debian's browsers are used; puppeteer's own Chrome download cannot work on these machines.
module.exports = { skipDownload: true };
