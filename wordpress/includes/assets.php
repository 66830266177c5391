<?php
/**
 * Loads dermakit.js once site-wide (footer, deferred) and dermakit.css in the head, both from this plugin's
 * own folder, versioned by their content for cache busting. The settings' tokens ride on the stylesheet.
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
 * Registers the kit's script and stylesheet (front end, editor and admin).
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
	wp_register_script( 'dermakit', $url . 'dermakit.js', array(), dermakit_asset_version( 'dermakit.js' ), $footer );
	wp_register_style( 'dermakit', $url . 'dermakit.css', array(), dermakit_asset_version( 'dermakit.css' ) );
	$tokens = dermakit_tokens_css();
	if ( '' !== $tokens ) {
		wp_add_inline_style( 'dermakit', $tokens );
	}
}
add_action( 'init', 'dermakit_register_assets' );

/**
 * Enqueues both on every front-end page.
 */
function dermakit_enqueue_assets() {
	dermakit_register_assets();
	wp_enqueue_script( 'dermakit' );
	wp_enqueue_style( 'dermakit' );
}
add_action( 'wp_enqueue_scripts', 'dermakit_enqueue_assets' );

/**
 * Adds `defer` where WordPress cannot (before 6.3). The script is in the footer either way.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function dermakit_defer_script( $tag, $handle ) {
	if ( 'dermakit' !== $handle || false !== strpos( $tag, ' defer' ) || version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ) {
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
