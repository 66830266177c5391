<?php
/**
 * One shortcode per element, named after its tag: [dermakit_faq], [dermakit_faq_item], [dermakit_healing_timeline],
 * [dermakit_phase], [dermakit_collagen_gauge], [dermakit_recovery], [dermakit_treatment_plan],
 * [dermakit_before_after]. Attributes as README spells them (heading-level; heading_level works too); bare words
 * turn boolean attributes on ([dermakit_faq searchable]). Everything goes through dermakit_render().
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Undoes what wpautop (a page builder's, or a Shortcode block's) put between nested shortcodes.
 *
 * @param string $content Shortcode content.
 * @return string
 */
function dermakit_unautop( $content ) {
	$content = preg_replace( '#^\s*(?:</p>|<br\s*/?>)|(?:<p>|<br\s*/?>)\s*$#i', '', (string) $content );
	$content = preg_replace( '#<p>\s*(\[/?dermakit_)#i', '$1', $content );
	$content = preg_replace( '#(\[/?dermakit_[^\]]*\])\s*(?:<br\s*/?>|</p>)#i', '$1', $content );
	$content = preg_replace( '#<br\s*/?>\s*(\[/?dermakit_)#i', '$1', $content );
	return preg_replace( '#<p>\s*</p>#i', '', $content );
}

/**
 * The handler of every dermakit shortcode.
 *
 * @param array|string $atts    Attributes ('' when none).
 * @param string|null  $content Enclosed content.
 * @param string       $name    Shortcode name.
 * @return string
 */
function dermakit_shortcode( $atts, $content, $name ) {
	$tag     = 'dk-' . str_replace( '_', '-', substr( $name, strlen( 'dermakit_' ) ) );
	$atts    = is_array( $atts ) ? $atts : array();
	$content = null === $content ? '' : dermakit_unautop( $content );
	$content = do_shortcode( $content );
	// Answers and a plan's fallback are blocks of text: blank lines make paragraphs, as in the classic editor.
	if ( in_array( $tag, array( 'dk-faq-item', 'dk-treatment-plan' ), true ) && '' !== trim( $content ) ) {
		$content = wpautop( $content );
	}
	return dermakit_render( $tag, $atts, $content );
}

/**
 * Registers the shortcodes, one per element.
 */
function dermakit_register_shortcodes() {
	foreach ( array_keys( dermakit_elements() ) as $tag ) {
		add_shortcode( str_replace( '-', '_', preg_replace( '/^dk-/', 'dermakit_', $tag ) ), 'dermakit_shortcode' );
	}
}
add_action( 'init', 'dermakit_register_shortcodes' );
