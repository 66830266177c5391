<?php
/**
 * Plugin Name:       dermakit
 * Plugin URI:        https://github.com/dermakit/dermakit
 * Description:       Accessible, privacy-safe clinic widgets: FAQ accordion, healing timeline, collagen gauge, recovery section, treatment plan and before/after slider, as blocks, shortcodes and plain HTML. Nothing is loaded from anyone else's server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            dermakit
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       dermakit
 * Domain Path:       /languages
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

// Kept in step with package.json's version by scripts/build-wordpress.mjs.
define( 'DERMAKIT_VERSION', '0.1.0' );
define( 'DERMAKIT_FILE', __FILE__ );
define( 'DERMAKIT_DIR', __DIR__ );

// The tags and their documented attributes, generated at build from the custom elements manifest.
if ( is_readable( __DIR__ . '/includes/elements.php' ) ) {
	require_once __DIR__ . '/includes/elements.php';
} else {
	// Running from the unbuilt source: the built plugin is dist/dermakit-wordpress.zip (npm run build).
	function dermakit_elements() {
		return array();
	}
	function dermakit_asset_versions() {
		return array();
	}
}

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/autop.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';
