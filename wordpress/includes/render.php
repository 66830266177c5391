<?php
/**
 * The one render path: blocks and shortcodes both print their element through dermakit_render().
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes every dk-* element accepts besides its own (HTML's global ones that matter in content).
 *
 * @return array<string,string> Attribute name => 'string' | 'boolean'.
 */
function dermakit_common_attributes() {
	return array(
		'class'  => 'string',
		'dir'    => 'string',
		'hidden' => 'boolean',
		'id'     => 'string',
		'lang'   => 'string',
		'slot'   => 'string',
		'style'  => 'string',
	);
}

/**
 * A block attribute or shortcode attribute name as the element spells it: headingLevel, heading_level and
 * heading-level all become heading-level; className becomes class.
 *
 * @param string $name Attribute name.
 * @return string
 */
function dermakit_attribute_name( $name ) {
	if ( 'className' === $name ) {
		return 'class';
	}
	$name = preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', (string) $name );
	return strtolower( str_replace( '_', '-', $name ) );
}

/**
 * Whether a value given for a boolean attribute turns it on. Shortcodes pass strings, blocks booleans.
 *
 * @param mixed $value Value.
 * @return bool
 */
function dermakit_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$value = strtolower( trim( (string) $value ) );
	return ! in_array( $value, array( 'false', '0', 'no', 'off' ), true );
}

/**
 * Keeps only `--dk-*` custom property declarations of a style value (the only style the elements read).
 *
 * @param string $style A style attribute's value.
 * @return string
 */
function dermakit_filter_style( $style ) {
	$kept = array();
	foreach ( explode( ';', (string) $style ) as $declaration ) {
		$parts = explode( ':', $declaration, 2 );
		if ( 2 !== count( $parts ) ) {
			continue;
		}
		$name  = strtolower( trim( $parts[0] ) );
		// Double quotes become single ones (a CSS string takes either), so the value never needs an entity: kses
		// splits style declarations at every ';', including the one ending &quot;.
		$value = str_replace( '"', "'", trim( $parts[1] ) );
		// No url(), no escapes, no braces, no comments, no markup or entities: a token value needs none of them.
		if ( preg_match( '/^--dk-[a-z0-9-]+$/', $name ) && '' !== $value && ! preg_match( '%[\\\\{}<>&]|/\*|url\s*\(|expression\s*\(%i', $value ) ) {
			// As written (core's safecss_filter_attr() keeps declarations as written, joined by ';').
			$kept[] = str_replace( '"', "'", trim( $declaration ) );
		}
	}
	return implode( ';', $kept );
}

/**
 * The HTML allow-list nested content goes through (the 'post' context, with this plugin's additions).
 *
 * @return array
 */
function dermakit_allowed_html() {
	return wp_kses_allowed_html( 'post' );
}

/**
 * An image for <dk-before-after>: a Media Library attachment (srcset and sizes from WordPress) or a URL.
 *
 * @param string $slot  'before' or 'after'.
 * @param array  $extra Normalised extras: "<slot>-id", "<slot>-url", "<slot>-alt", width, height, sizes.
 * @return string
 */
function dermakit_before_after_image( $slot, array $extra ) {
	$id  = isset( $extra[ $slot . '-id' ] ) ? absint( $extra[ $slot . '-id' ] ) : 0;
	$url = isset( $extra[ $slot . '-url' ] ) ? (string) $extra[ $slot . '-url' ] : '';
	// A shortcode's before="…" / after="…" takes a URL or an attachment id.
	if ( isset( $extra[ $slot ] ) && '' !== trim( (string) $extra[ $slot ] ) ) {
		$given = trim( (string) $extra[ $slot ] );
		if ( ctype_digit( $given ) ) {
			$id = absint( $given );
		} else {
			$url = $given;
		}
	}
	$alt = isset( $extra[ $slot . '-alt' ] ) ? (string) $extra[ $slot . '-alt' ] : null;

	if ( $id && wp_attachment_is_image( $id ) ) {
		$attr = array(
			'slot'     => $slot,
			'decoding' => 'async',
			'loading'  => 'lazy',
		);
		if ( null !== $alt && '' !== $alt ) {
			$attr['alt'] = $alt;
		}
		if ( ! empty( $extra['sizes'] ) ) {
			$attr['sizes'] = (string) $extra['sizes'];
		}
		$size = ! empty( $extra['size'] ) ? sanitize_key( $extra['size'] ) : 'large';
		$html = wp_get_attachment_image( $id, $size, false, $attr );
		if ( $html ) {
			return $html;
		}
	}
	$url = esc_url( $url );
	if ( '' === $url ) {
		return '';
	}
	$html = '<img slot="' . esc_attr( $slot ) . '" src="' . $url . '" alt="' . esc_attr( (string) $alt ) . '"';
	foreach ( array( 'width', 'height' ) as $dimension ) {
		if ( ! empty( $extra[ $dimension ] ) && absint( $extra[ $dimension ] ) ) {
			$html .= ' ' . $dimension . '="' . absint( $extra[ $dimension ] ) . '"';
		}
	}
	if ( ! empty( $extra['sizes'] ) ) {
		$html .= ' sizes="' . esc_attr( $extra['sizes'] ) . '"';
	}
	return $html . ' loading="lazy" decoding="async">';
}

