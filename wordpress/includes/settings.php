<?php
/**
 * Settings → dermakit: brand colour, text colour, corner radius and font, printed once as a small inline
 * `:root{--dk-…}` rule after dermakit.css. Sanitised on save, checked again when printed.
 *
 * @package dermakit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings, each with its custom property.
 *
 * @return array<string,string> Setting key => custom property.
 */
function dermakit_token_properties() {
	return array(
		'font'    => '--dk-font-family',
		'primary' => '--dk-color-primary',
		'radius'  => '--dk-radius',
		'text'    => '--dk-color-text',
	);
}

/**
 * One token value, or '' when it is not acceptable.
 *
 * @param string $key   Setting key.
 * @param mixed  $value Value.
 * @return string
 */
function dermakit_sanitize_token( $key, $value ) {
	$value = trim( sanitize_text_field( is_scalar( $value ) ? (string) $value : '' ) );
	switch ( $key ) {
		case 'primary':
		case 'text':
			return (string) sanitize_hex_color( $value );
		case 'radius':
			return preg_match( '/^(?:0|\d{1,3}(?:\.\d{1,3})?(?:px|em|rem|%))$/', $value ) ? $value : '';
		case 'font':
			// Family names, quotes, commas, spaces and hyphens: a font stack, nothing CSS could break out of.
			return preg_match( '/^[\p{L}\p{N} ,\'"_-]{1,200}$/u', $value ) && substr_count( $value, '"' ) % 2 === 0 && substr_count( $value, "'" ) % 2 === 0 ? $value : '';
	}
	return '';
}

/**
 * Sanitises the option on save.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function dermakit_sanitize_settings( $input ) {
	$clean = array();
	foreach ( array_keys( dermakit_token_properties() ) as $key ) {
		$value = is_array( $input ) && isset( $input[ $key ] ) ? dermakit_sanitize_token( $key, $input[ $key ] ) : '';
		if ( '' !== $value ) {
			$clean[ $key ] = $value;
		}
	}
	return $clean;
}

/**
 * The `:root{…}` rule for the saved tokens ('' when none is set).
 *
 * @return string
 */
function dermakit_tokens_css() {
	$saved = get_option( 'dermakit_settings', array() );
	$rules = array();
	foreach ( dermakit_token_properties() as $key => $property ) {
		$value = is_array( $saved ) && isset( $saved[ $key ] ) ? dermakit_sanitize_token( $key, $saved[ $key ] ) : '';
		if ( '' !== $value ) {
			$rules[] = $property . ':' . $value;
		}
	}
	return $rules ? ':root{' . implode( ';', $rules ) . '}' : '';
}

/**
 * Where the script loads: 'everywhere' (the default: every front-end page) or 'used' (only pages that show a
 * widget, with the smallest script that covers them).
 *
 * @param mixed $value A submitted or saved value.
 * @return string
 */
function dermakit_sanitize_load_mode( $value ) {
	return 'used' === $value ? 'used' : 'everywhere';
}

/**
 * The saved load mode.
 *
 * @return string 'everywhere' or 'used'.
 */
function dermakit_load_mode() {
	return dermakit_sanitize_load_mode( get_option( 'dermakit_load', 'everywhere' ) );
}

/**
 * Registers the options.
 */
function dermakit_register_settings() {
	register_setting(
		'dermakit',
		'dermakit_settings',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'dermakit_sanitize_settings',
			'default'           => array(),
		)
	);
	register_setting(
		'dermakit',
		'dermakit_load',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'dermakit_sanitize_load_mode',
			'default'           => 'everywhere',
		)
	);
}
add_action( 'admin_init', 'dermakit_register_settings' );

/**
 * Adds Settings → dermakit.
 */
function dermakit_add_settings_page() {
	$hook = add_options_page( __( 'dermakit', 'dermakit' ), __( 'dermakit', 'dermakit' ), 'manage_options', 'dermakit', 'dermakit_settings_page' );
	add_action( 'admin_print_scripts-' . $hook, 'dermakit_settings_assets' );
}
add_action( 'admin_menu', 'dermakit_add_settings_page' );

