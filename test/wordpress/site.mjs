// The WordPress the tests run against: the one scripts/wordpress/test.mjs started (DK_WP_STATE), or, when a test
// file runs on its own (`node --test test/wordpress/kses.test.mjs`), one started here and stopped after the file.
import { after } from 'node:test';
import { connect, startWordPress } from '../../scripts/wordpress/env.mjs';

let shared;

export async function site() {
  if (shared) return shared;
  if (process.env.DK_WP_STATE) {
    shared = connect(JSON.parse(process.env.DK_WP_STATE));
  } else {
    const wp = await startWordPress();
    after(() => wp.stop());
    shared = wp;
  }
  return shared;
}

/** The dermakit/* blocks the active plugin registers: { name: { attribute: type } } (read through WordPress). */
export async function registeredBlocks(wp) {
  const out = await wp.wpCli(`
$r = array();
foreach (WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type) {
  if (strpos($name, 'dermakit/') === 0) $r[$name] = array_map(function ($a) { return isset($a['type']) ? $a['type'] : null; }, (array) $type->attributes);
}
echo json_encode($r);`);
  return JSON.parse(out.slice(out.indexOf('{')) || '{}');
}

/** Names of the dermakit_* shortcodes the active plugin registers. */
export async function registeredShortcodes(wp) {
  const out = await wp.wpCli(`echo json_encode(array_values(array_filter(array_keys($GLOBALS['shortcode_tags']), function ($t) { return strpos($t, 'dermakit_') === 0; })));`);
  return JSON.parse(out.slice(out.indexOf('[')));
}