/**
 * Renders one dermakit element. Blocks and shortcodes call only this.
 *
 * @param string $tag        Element tag: 'dk-faq', 'dk-faq-item', … (see dermakit_elements()).
 * @param array  $args       Attributes in any spelling (heading-level, heading_level, headingLevel). Only the
 *                           element's documented attributes (and class, id, lang, dir, hidden, slot, style with
 *                           --dk-* properties) are printed; boolean ones bare. Extras by element:
 *                           dk-faq-item `question` (printed as <span slot="question">, shown before the script
 *                           runs); dk-collagen-gauge `caption` (text); dk-recovery `intro` (an <h2 slot="intro">,
 *                           `intro-level` 2–6); dk-phase and dk-treatment-plan `text` (inline HTML);
 *                           dk-before-after `before`/`after` (URL or attachment id), `before-id`, `before-url`,
 *                           `before-alt` (and after-…), `width`, `height`, `sizes`, `size`.
 * @param string $inner      Nested content (HTML; goes through wp_kses with the plugin's allow-list).
 * @return string The element's HTML, or '' for an unknown tag.
 */
function dermakit_render( $tag, array $args = array(), $inner = '' ) {
	$elements = dermakit_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$allowed = $elements[ $tag ] + dermakit_common_attributes();

	$attributes = array();
	$extra      = array();
	foreach ( $args as $name => $value ) {
		if ( is_int( $name ) ) {
			// A shortcode's bare word: [dermakit_faq searchable].
			$name  = (string) $value;
			$value = true;
		}
		$name = dermakit_attribute_name( $name );
		if ( null === $value || is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		if ( isset( $allowed[ $name ] ) ) {
			$attributes[ $name ] = $value;
		} else {
			$extra[ $name ] = $value;
		}
	}

	$before = '';
	if ( 'dk-faq-item' === $tag && isset( $attributes['question'] ) && '' !== trim( (string) $attributes['question'] ) ) {
		$before = '<span slot="question">' . esc_html( $attributes['question'] ) . '</span>';
		unset( $attributes['question'] );
	}
	if ( 'dk-recovery' === $tag && isset( $extra['intro'] ) && '' !== trim( (string) $extra['intro'] ) ) {
		$level  = isset( $extra['intro-level'] ) ? min( 6, max( 2, absint( $extra['intro-level'] ) ) ) : 2;
		$before = '<h' . $level . ' slot="intro">' . esc_html( $extra['intro'] ) . '</h' . $level . '>';
	}
	if ( 'dk-collagen-gauge' === $tag && isset( $extra['caption'] ) && '' !== trim( (string) $extra['caption'] ) ) {
		$before = esc_html( $extra['caption'] );
	}
	if ( in_array( $tag, array( 'dk-phase', 'dk-treatment-plan' ), true ) && isset( $extra['text'] ) && '' !== trim( (string) $extra['text'] ) ) {
		$before = wp_kses( (string) $extra['text'], dermakit_allowed_html() );
	}
	if ( 'dk-before-after' === $tag ) {
		$before = dermakit_before_after_image( 'before', $extra ) . dermakit_before_after_image( 'after', $extra );
	}

	ksort( $attributes );
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( 'boolean' === $allowed[ $name ] ) {
			if ( dermakit_truthy( $value ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		$value = (string) $value;
		if ( 'style' === $name ) {
			$value = dermakit_filter_style( $value );
			if ( '' !== $value ) {
				// No " < > & in a filtered value (see dermakit_filter_style()), so it prints as is: esc_attr()
				// would turn ' into &#039;, whose ';' kses reads as the end of a declaration when nested.
				$html .= ' style="' . $value . '"';
			}
			continue;
		} elseif ( 'class' === $name ) {
			$value = implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $value ) ) ) );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>';

	$inner = trim( (string) $inner );
	if ( '' !== $inner ) {
		$inner = wp_kses( $inner, dermakit_allowed_html() );
	}
	return $html . $before . $inner . '</' . $tag . '>';
}
