// The builds `npm run bench` measures: the working tree's dist/ (built with `npm run build` unless --no-build),
// and any git ref built in a temporary worktree (`--baseline <ref>`, `--current <ref>`). Each build is read into
// memory once (dermakit.js, every dermakit-*.js, dermakit.css), so another build rewriting dist/ during the bench
// cannot change what is served.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, commandArgs, cwd) =>
  spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
const git = (root, ...gitArgs) => run('git', gitArgs, root).stdout.trim();

/** The scripts and stylesheet a clinic page loads, from one dist/ folder: Map of file name → bytes. */
function readDist(dist) {
  const names = readdirSync(dist)
    .filter((name) => /^dermakit(-[a-z-]+)?\.js$/.test(name) || name === 'dermakit.css')
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  if (!names.includes('dermakit.js')) throw new Error(`${dist} has no dermakit.js`);
  return new Map(names.map((name) => [name, readFileSync(join(dist, name))]));
}
const order = (name) => (name === 'dermakit.js' ? 0 : name.endsWith('.css') ? 2 : 1);

function failed(what, result) {
  return new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`.trim());
}

/** The working tree's build: `npm run build` first unless `build` is false. */
export function workingTreeBuild(root, { build }) {
  if (build) {
    const result = run('npm', ['run', '--silent', 'build'], root);
    if (result.status !== 0) throw failed('npm run build', result);
  }
  const head = git(root, 'rev-parse', '--short', 'HEAD');
  const changed = run('git', ['status', '--porcelain', '--untracked-files=all', '--', 'src', 'rollup.config.mjs'], root)
    .stdout.split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  return {
    label: changed.length ? `${head}+` : head,
    describe: changed.length
      ? `working tree at ${head} with uncommitted changes in ${changed.join(', ')}`
      : `working tree at ${head} (${git(root, 'log', '-1', '--format=%s', 'HEAD').slice(0, 60)}…)`,
    files: readDist(join(root, 'dist')),
  };
}

const worktrees = new Set();
/** Removes every worktree still registered (also called on failure and on Ctrl-C). */
export function removeWorktrees(root) {
  for (const entry of [...worktrees]) {
    run('git', ['worktree', 'remove', '--force', entry.tree], root);
    rmSync(entry.dir, { recursive: true, force: true });
    worktrees.delete(entry);
  }
  run('git', ['worktree', 'prune'], root);
}

/**
 * Builds `ref` in a temporary git worktree under the system's temp folder: node_modules linked from this
 * checkout (no npm ci), `npx rollup -c` and, where the ref has it, scripts/build-css.mjs. Removed afterwards.
 */
export function refBuild(root, ref) {
  const commit = git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  if (!commit) throw new Error(`--baseline/--current: ${ref} is not a commit here`);
  const short = git(root, 'rev-parse', '--short', commit);
  const dir = mkdtempSync(join(tmpdir(), 'dermakit-bench-ref-'));
  const tree = join(dir, 'tree');
  const entry = { dir, tree };
  worktrees.add(entry);
  try {
    const add = run('git', ['worktree', 'add', '--detach', tree, commit], root);
    if (add.status !== 0) throw failed(`git worktree add ${ref}`, add);
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const rollup = run('npx', ['--no-install', 'rollup', '-c'], tree);
    if (rollup.status !== 0) throw failed(`rollup -c at ${ref}`, rollup);
    if (existsSync(join(tree, 'scripts/build-css.mjs'))) {
      const css = run('node', ['scripts/build-css.mjs'], tree);
      if (css.status !== 0) throw failed(`build-css at ${ref}`, css);
    }
    return {
      label: short,
      describe: `${short} (${git(root, 'log', '-1', '--format=%s', commit).slice(0, 60)}…), built in a temporary worktree`,
      files: readDist(join(tree, 'dist')),
    };
  } finally {
    run('git', ['worktree', 'remove', '--force', tree], root);
    rmSync(dir, { recursive: true, force: true });
    worktrees.delete(entry);
    run('git', ['worktree', 'prune'], root);
  }
}
