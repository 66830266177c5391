<?php
/**
 * Renders dermakit/healing-timeline as <dk-healing-timeline> through the plugin's one render path.
 *
 * @package dermakit
 *
 * @var array    $attributes Block attributes.
 * @var string   $content    Rendered inner blocks.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

echo dermakit_render_block( 'dk-healing-timeline', $attributes, $content ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by dermakit_render().
