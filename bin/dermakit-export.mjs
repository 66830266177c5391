#!/usr/bin/env node
// dermakit-export: dk-* markup to HTML that needs no JavaScript, for page builders that strip scripts (static) or for
// email (email), written to standard output. Usage and exit codes in HELP below; the work is dermakit/export's.
import { readFile } from 'node:fs/promises';

const HELP = `Usage: dermakit-export <file.html | -> --target static|email [--today YYYY-MM-DD] [--lang TAG] [--web-url URL] [--text]

Turns dermakit markup (dk-* elements, as pasted into a page) into HTML that needs no JavaScript, on standard output.
  <file.html>        the markup to read; - reads standard input
  --target static    an HTML fragment with inline styles and no script (for builders that strip scripts)
  --target email     email-safe HTML: tables, inline CSS, no SVG (paste into your email builder's HTML block)
  --today DATE       count treatment days for this date, YYYY-MM-DD (default: today; a today="…" in the markup wins)
  --lang TAG         language when the markup has no lang attribute (default: en)
  --web-url URL      the landing page with the same content: the email starts with a "View this in your browser" link
  --text             print the plain-text version instead of the HTML (the email's text part)
  -h, --help         show this help

Warnings about the markup go to standard error. Exit codes: 0 done, 1 the export failed, 2 bad usage or unreadable input.`;

/** A usage problem: one line on stderr, exit code 2. */
class UsageError extends Error {}

function parseArguments(argv) {
  const options = {
    file: undefined,
    target: undefined,
    today: undefined,
    lang: undefined,
    webUrl: undefined,
    text: false,
    help: false,
  };
  const valueOf = (name, inline, rest) => {
    const value = inline ?? rest.shift();
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`${name} needs a value.`);
    return value;
  };
  const rest = [...argv];
  while (rest.length) {
    const argument = rest.shift();
    const [name, inline] =
      argument.startsWith('--') && argument.includes('=')
        ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
        : [argument, undefined];
    if (name === '-h' || name === '--help') options.help = true;
    else if (name === '--target') options.target = valueOf(name, inline, rest);
    else if (name === '--today') options.today = valueOf(name, inline, rest);
    else if (name === '--lang') options.lang = valueOf(name, inline, rest);
    else if (name === '--web-url') options.webUrl = valueOf(name, inline, rest);
    else if (name === '--text' && inline === undefined) options.text = true;
    else if (name === '-' || !name.startsWith('-')) {
      if (options.file !== undefined) throw new UsageError(`one input only (got "${options.file}" and "${name}").`);
      options.file = name;
    } else throw new UsageError(`unknown option ${name}.`);
  }
  if (options.help) return options;
  if (options.file === undefined) throw new UsageError('no input: give an HTML file, or - to read standard input.');
  if (options.target === undefined) throw new UsageError('missing --target static|email.');
  if (options.target !== 'static' && options.target !== 'email')
    throw new UsageError(`--target must be static or email, not "${options.target}".`);
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today))
    throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${options.today}".`);
  return options;
}

async function readInput(file) {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dermakit-export: ${error.message} Try dermakit-export --help.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let markup;
  try {
    markup = await readInput(options.file);
  } catch (error) {
    const name = options.file === '-' ? 'standard input' : `"${options.file}"`;
    process.stderr.write(
      `dermakit-export: cannot read ${name}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a directory' : error.message}.\n`,
    );
    return 2;
  }
  try {
    const { exportSnippet } = await import('../dist/esm/export/index.js');
    const result = exportSnippet(markup, {
      target: options.target,
      today: options.today,
      lang: options.lang,
      webUrl: options.webUrl,
    });
    for (const warning of result.warnings) process.stderr.write(`dermakit-export: warning: ${warning}\n`);
    process.stdout.write(options.text ? result.text : `${result.html}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`dermakit-export: the export failed: ${error?.message ?? error}\n`);
    return 1;
  }
}

process.exitCode = await main();
