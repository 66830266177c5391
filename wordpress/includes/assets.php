<?php
/**
 * Loads dermakit.js once site-wide (footer, deferred) and dermakit.css in the head, both from this plugin's
 * own folder, versioned by their content for cache busting. The settings' tokens ride on the stylesheet.
 *
 * With Settings → dermakit → "Load the script" set to "Only on pages that show a widget", a page gets the script
 * only when its HTML has a dk-* element (blocks, shortcodes, hand-written markup in posts, widgets and templates),
 * and then the smallest per-element script that defines every tag it shows (dermakit-faq.js on an FAQ page), or
 * dermakit.js when it mixes widget families. Markup a page builder prints without WordPress's filters (an HTML
 * widget of its own) is not seen: such sites keep the default, "On every page".
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * An asset's version: the kit's version plus a hash of the file written at build.
 *
 * @param string $file 'dermakit.js' or 'dermakit.css'.
 * @return string
 */
function dermakit_asset_version( $file ) {
	$hashes = dermakit_asset_versions();
	return DERMAKIT_VERSION . ( isset( $hashes[ $file ] ) ? '-' . $hashes[ $file ] : '' );
}

/**
 * The script handles: 'dermakit' for dermakit.js, the file's name without `.js` for each per-element script.
 *
 * @return array<string,string> Handle => file.
 */
function dermakit_script_files() {
	$files = array( 'dermakit' => 'dermakit.js' );
	foreach ( array_keys( dermakit_element_scripts() ) as $file ) {
		$files[ substr( $file, 0, -3 ) ] = $file;
	}
	return $files;
}

/**
 * Registers the kit's scripts and stylesheet (front end, editor and admin).
 */
function dermakit_register_assets() {
	if ( wp_script_is( 'dermakit', 'registered' ) ) {
		return;
	}
	$url = plugins_url( 'assets/', DERMAKIT_FILE );
	// WordPress 6.3+ takes a loading strategy; 6.1 and 6.2 take the bool $in_footer (defer added below).
	$footer = version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ? array(
		'in_footer' => true,
		'strategy'  => 'defer',
	) : true;
	foreach ( dermakit_script_files() as $handle => $file ) {
		wp_register_script( $handle, $url . $file, array(), dermakit_asset_version( $file ), $footer );
	}
	wp_register_style( 'dermakit', $url . 'dermakit.css', array(), dermakit_asset_version( 'dermakit.css' ) );
	$tokens = dermakit_tokens_css();
	if ( '' !== $tokens ) {
		wp_add_inline_style( 'dermakit', $tokens );
	}
}
add_action( 'init', 'dermakit_register_assets' );

/**
 * Enqueues the stylesheet on every front-end page (it must be in the head, before anything shows a widget), and
 * the script too unless it loads only where a widget shows.
 */
function dermakit_enqueue_assets() {
	dermakit_register_assets();
	wp_enqueue_style( 'dermakit' );
	if ( 'used' !== dermakit_load_mode() ) {
		wp_enqueue_script( 'dermakit' );
	}
}
add_action( 'wp_enqueue_scripts', 'dermakit_enqueue_assets' );

/**
 * Notes the dk-* tags in HTML on its way to the page, and returns it unchanged (a filter for content, widgets and
 * blocks). Off unless the script loads only where a widget shows.
 *
 * @param mixed $html HTML.
 * @return mixed The same HTML.
 */
function dermakit_note_tags( $html ) {
	if ( is_string( $html ) && false !== strpos( $html, '<dk-' ) && 'used' === dermakit_load_mode() && preg_match_all( '/<(dk-[a-z][a-z0-9-]*)/', $html, $matches ) ) {
		dermakit_used_tags( $matches[1] );
	}
	return $html;
}
add_filter( 'the_content', 'dermakit_note_tags', 999 );
add_filter( 'render_block', 'dermakit_note_tags', 999 );
add_filter( 'widget_text_content', 'dermakit_note_tags', 999 );
add_filter( 'widget_block_content', 'dermakit_note_tags', 999 );
add_filter( 'do_shortcode_tag', 'dermakit_note_tags', 999 );

/**
 * The dk-* tags noted on this page so far.
 *
 * @param string[] $add Tags to add.
 * @return array<string,true>
 */
function dermakit_used_tags( $add = array() ) {
	static $tags = array();
	foreach ( $add as $tag ) {
		$tags[ $tag ] = true;
	}
	return $tags;
}

/**
 * The script for the tags a page shows: the smallest per-element script that defines all of them, else
 * dermakit.js; '' when the page shows none.
 *
 * @param string[] $tags Tags.
 * @return string A script handle, or ''.
 */
function dermakit_script_for( $tags ) {
	if ( ! $tags ) {
		return '';
	}
	foreach ( dermakit_element_scripts() as $file => $defines ) {
		if ( ! array_diff( $tags, $defines ) ) {
			return substr( $file, 0, -3 );
		}
	}
	return 'dermakit';
}

/**
 * Before the footer's scripts print: enqueues the script the page needs, when it loads only where a widget shows
 * (nothing on a page without one).
 */
function dermakit_enqueue_used_script() {
	if ( 'used' !== dermakit_load_mode() ) {
		return;
	}
	$handle = dermakit_script_for( array_keys( dermakit_used_tags() ) );
	if ( '' !== $handle ) {
		wp_enqueue_script( $handle );
	}
}
add_action( 'wp_footer', 'dermakit_enqueue_used_script', 5 );

/**
 * Adds `defer` where WordPress cannot (before 6.3). The script is in the footer either way.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function dermakit_defer_script( $tag, $handle ) {
	if ( ! array_key_exists( $handle, dermakit_script_files() ) || false !== strpos( $tag, ' defer' ) || version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script defer', $tag, 1 );
}
add_filter( 'script_loader_tag', 'dermakit_defer_script', 10, 2 );

/**
 * The kit in the block editor, so blocks show the real widgets: into the editor page (6.1, 6.2) and into the
 * editor's iframe (enqueue_block_assets reaches it from 6.3; on the front end wp_enqueue_scripts already did).
 */
function dermakit_enqueue_editor_assets() {
	dermakit_register_assets();
	wp_enqueue_script( 'dermakit' );
	wp_enqueue_style( 'dermakit' );
}
add_action( 'enqueue_block_editor_assets', 'dermakit_enqueue_editor_assets' );

/**
 * Only in the editor iframe (6.3+): enqueue_block_assets also runs on the front end, handled above.
 */
function dermakit_enqueue_block_assets() {
	if ( is_admin() ) {
		dermakit_enqueue_editor_assets();
	}
}
add_action( 'enqueue_block_assets', 'dermakit_enqueue_block_assets' );
