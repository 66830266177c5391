<?php
/**
 * Lets every role that may edit posts keep the elements: kses ('post' context) learns the dk-* tags and their
 * documented attributes, `slot` on any allowed tag, aria-* / data-* on the elements, the image attributes
 * responsive images need, and `style` on dk-* elements holding only --dk-* custom properties.
 * Nothing else is widened: no script, no on* attributes, no new URL protocols.
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes kses allows on each dk-* element.
 *
 * @return array<string,array<string,bool>>
 */
function dermakit_kses_elements() {
	$common = array(
		'aria-describedby' => true,
		'aria-details'     => true,
		'aria-hidden'      => true,
		'aria-label'       => true,
		'aria-labelledby'  => true,
		'class'            => true,
		'data-*'           => true,
		'dir'              => true,
		'hidden'           => true,
		'id'               => true,
		'lang'             => true,
		'role'             => true,
		'slot'             => true,
		'style'            => true,
		'title'            => true,
	);
	$tags = array();
	foreach ( dermakit_elements() as $tag => $attributes ) {
		$tags[ $tag ] = array_fill_keys( array_keys( $attributes ), true ) + $common;
		ksort( $tags[ $tag ] );
	}
	return $tags;
}

/**
 * Filter for wp_kses_allowed_html.
 *
 * @param array  $tags    Allowed tags.
 * @param string $context Context.
 * @return array
 */
function dermakit_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( dermakit_kses_elements() as $tag => $attributes ) {
		$tags[ $tag ] = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? $tags[ $tag ] + $attributes : $attributes;
	}
	// `slot` places a light-DOM child in an element's slot: harmless on any tag.
	foreach ( $tags as $tag => $attributes ) {
		if ( is_array( $attributes ) ) {
			$tags[ $tag ]['slot'] = true;
		}
	}
	if ( isset( $tags['img'] ) && is_array( $tags['img'] ) ) {
		$tags['img'] += array(
			'decoding' => true,
			'height'   => true,
			'loading'  => true,
			'sizes'    => true,
			'srcset'   => true,
			'width'    => true,
		);
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'dermakit_kses_allowed_html', 10, 2 );

/**
 * Before kses runs, keeps only --dk-* declarations in the style attribute of dk-* start tags, so the elements'
 * style carries theme tokens and nothing more. (Core's safecss_filter_attr() then checks the value as for any tag.)
 *
 * @param string $content Content about to be filtered.
 * @return string
 */
function dermakit_pre_kses( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<dk-' ) || false === stripos( $content, 'style' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'/<dk-[a-z0-9-]+\b[^>]*>/i',
		function ( $match ) {
			return preg_replace_callback(
				'/(\sstyle\s*=\s*)(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+))/i',
				function ( $style ) {
					$value = isset( $style[4] ) ? $style[4] : ( isset( $style[3] ) && '' !== $style[3] ? $style[3] : $style[2] );
					$kept  = dermakit_filter_style( html_entity_decode( $value, ENT_QUOTES ) );
					// No " < > & in a filtered value: it needs no entity (whose ';' safecss_filter_attr() would split at).
					return '' === $kept ? '' : $style[1] . '"' . $kept . '"';
				},
				$match[0]
			);
		},
		$content
	);
}
add_filter( 'pre_kses', 'dermakit_pre_kses', 10, 1 );
