/* dermakit blocks in the editor: plain script on WordPress's globals, no build step. Each block is dynamic (its
 * block.json names a render.php); containers save only their inner blocks. The editor shows the real widgets:
 * dermakit.js is loaded in the editor, leaf blocks preview through ServerSideRender (the same render path as the
 * front end), and the FAQ and recovery blocks are edited inside their real elements (<dk-faq>, <dk-faq-item>,
 * <dk-recovery>) with their text in the elements' slots. */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;
  var useSelect = wp.data.useSelect;

  /** Sidebar controls for a block's attributes: [name, label, kind, options]. Empty text means "the default". */
  function inspector(props, title, fields) {
    var a = props.attributes;
    function set(name, value) {
      var next = {};
      next[name] = value === '' ? undefined : value;
      props.setAttributes(next);
    }
    return el(be.InspectorControls, {},
      el(c.PanelBody, { title: title, initialOpen: true },
        fields.map(function (f) {
          var name = f[0], label = f[1], kind = f[2];
          if (kind === 'toggle') {
            return el(c.ToggleControl, { key: name, label: label, checked: !!a[name], onChange: function (v) { set(name, v || undefined); } });
          }
          if (kind === 'select') {
            return el(c.SelectControl, { key: name, label: label, value: a[name] || '', options: f[3], onChange: function (v) { set(name, v); } });
          }
          return el(c.TextControl, {
            key: name, label: label, value: a[name] || '', type: kind === 'date' ? 'date' : kind === 'number' ? 'number' : 'text',
            help: f[3], onChange: function (v) { set(name, v); }
          });
        })));
  }

  function preview(name, props) {
    return el(c.Disabled, {}, el(ServerSideRender, { block: name, attributes: props.attributes }));
  }

  function leaf(name, title, fields, extra) {
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        return el('div', be.useBlockProps(), inspector(props, title, fields), extra ? extra(props) : null, preview(name, props));
      },
      save: function () { return null; }
    });
  }

  var orientation = [
    { label: __('Automatic', 'dermakit'), value: '' },
    { label: __('Horizontal', 'dermakit'), value: 'horizontal' },
    { label: __('Vertical', 'dermakit'), value: 'vertical' }
  ];

  /**
   * A dk-* element in the editor. React 17 passes props of custom elements through as attributes as written:
   * `className` would become a `classname` attribute (so it is renamed `class`) and false would print "false"
   * (which turns a boolean attribute on), so false and empty values are left out.
   */
  function custom(tag, props) {
    var out = {};
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === false || value === null || value === undefined || value === '') return;
      out[key === 'className' ? 'class' : key] = value;
    });
    return el.apply(null, [tag, out].concat([].slice.call(arguments, 2)));
  }

  /** Plain text stored, edited in a RichText (which holds HTML): no formats, no line breaks. */
  function escapeText(text) {
    return String(text || '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  function plainText(html) {
    var text = wp.richText.create({ html: html || '' }).text;
    return text.replace(/[\ufeff\ufffc]/g, '').replace(/\s+/g, ' ').replace(/^ | $/g, '');
  }
  function plainRichText(props, name, options) {
    return el(be.RichText, Object.assign({
      value: escapeText(props.attributes[name]),
      allowedFormats: [],
      withoutInteractiveFormatting: true,
      disableLineBreaks: true,
      onChange: function (v) {
        var next = {};
        next[name] = plainText(v) || undefined;
        props.setAttributes(next);
      }
    }, options));
  }

  // FAQ: the real <dk-faq> with its items (the inner blocks) as its children; questions and answers are edited in
  // place. Every answer stays open in the editor (an item closed by a click or a key in its question would hide
  // what is being edited), so `multiple` is always on here and a closing item is opened again.
  function keepOpen(node) {
    if (!node || node.dermakitKeepOpen) return;
    node.dermakitKeepOpen = true;
    node.addEventListener('dk-toggle', function (event) {
      var item = event.target;
      if (item && item.localName === 'dk-faq-item' && !event.detail.open) item.open = true;
    });
  }

  wp.blocks.registerBlockType('dermakit/faq', {
    edit: function (props) {
      var a = props.attributes;
      var inner = be.useInnerBlocksProps(be.useBlockProps({ className: 'dermakit-editor-faq', ref: keepOpen }), {
        allowedBlocks: ['dermakit/faq-item'],
        template: [['dermakit/faq-item'], ['dermakit/faq-item']]
      });
      var children = inner.children;
      var attributes = Object.assign({}, inner, {
        children: undefined,
        'heading-level': a.headingLevel,
        multiple: true,
        'expand-all': a.multiple && a.expandAll,
        searchable: a.searchable,
        'search-label': a.searchLabel,
        'search-placeholder': a.searchPlaceholder
        // No schema here: its JSON-LD belongs to the published page, not to the editor's.
      });
      return custom('dk-faq', attributes,
        inspector(props, __('FAQ', 'dermakit'), [
          ['headingLevel', __('Heading level of the questions (2–6)', 'dermakit'), 'select', [
            { label: '3 (' + __('default', 'dermakit') + ')', value: '' }, { label: '2', value: '2' }, { label: '4', value: '4' }, { label: '5', value: '5' }, { label: '6', value: '6' }]],
          ['multiple', __('Let several answers stay open', 'dermakit'), 'toggle'],
          ['expandAll', __('“Expand all” button (needs the option above)', 'dermakit'), 'toggle'],
          ['searchable', __('Search field', 'dermakit'), 'toggle'],
          ['searchLabel', __('Search field label', 'dermakit'), 'text'],
          ['searchPlaceholder', __('Search field placeholder', 'dermakit'), 'text'],
          ['schema', __('FAQPage structured data (leave off if your SEO plugin adds it)', 'dermakit'), 'toggle']
        ]),
        children);
    },
    save: function () { return el(be.InnerBlocks.Content); }
  });

  // One question: the real <dk-faq-item>, its question a <span slot="question"> and its answer the inner blocks
  // (the default slot). An empty question slot would hide itself (an item without a question has no button), so
  // until it has words the question field sits above the answer.
  wp.blocks.registerBlockType('dermakit/faq-item', {
    edit: function (props) {
      var inner = be.useInnerBlocksProps(be.useBlockProps({ className: 'dermakit-editor-faq-item' }), {
        template: [['core/paragraph', { placeholder: __('Answer', 'dermakit') }]]
      });
      var children = inner.children;
      return custom('dk-faq-item', Object.assign({}, inner, { children: undefined, open: true }),
        inspector(props, __('Question', 'dermakit'), [['open', __('Open from the start', 'dermakit'), 'toggle']]),
        plainRichText(props, 'question', {
          tagName: 'span', slot: props.attributes.question ? 'question' : undefined,
          placeholder: __('Question', 'dermakit'), 'aria-label': __('Question', 'dermakit'),
          style: props.attributes.question ? undefined : { display: 'block', fontWeight: 'bold' }
        }),
        children);
    },
    save: function () { return el(be.InnerBlocks.Content); }
  });

  // Healing timeline: the built-in phases (previewed), or own phases as inner blocks.
  wp.blocks.registerBlockType('dermakit/healing-timeline', {
    edit: function (props) {
      var count = useSelect(function (select) { return select('core/block-editor').getBlockCount(props.clientId); }, [props.clientId]);
      return el('div', be.useBlockProps(),
        inspector(props, __('Healing timeline', 'dermakit'), [
          ['treatmentDate', __('Treatment date', 'dermakit'), 'date', __('Marks the visitor’s current day. Leave empty inside a recovery section.', 'dermakit')],
          ['day', __('Or: days since treatment', 'dermakit'), 'number'],
          ['orientation', __('Layout', 'dermakit'), 'select', orientation],
          ['scale', __('Phase widths', 'dermakit'), 'select', [{ label: __('Equal', 'dermakit'), value: '' }, { label: __('Follow the days', 'dermakit'), value: 'time' }]],
          ['label', __('Accessible name', 'dermakit'), 'text']
        ]),
        count ? null : preview('dermakit/healing-timeline', props),
        el('p', { className: 'description' }, count ? __('Own phases:', 'dermakit') : __('Built-in microneedling phases. Add a phase to write your own.', 'dermakit')),
        el(be.InnerBlocks, { allowedBlocks: ['dermakit/phase'] }));
    },
    save: function () { return el(be.InnerBlocks.Content); }
  });

  wp.blocks.registerBlockType('dermakit/phase', {
    edit: function (props) {
      var a = props.attributes;
      return el('div', be.useBlockProps({ style: { borderLeft: '3px solid currentColor', paddingLeft: '0.75em', margin: '0.5em 0' } }),
        inspector(props, __('Phase', 'dermakit'), [
          ['name', __('Name', 'dermakit'), 'text'],
          ['start', __('First day (0 = treatment day)', 'dermakit'), 'number'],
          ['end', __('Last day', 'dermakit'), 'number'],
          ['span', __('Own span text (e.g. “First 48 hours”)', 'dermakit'), 'text']
        ]),
        el(be.PlainText, { value: a.name || '', placeholder: __('Phase name', 'dermakit'), style: { fontWeight: 'bold' }, onChange: function (v) { props.setAttributes({ name: v || undefined }); } }),
        el('small', {}, (a.start || '?') + '–' + (a.end || '?') + ' ' + __('days', 'dermakit')),
        el(be.RichText, { tagName: 'p', value: a.text || '', placeholder: __('What happens in this phase', 'dermakit'), onChange: function (v) { props.setAttributes({ text: v || undefined }); } }));
    },
    save: function () { return null; }
  });

  leaf('dermakit/collagen-gauge', __('Collagen gauge', 'dermakit'), [
    ['value', __('Your own figure, 0–100 (else the model follows the day)', 'dermakit'), 'number'],
    ['treatmentDate', __('Treatment date', 'dermakit'), 'date'],
    ['day', __('Or: days since treatment', 'dermakit'), 'number'],
    ['showTypes', __('Show type III / type I collagen', 'dermakit'), 'toggle'],
    ['caption', __('Caption', 'dermakit'), 'text'],
    ['label', __('Accessible name (when there is no caption)', 'dermakit'), 'text'],
    ['note', __('Note under the gauge', 'dermakit'), 'text', __('Default: “Illustrative model, not a prediction. Individual results vary.”', 'dermakit')]
  ]);

  // Recovery section: the real <dk-recovery> (date field, scrubber) around its inner blocks, the heading in its
  // intro slot as the front end prints it.
  wp.blocks.registerBlockType('dermakit/recovery', {
    edit: function (props) {
      var a = props.attributes;
      var inner = be.useInnerBlocksProps(be.useBlockProps(), { template: [['dermakit/healing-timeline'], ['dermakit/collagen-gauge']] });
      var children = inner.children;
      return custom('dk-recovery', Object.assign({}, inner, {
        children: undefined,
        'treatment-date': a.treatmentDate,
        'date-picker': a.datePicker,
        'date-label': a.dateLabel,
        scrubber: a.scrubber,
        'scrubber-label': a.scrubberLabel
      }),
        inspector(props, __('Recovery section', 'dermakit'), [
          ['treatmentDate', __('Treatment date', 'dermakit'), 'date'],
          ['datePicker', __('Date field for visitors', 'dermakit'), 'toggle'],
          ['dateLabel', __('Date field label', 'dermakit'), 'text'],
          ['scrubber', __('Day scrubber', 'dermakit'), 'toggle'],
          ['scrubberLabel', __('Scrubber label', 'dermakit'), 'text']
        ]),
        plainRichText(props, 'intro', { tagName: 'h2', slot: 'intro', placeholder: __('Heading (optional)', 'dermakit'), 'aria-label': __('Heading', 'dermakit') }),
        children);
    },
    save: function () { return el(be.InnerBlocks.Content); }
  });

  leaf('dermakit/treatment-plan', __('Treatment plan', 'dermakit'), [
    ['sessions', __('Sessions (1–12)', 'dermakit'), 'number'],
    ['intervalWeeks', __('Weeks between sessions', 'dermakit'), 'number'],
    ['intervalDays', __('Or: days between sessions', 'dermakit'), 'number'],
    ['startDate', __('First session', 'dermakit'), 'date'],
    ['completed', __('Sessions done', 'dermakit'), 'number'],
    ['eventTitle', __('Calendar event title', 'dermakit'), 'text', __('{n} and {total} are replaced', 'dermakit')],
    ['location', __('Clinic name and address', 'dermakit'), 'text'],
    ['description', __('Calendar event description', 'dermakit'), 'text'],
    ['buttonLabel', __('Button text', 'dermakit'), 'text'],
    ['text', __('Text shown before the script runs', 'dermakit'), 'text']
  ]);

  function imagePicker(props, side, label) {
    var a = props.attributes;
    // The Media Library needs wp.media (loaded by the post editor); without it the URL fields still work.
    if (!wp.media || !wp.media.view || !wp.media.view.MediaFrame) return null;
    return el(be.MediaUploadCheck, { key: side },
      el(be.MediaUpload, {
        allowedTypes: ['image'], value: a[side + 'Id'],
        onSelect: function (media) {
          var next = {};
          next[side + 'Id'] = media.id;
          next[side + 'Url'] = undefined;
          if (!a[side + 'Alt'] && media.alt) next[side + 'Alt'] = media.alt;
          props.setAttributes(next);
        },
        render: function (o) {
          return el(c.Button, { variant: 'secondary', onClick: o.open, style: { marginRight: '0.5em' } }, a[side + 'Id'] ? label + ' ✓' : label);
        }
      }));
  }

  leaf('dermakit/before-after', __('Before/after slider', 'dermakit'), [
    ['beforeAlt', __('Before photo: alt text', 'dermakit'), 'text'],
    ['afterAlt', __('After photo: alt text', 'dermakit'), 'text'],
    ['beforeUrl', __('Or: before photo URL', 'dermakit'), 'text', __('Used when no photo is chosen from the Media Library.', 'dermakit')],
    ['afterUrl', __('Or: after photo URL', 'dermakit'), 'text'],
    ['label', __('Accessible name of the slider', 'dermakit'), 'text'],
    ['position', __('Divider start, 0–100', 'dermakit'), 'number'],
    ['orientation', __('Orientation', 'dermakit'), 'select', [{ label: __('Side by side', 'dermakit'), value: '' }, { label: __('Top and bottom', 'dermakit'), value: 'vertical' }]],
    ['beforeLabel', __('“Before” chip text', 'dermakit'), 'text'],
    ['afterLabel', __('“After” chip text', 'dermakit'), 'text'],
    ['hideLabels', __('Hide both chips', 'dermakit'), 'toggle']
  ], function (props) {
    return el('div', { style: { margin: '0 0 0.5em' } },
      imagePicker(props, 'before', __('Choose before photo', 'dermakit')),
      imagePicker(props, 'after', __('Choose after photo', 'dermakit')));
  });
})(window.wp);
