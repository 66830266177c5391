// jQuery 1.12 / 3.x with the kind of plugin clinic themes carry, reduced to what touches the page: the globals `$`
// and `jQuery`, its expando data on DOM nodes, a delegated click handler on the document and a ready callback that
// walks every image (a lazy-load plugin). jQuery patches no built-in; its presence must simply not matter.
// Loaded as a classic script.
(function (window) {
  var document = window.document;
  var version = '1.12.4';
  var expando = 'jQuery' + (version + Math.random()).replace(/\D/g, '');
  var uuid = 1;

  function jQuery(selector, context) {
    return new jQuery.fn.init(selector, context);
  }

  jQuery.fn = jQuery.prototype = {
    jquery: version,
    constructor: jQuery,
    length: 0,
    each: function (callback) {
      for (var i = 0; i < this.length; i++) if (callback.call(this[i], i, this[i]) === false) break;
      return this;
    },
    data: function (key, value) {
      return this.each(function () {
        var cache = this[expando] || (this[expando] = { id: uuid++ });
        cache[key] = value;
      });
    },
    on: function (types, selector, handler) {
      return this.each(function () {
        var elem = this;
        types.split(' ').forEach(function (type) {
          elem.addEventListener(type, function (event) {
            var target = event.target && event.target.closest ? event.target.closest(selector) : null;
            if (target) handler.call(target, event);
          });
        });
      });
    },
    ready: function (fn) {
      if (document.readyState !== 'loading') setTimeout(fn.bind(document, jQuery));
      else document.addEventListener('DOMContentLoaded', fn.bind(document, jQuery));
      return this;
    },
  };

  var init = (jQuery.fn.init = function (selector, context) {
    if (!selector) return this;
    if (typeof selector === 'function') return jQuery(document).ready(selector);
    var elems = typeof selector === 'string' ? (context || document).querySelectorAll(selector) : [selector];
    for (var i = 0; i < elems.length; i++) this[i] = elems[i];
    this.length = elems.length;
    return this;
  });
  init.prototype = jQuery.fn;

  jQuery.expando = expando;
  jQuery.noConflict = function () {
    return jQuery;
  };

  window.jQuery = window.$ = jQuery;

  // The theme's plugins.
  jQuery(function ($) {
    $('img').each(function () {
      $(this).data('lazy', this.currentSrc || this.src);
    });
  });
  jQuery(document).on('click', 'a[href^="#"]', function (event) {
    jQuery(this).data('smooth-scroll', event.timeStamp);
  });
})(window);
