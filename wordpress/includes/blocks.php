<?php
/**
 * The blocks: dermakit/faq (+ dermakit/faq-item), dermakit/healing-timeline (+ dermakit/phase),
 * dermakit/collagen-gauge, dermakit/recovery, dermakit/treatment-plan, dermakit/before-after. Dynamic: each
 * block.json names a render.php that calls dermakit_render(). One editor script, no build step.
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * A block's element: its attributes through the render path, its inner blocks as content.
 *
 * @param string $tag        Element tag.
 * @param array  $attributes Block attributes (camelCase; dermakit_render() spells them as the element does).
 * @param string $content    Rendered inner blocks.
 * @return string
 */
function dermakit_render_block( $tag, $attributes, $content ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	foreach ( $attributes as $name => $value ) {
		// An emptied text field means "the element's default", not an empty attribute.
		if ( '' === $value || false === $value ) {
			unset( $attributes[ $name ] );
		}
	}
	return dermakit_render( $tag, $attributes, (string) $content );
}

/**
 * Registers the editor script and the blocks.
 */
function dermakit_register_blocks() {
	wp_register_script(
		'dermakit-editor',
		plugins_url( 'blocks/editor.js', DERMAKIT_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n', 'wp-rich-text', 'wp-server-side-render' ),
		dermakit_asset_version( 'editor.js' ),
		true
	);
	wp_set_script_translations( 'dermakit-editor', 'dermakit' );
	foreach ( array( 'before-after', 'collagen-gauge', 'faq', 'faq-item', 'healing-timeline', 'phase', 'recovery', 'treatment-plan' ) as $name ) {
		register_block_type( DERMAKIT_DIR . '/blocks/' . $name );
	}
}
add_action( 'init', 'dermakit_register_blocks' );