/**
 * The kit on the settings page, for the live preview.
 */
function dermakit_settings_assets() {
	dermakit_register_assets();
	wp_enqueue_script( 'dermakit' );
	wp_enqueue_style( 'dermakit' );
	wp_add_inline_script(
		'dermakit',
		"document.addEventListener('input',function(e){var f=e.target;var p=f&&f.getAttribute('data-dk-property');var b=document.getElementById('dermakit-preview');if(!p||!b)return;if(f.value){b.style.setProperty(p,f.value);}else{b.style.removeProperty(p);}});",
		'after'
	);
}

/**
 * Prints the settings page.
 */
function dermakit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$saved  = get_option( 'dermakit_settings', array() );
	$saved  = is_array( $saved ) ? $saved : array();
	$fields = array(
		'primary' => array( __( 'Brand colour', 'dermakit' ), 'color', '#0b6e69' ),
		'text'    => array( __( 'Text colour', 'dermakit' ), 'color', '' ),
		'radius'  => array( __( 'Corner radius', 'dermakit' ), 'text', '0.5em' ),
		'font'    => array( __( 'Font family', 'dermakit' ), 'text', 'inherit' ),
	);
	$props  = dermakit_token_properties();
	$style  = array();
	foreach ( $props as $key => $property ) {
		if ( ! empty( $saved[ $key ] ) ) {
			$style[] = $property . ':' . dermakit_sanitize_token( $key, $saved[ $key ] );
		}
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html__( 'dermakit', 'dermakit' ); ?></h1>
		<p><?php echo esc_html__( 'Theme tokens for every dermakit widget on the site. Leave a field empty to follow the theme.', 'dermakit' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'dermakit' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( $fields as $key => $field ) : ?>
					<tr>
						<th scope="row"><label for="dermakit-<?php echo esc_attr( $key ); ?>"><?php echo esc_html( $field[0] ); ?></label></th>
						<td>
							<input type="text" class="regular-text" id="dermakit-<?php echo esc_attr( $key ); ?>"
								name="dermakit_settings[<?php echo esc_attr( $key ); ?>]"
								value="<?php echo esc_attr( isset( $saved[ $key ] ) ? $saved[ $key ] : '' ); ?>"
								placeholder="<?php echo esc_attr( $field[2] ); ?>"
								data-dk-property="<?php echo esc_attr( $props[ $key ] ); ?>">
							<?php if ( 'color' === $field[1] ) : ?>
								<p class="description"><?php echo esc_html__( 'A hex colour, e.g. #0b6e69.', 'dermakit' ); ?></p>
							<?php endif; ?>
						</td>
					</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><?php echo esc_html__( 'Load the script', 'dermakit' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php echo esc_html__( 'Load the script', 'dermakit' ); ?></legend>
							<?php
							$modes = array(
								'everywhere' => __( 'On every page (dermakit.js, about 22 KB compressed, cached after the first page)', 'dermakit' ),
								'used'       => __( 'Only on pages that show a widget, and only the widgets they show (an FAQ page loads about 13 KB)', 'dermakit' ),
							);
							foreach ( $modes as $mode => $label ) :
								?>
								<label><input type="radio" name="dermakit_load" value="<?php echo esc_attr( $mode ); ?>" <?php checked( dermakit_load_mode(), $mode ); ?>> <?php echo esc_html( $label ); ?></label><br>
							<?php endforeach; ?>
							<p class="description"><?php echo esc_html__( 'Keep "On every page" if you type dermakit elements into a page builder\'s own HTML widget: the plugin cannot see those.', 'dermakit' ); ?></p>
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php echo esc_html__( 'Preview', 'dermakit' ); ?></h2>
		<div id="dermakit-preview" style="<?php echo esc_attr( implode( ';', $style ) ); ?>; max-width: 40em">
			<?php
			echo dermakit_render( 'dk-collagen-gauge', array( 'value' => '60' ), esc_html__( 'Course progress', 'dermakit' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by dermakit_render().
			echo dermakit_render( 'dk-treatment-plan', array( 'sessions' => '3', 'completed' => '1' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by dermakit_render().
			?>
		</div>
	</div>
	<?php
}
