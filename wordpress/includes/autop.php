<?php
/**
 * Classic-editor and plain content: wpautop() wraps runs of text and inline tags in <p> and its block-tag list is
 * hard-coded, so a custom element holding <p> answers is split and its answers fall out of their items. Before
 * wpautop runs (the_content, priority 9, after do_blocks), each top-level <dk-…>…</dk-…> element and each
 * [dermakit_…]…[/dermakit_…] shortcode is swapped for a block-level placeholder; after wpautop (priority 10, after
 * core's filters there) they are put back as written, so classic content renders exactly as a block post's.
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Protected pieces of the content being filtered, by placeholder id (a stack: the_content may nest).
 *
 * @var array[]
 */
$GLOBALS['dermakit_autop_stack'] = array();

/**
 * The regular expression for top-level elements and the plugin's shortcodes.
 *
 * @return string
 */
function dermakit_autop_pattern() {
	$shortcodes = array();
	foreach ( array_keys( dermakit_elements() ) as $tag ) {
		$shortcodes[] = str_replace( '-', '_', preg_replace( '/^dk-/', 'dermakit_', $tag ) );
	}
	rsort( $shortcodes ); // Longer names first: dermakit_faq_item before dermakit_faq.
	$names = implode( '|', $shortcodes );
	return '#<(dk-[a-z0-9-]+)\b[^>]*>.*?</\1\s*>'
		. ( $names ? '|\[(' . $names . ')\b[^\]]*\](?:.*?\[/\2\])?' : '' )
		. '#is';
}

/**
 * Swaps protected pieces for placeholders, when wpautop is about to run.
 *
 * @param string $content Content.
 * @return string
 */
function dermakit_autop_protect( $content ) {
	$pieces = array();
	if ( is_string( $content ) && false !== has_filter( 'the_content', 'wpautop' )
		&& ( false !== stripos( $content, '<dk-' ) || false !== stripos( $content, '[dermakit_' ) ) ) {
		$content = preg_replace_callback(
			dermakit_autop_pattern(),
			function ( $match ) use ( &$pieces ) {
				$key            = count( $pieces );
				$pieces[ $key ] = $match[0];
				return "\n\n<div data-dermakit-autop=\"" . $key . "\"></div>\n\n";
			},
			$content
		);
	}
	$GLOBALS['dermakit_autop_stack'][] = $pieces;
	// Stay after wpautop: do_blocks() removes it for a block post and _restore_wpautop_hook() adds it back at the
	// end of priority 10, so after one block post the restore would otherwise run before it.
	remove_filter( 'the_content', 'dermakit_autop_restore', 10 );
	add_filter( 'the_content', 'dermakit_autop_restore', 10 );
	return $content;
}
add_filter( 'the_content', 'dermakit_autop_protect', 9 );

/**
 * Paragraphs inside the elements that hold text, for classic content: the visual editor (TinyMCE) saves an
 * answer's paragraphs as text with blank lines (WordPress's removep), which wpautop turns back into <p> everywhere
 * but inside a protected element. So each <dk-faq-item> answer and <dk-treatment-plan> fallback gets wpautop, as
 * the shortcodes' content does, and a <dk-phase> too when its text has a blank line (a phase's text is inline
 * HTML, so one paragraph stays as written). Leading slotted children (<span slot="question">) stay direct children.
 * Content that already has paragraphs, divs, nested elements or a slotted child further in is left as written.
 *
 * @param string $html A protected piece.
 * @return string
 */
function dermakit_autop_inside( $html ) {
	if ( ! is_string( $html ) || ! preg_match( '#<dk-(?:faq-item|phase|treatment-plan)\b#i', $html ) ) {
		return $html;
	}
	return preg_replace_callback(
		'#(<(dk-faq-item|dk-phase|dk-treatment-plan)\b[^>]*>)(.*?)(</\2\s*>)#is',
		function ( $match ) {
			$inner = $match[3];
			$lead  = '';
			if ( preg_match( '#^\s*(?:<([a-z][a-z0-9-]*)\b[^>]*\sslot\s*=[^>]*>.*?</\1\s*>\s*)+#is', $inner, $slotted ) ) {
				$lead  = trim( $slotted[0] );
				$inner = (string) substr( $inner, strlen( $slotted[0] ) );
			}
			$paragraphs = (bool) preg_match( '#\n\s*\n#', trim( $inner ) );
			if ( '' === trim( $inner )
				|| ( 'dk-phase' === strtolower( $match[2] ) && ! $paragraphs )
				|| preg_match( '#<(?:p|div|dk-[a-z0-9-]+)\b|\sslot\s*=#i', $inner ) ) {
				return $match[0];
			}
			return $match[1] . $lead . trim( wpautop( $inner ) ) . $match[4];
		},
		$html
	);
}

/**
 * Puts the protected pieces back after wpautop. A restored piece gets what core's later priority-10 filters
 * gave the rest of the content: wptexturize (quotes) and wp_filter_content_tags (srcset on wp-image-N images).
 *
 * @param string $content Content.
 * @return string
 */
function dermakit_autop_restore( $content ) {
	$pieces = array_pop( $GLOBALS['dermakit_autop_stack'] );
	if ( empty( $pieces ) || ! is_string( $content ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#(?:<p>\s*)?<div data-dermakit-autop="(\d+)"></div>(?:\s*</p>)?#',
		function ( $match ) use ( $pieces ) {
			if ( ! isset( $pieces[ (int) $match[1] ] ) ) {
				return $match[0];
			}
			$piece = dermakit_autop_inside( $pieces[ (int) $match[1] ] );
			if ( false !== has_filter( 'the_content', 'wptexturize' ) ) {
				$piece = wptexturize( $piece );
			}
			if ( false !== has_filter( 'the_content', 'wp_filter_content_tags' ) && function_exists( 'wp_filter_content_tags' ) ) {
				$piece = wp_filter_content_tags( $piece );
			}
			return $piece;
		},
		$content
	);
}
add_filter( 'the_content', 'dermakit_autop_restore', 10 );

/**
 * The Shortcode block runs wpautop over its text: for the plugin's shortcodes, leave the text as written
 * (do_shortcode runs on the whole content later), so containers are not wrapped in or split by <p>.
 *
 * @param string $content Rendered block.
 * @param array  $block   Parsed block.
 * @return string
 */
function dermakit_shortcode_block( $content, $block ) {
	if ( isset( $block['innerHTML'] ) && false !== stripos( $block['innerHTML'], '[dermakit_' ) ) {
		return trim( $block['innerHTML'] );
	}
	return $content;
}
add_filter( 'render_block_core/shortcode', 'dermakit_shortcode_block', 10, 2 );

/**
 * The classic editor's visual mode (TinyMCE) drops tags it does not know when it loads or switches: teach it the
 * elements (block-level, any attribute) so hand-written dk-* HTML survives a round trip through it.
 *
 * @param array $init TinyMCE settings.
 * @return array
 */
function dermakit_tiny_mce( $init ) {
	$tags = array_keys( dermakit_elements() );
	if ( ! $tags ) {
		return $init;
	}
	$custom = implode( ',', $tags );
	$valid  = implode( ',', array_map( function ( $tag ) {
		return $tag . '[*]';
	}, $tags ) );
	$init['custom_elements']         = empty( $init['custom_elements'] ) ? $custom : $init['custom_elements'] . ',' . $custom;
	$init['extended_valid_elements'] = empty( $init['extended_valid_elements'] ) ? $valid : $init['extended_valid_elements'] . ',' . $valid;
	return $init;
}
add_filter( 'tiny_mce_before_init', 'dermakit_tiny_mce' );
