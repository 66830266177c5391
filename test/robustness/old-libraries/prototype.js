// Prototype 1.6.0.3 (still on many Magento 1 and old Rails clinic sites), reduced to what it does to the browser's
// built-ins and globals, written the way that code does it. Loaded as a classic script.
//
// - Object.keys/values: every enumerable key including inherited ones (for…in), replacing the native ones.
// - Function.prototype.bind: its own (same arguments; `bind()` with nothing returns the function itself).
// - Array.from = $A: array-likes only (a Set or an iterator gives []), no map function.
// - Array.prototype gets Enumerable mixed in by assignment (enumerable), REPLACING the native map, filter, find,
//   every, some and entries (callbacks get (value, index), `entries()` is a copy of the array), plus first, last,
//   flatten, without, uniq, clear, inspect…; reduce becomes `return this.length > 1 ? this : this[0]`; and toJSON,
//   so JSON.stringify turns every array into a string.
// - String.prototype: toJSON (a quoted string), startsWith/endsWith (one argument), strip, include, times…
// - Number.prototype.toJSON, Date.prototype.toJSON (a string holding quotes), RegExp.prototype.match = test.
// - window.Element replaced (native prototype kept); Element.Methods copied, methodized, onto HTMLElement.prototype:
//   remove (throws without a parent), scrollTo (scrolls the window to the element), hide, show, update, select…
// - Event: static helpers on the native constructor and Event.Methods (stop, element, pointer…) on its prototype.
(function () {
  var window = this;

  window.Prototype = {
    Version: '1.6.0.3',
    Browser: { IE: false, Opera: false, WebKit: navigator.userAgent.indexOf('AppleWebKit/') > -1, Gecko: false, MobileSafari: false },
    BrowserFeatures: { XPath: !!document.evaluate, SelectorsAPI: true, ElementExtensions: !!window.HTMLElement, SpecificElementExtensions: true },
    emptyFunction: function () {},
    K: function (x) {
      return x;
    },
  };
  var Prototype = window.Prototype;
  var $break = (window.$break = {});

  Object.extend = function (destination, source) {
    for (var property in source) destination[property] = source[property];
    return destination;
  };

  Object.extend(Object, {
    inspect: function (object) {
      try {
        if (Object.isUndefined(object)) return 'undefined';
        if (object === null) return 'null';
        return object.inspect ? object.inspect() : String(object);
      } catch (e) {
        if (e instanceof RangeError) return '...';
        throw e;
      }
    },
    toJSON: function (object) {
      var type = typeof object;
      switch (type) {
        case 'undefined':
        case 'function':
        case 'unknown':
          return;
        case 'boolean':
          return object.toString();
      }
      if (object === null) return 'null';
      if (object.toJSON) return object.toJSON();
      if (Object.isElement(object)) return;
      var results = [];
      for (var property in object) {
        var value = Object.toJSON(object[property]);
        if (!Object.isUndefined(value)) results.push(property.toJSON() + ': ' + value);
      }
      return '{' + results.join(', ') + '}';
    },
    keys: function (object) {
      var keys = [];
      for (var property in object) keys.push(property);
      return keys;
    },
    values: function (object) {
      var values = [];
      for (var property in object) values.push(object[property]);
      return values;
    },
    clone: function (object) {
      return Object.extend({}, object);
    },
    isElement: function (object) {
      return !!(object && object.nodeType == 1);
    },
    isArray: function (object) {
      return object != null && typeof object == 'object' && 'splice' in object && 'join' in object;
    },
    isFunction: function (object) {
      return typeof object == 'function';
    },
    isString: function (object) {
      return typeof object == 'string';
    },
    isNumber: function (object) {
      return typeof object == 'number';
    },
    isUndefined: function (object) {
      return typeof object == 'undefined';
    },
  });

  function $A(iterable) {
    if (!iterable) return [];
    if (iterable.toArray) return iterable.toArray();
    var length = iterable.length || 0,
      results = new Array(length);
    while (length--) results[length] = iterable[length];
    return results;
  }
  window.$A = $A;

  Object.extend(Function.prototype, {
    argumentNames: function () {
      var names = this.toString()
        .match(/^[\s\(]*function[^(]*\(([^\)]*)\)/)[1]
        .replace(/\s+/g, '')
        .split(',');
      return names.length == 1 && !names[0] ? [] : names;
    },
    bind: function () {
      if (arguments.length < 2 && Object.isUndefined(arguments[0])) return this;
      var __method = this,
        args = $A(arguments),
        object = args.shift();
      return function () {
        return __method.apply(object, args.concat($A(arguments)));
      };
    },
    bindAsEventListener: function () {
      var __method = this,
        args = $A(arguments),
        object = args.shift();
      return function (event) {
        return __method.apply(object, [event || window.event].concat(args));
      };
    },
    curry: function () {
      if (!arguments.length) return this;
      var __method = this,
        args = $A(arguments);
      return function () {
        return __method.apply(this, args.concat($A(arguments)));
      };
    },
    delay: function () {
      var __method = this,
        args = $A(arguments),
        timeout = args.shift() * 1000;
      return window.setTimeout(function () {
        return __method.apply(__method, args);
      }, timeout);
    },
    defer: function () {
      var args = [0.01].concat($A(arguments));
      return this.delay.apply(this, args);
    },
    wrap: function (wrapper) {
      var __method = this;
      return function () {
        return wrapper.apply(this, [__method.bind(this)].concat($A(arguments)));
      };
    },
    methodize: function () {
      if (this._methodized) return this._methodized;
      var __method = this;
      return (this._methodized = function () {
        return __method.apply(null, [this].concat($A(arguments)));
      });
    },
  });

  Date.prototype.toJSON = function () {
    return (
      '"' +
      this.getUTCFullYear() +
      '-' +
      (this.getUTCMonth() + 1).toPaddedString(2) +
      '-' +
      this.getUTCDate().toPaddedString(2) +
      'T' +
      this.getUTCHours().toPaddedString(2) +
      ':' +
      this.getUTCMinutes().toPaddedString(2) +
      ':' +
      this.getUTCSeconds().toPaddedString(2) +
      'Z"'
    );
  };

  RegExp.prototype.match = RegExp.prototype.test;
  RegExp.escape = function (str) {
    return String(str).replace(/([.*+?^=!:${}()|[\]\/\\])/g, '\\$1');
  };

  String.specialChar = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\\': '\\\\' };

  Object.extend(String.prototype, {
    gsub: function (pattern, replacement) {
      return String(this).replace(new RegExp(pattern.source || RegExp.escape(pattern), 'g'), replacement);
    },
    strip: function () {
      return this.replace(/^\s+/, '').replace(/\s+$/, '');
    },
    stripTags: function () {
      return this.replace(/<\/?[^>]+>/gi, '');
    },
    escapeHTML: function () {
      return this.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    },
    toArray: function () {
      return this.split('');
    },
    times: function (count) {
      return count < 1 ? '' : new Array(count + 1).join(this);
    },
    camelize: function () {
      return this.replace(/-+(.)?/g, function (match, chr) {
        return chr ? chr.toUpperCase() : '';
      });
    },
    capitalize: function () {
      return this.charAt(0).toUpperCase() + this.substring(1).toLowerCase();
    },
    inspect: function (useDoubleQuotes) {
      var escapedString = this.gsub(/[\x00-\x1f\\]/, function (match) {
        var character = String.specialChar[match];
        return character ? character : '\\u00' + match.charCodeAt(0).toPaddedString(2, 16);
      });
      if (useDoubleQuotes) return '"' + escapedString.replace(/"/g, '\\"') + '"';
      return "'" + escapedString.replace(/'/g, "\\'") + "'";
    },
    toJSON: function () {
      return this.inspect(true);
    },
    evalJSON: function () {
      return JSON.parse(this);
    },
    include: function (pattern) {
      return this.indexOf(pattern) > -1;
    },
    startsWith: function (pattern) {
      return this.indexOf(pattern) === 0;
    },
    endsWith: function (pattern) {
      var d = this.length - pattern.length;
      return d >= 0 && this.lastIndexOf(pattern) === d;
    },
    empty: function () {
      return this == '';
    },
    blank: function () {
      return /^\s*$/.test(this);
    },
  });

  var Enumerable = {
    each: function (iterator, context) {
      var index = 0;
      iterator = iterator.bind(context);
      try {
        this._each(function (value) {
          iterator(value, index++);
        });
      } catch (e) {
        if (e != $break) throw e;
      }
      return this;
    },
    eachSlice: function (number, iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var index = -number,
        slices = [],
        array = this.toArray();
      while ((index += number) < array.length) slices.push(array.slice(index, index + number));
      return slices.collect(iterator, context);
    },
    all: function (iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var result = true;
      this.each(function (value, index) {
        result = result && !!iterator(value, index);
        if (!result) throw $break;
      });
      return result;
    },
    any: function (iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var result = false;
      this.each(function (value, index) {
        if ((result = !!iterator(value, index))) throw $break;
      });
      return result;
    },
    collect: function (iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var results = [];
      this.each(function (value, index) {
        results.push(iterator(value, index));
      });
      return results;
    },
    detect: function (iterator, context) {
      iterator = iterator.bind(context);
      var result;
      this.each(function (value, index) {
        if (iterator(value, index)) {
          result = value;
          throw $break;
        }
      });
      return result;
    },
    findAll: function (iterator, context) {
      iterator = iterator.bind(context);
      var results = [];
      this.each(function (value, index) {
        if (iterator(value, index)) results.push(value);
      });
      return results;
    },
    grep: function (filter, iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var results = [];
      if (Object.isString(filter)) filter = new RegExp(filter);
      this.each(function (value, index) {
        if (filter.match(value)) results.push(iterator(value, index));
      });
      return results;
    },
    include: function (object) {
      if (Object.isFunction(this.indexOf)) if (this.indexOf(object) != -1) return true;
      var found = false;
      this.each(function (value) {
        if (value == object) {
          found = true;
          throw $break;
        }
      });
      return found;
    },
    inGroupsOf: function (number, fillWith) {
      fillWith = Object.isUndefined(fillWith) ? null : fillWith;
      return this.eachSlice(number, function (slice) {
        while (slice.length < number) slice.push(fillWith);
        return slice;
      });
    },
    inject: function (memo, iterator, context) {
      iterator = iterator.bind(context);
      this.each(function (value, index) {
        memo = iterator(memo, value, index);
      });
      return memo;
    },
    invoke: function (method) {
      var args = $A(arguments).slice(1);
      return this.map(function (value) {
        return value[method].apply(value, args);
      });
    },
    max: function (iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var result;
      this.each(function (value, index) {
        value = iterator(value, index);
        if (result == null || value >= result) result = value;
      });
      return result;
    },
    min: function (iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var result;
      this.each(function (value, index) {
        value = iterator(value, index);
        if (result == null || value < result) result = value;
      });
      return result;
    },
    partition: function (iterator, context) {
      iterator = iterator ? iterator.bind(context) : Prototype.K;
      var trues = [],
        falses = [];
      this.each(function (value, index) {
        (iterator(value, index) ? trues : falses).push(value);
      });
      return [trues, falses];
    },
    pluck: function (property) {
      var results = [];
      this.each(function (value) {
        results.push(value[property]);
      });
      return results;
    },
    reject: function (iterator, context) {
      iterator = iterator.bind(context);
      var results = [];
      this.each(function (value, index) {
        if (!iterator(value, index)) results.push(value);
      });
      return results;
    },
    sortBy: function (iterator, context) {
      iterator = iterator.bind(context);
      return this.map(function (value, index) {
        return { value: value, criteria: iterator(value, index) };
      })
        .sort(function (left, right) {
          var a = left.criteria,
            b = right.criteria;
          return a < b ? -1 : a > b ? 1 : 0;
        })
        .pluck('value');
    },
    toArray: function () {
      return this.map();
    },
    zip: function () {
      var iterator = Prototype.K,
        args = $A(arguments);
      if (Object.isFunction(args.last())) iterator = args.pop();
      var collections = [this].concat(args).map($A);
      return this.map(function (value, index) {
        return iterator(collections.pluck(index));
      });
    },
    size: function () {
      return this.toArray().length;
    },
    inspect: function () {
      return '#<Enumerable:' + this.toArray().inspect() + '>';
    },
  };

  Object.extend(Enumerable, {
    map: Enumerable.collect,
    find: Enumerable.detect,
    select: Enumerable.findAll,
    filter: Enumerable.findAll,
    member: Enumerable.include,
    entries: Enumerable.toArray,
    every: Enumerable.all,
    some: Enumerable.any,
  });
  window.Enumerable = Enumerable;

  Array.from = $A;

  Object.extend(Array.prototype, Enumerable);

  if (!Array.prototype._reverse) Array.prototype._reverse = Array.prototype.reverse;

  Object.extend(Array.prototype, {
    _each: function (iterator) {
      for (var i = 0, length = this.length; i < length; i++) iterator(this[i]);
    },
    clear: function () {
      this.length = 0;
      return this;
    },
    first: function () {
      return this[0];
    },
    last: function () {
      return this[this.length - 1];
    },
    compact: function () {
      return this.select(function (value) {
        return value != null;
      });
    },
    flatten: function () {
      return this.inject([], function (array, value) {
        return array.concat(Object.isArray(value) ? value.flatten() : [value]);
      });
    },
    without: function () {
      var values = $A(arguments);
      return this.select(function (value) {
        return !values.include(value);
      });
    },
    reverse: function (inline) {
      return (inline !== false ? this : this.toArray())._reverse();
    },
    reduce: function () {
      return this.length > 1 ? this : this[0];
    },
    uniq: function (sorted) {
      return this.inject([], function (array, value, index) {
        if (0 == index || (sorted ? array.last() != value : !array.include(value))) array.push(value);
        return array;
      });
    },
    intersect: function (array) {
      return this.uniq().findAll(function (item) {
        return array.detect(function (value) {
          return item === value;
        });
      });
    },
    clone: function () {
      return [].concat(this);
    },
    size: function () {
      return this.length;
    },
    inspect: function () {
      return '[' + this.map(Object.inspect).join(', ') + ']';
    },
    toJSON: function () {
      var results = [];
      this.each(function (object) {
        var value = Object.toJSON(object);
        if (!Object.isUndefined(value)) results.push(value);
      });
      return '[' + results.join(', ') + ']';
    },
  });

  // use native browser JS 1.6 implementation if available
  if (Object.isFunction(Array.prototype.forEach)) Array.prototype._each = Array.prototype.forEach;
  Array.prototype.toArray = Array.prototype.clone;

  function $w(string) {
    if (!Object.isString(string)) return [];
    string = string.strip();
    return string ? string.split(/\s+/) : [];
  }
  window.$w = $w;

  Object.extend(Number.prototype, {
    toColorPart: function () {
      return this.toPaddedString(2, 16);
    },
    succ: function () {
      return this + 1;
    },
    times: function (iterator, context) {
      $R(0, this, true).each(iterator, context);
      return this;
    },
    toPaddedString: function (length, radix) {
      var string = this.toString(radix || 10);
      return '0'.times(length - string.length) + string;
    },
    toJSON: function () {
      return isFinite(this) ? this.toString() : 'null';
    },
  });

  $w('abs round ceil floor').each(function (method) {
    Number.prototype[method] = Math[method].methodize();
  });

  function $R(start, end, exclusive) {
    var results = [];
    for (var value = start; exclusive ? value < end : value <= end; value++) results.push(value);
    return results;
  }
  window.$R = $R;

  function $(element) {
    if (arguments.length > 1) {
      for (var i = 0, elements = [], length = arguments.length; i < length; i++) elements.push($(arguments[i]));
      return elements;
    }
    if (Object.isString(element)) element = document.getElementById(element);
    return element;
  }
  window.$ = $;
  window.$$ = function () {
    return $A(document.querySelectorAll($A(arguments).join(', ')));
  };

  // dom.js: window.Element becomes Prototype's constructor, sharing the native prototype.
  (function () {
    var element = this.Element;
    this.Element = function (tagName, attributes) {
      var el = document.createElement(tagName);
      for (var name in attributes || {}) el.setAttribute(name, attributes[name]);
      return el;
    };
    Object.extend(this.Element, element || {});
    if (element) this.Element.prototype = element.prototype;
  }).call(window);
  var Element = window.Element;

  Element.Methods = {
    visible: function (element) {
      return $(element).style.display != 'none';
    },
    toggle: function (element) {
      element = $(element);
      Element[Element.visible(element) ? 'hide' : 'show'](element);
      return element;
    },
    hide: function (element) {
      element = $(element);
      element.style.display = 'none';
      return element;
    },
    show: function (element) {
      element = $(element);
      element.style.display = '';
      return element;
    },
    remove: function (element) {
      element = $(element);
      element.parentNode.removeChild(element);
      return element;
    },
    update: function (element, content) {
      element = $(element);
      element.textContent = content == null ? '' : content;
      return element;
    },
    identify: function (element) {
      element = $(element);
      var id = element.readAttribute('id');
      if (id) return id;
      do {
        id = 'anonymous_element_' + Element.idCounter++;
      } while ($(id));
      element.writeAttribute('id', id);
      return id;
    },
    readAttribute: function (element, name) {
      return $(element).getAttribute(name);
    },
    writeAttribute: function (element, name, value) {
      element = $(element);
      if (value === false || value === null) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? name : value);
      return element;
    },
    up: function (element, expression) {
      element = $(element);
      var node = element.parentNode;
      while (node && node.nodeType == 1 && expression && !node.matches(expression)) node = node.parentNode;
      return node && node.nodeType == 1 ? node : undefined;
    },
    down: function (element, expression) {
      return $(element).querySelector(expression || '*') || undefined;
    },
    select: function () {
      var args = $A(arguments),
        element = $(args.shift());
      return $A(element.querySelectorAll(args.join(', ')));
    },
    match: function (element, selector) {
      return $(element).matches(selector);
    },
    hasClassName: function (element, className) {
      return (' ' + $(element).className + ' ').indexOf(' ' + className + ' ') > -1;
    },
    addClassName: function (element, className) {
      $(element).classList.add(className);
      return element;
    },
    removeClassName: function (element, className) {
      $(element).classList.remove(className);
      return element;
    },
    empty: function (element) {
      return $(element).innerHTML.blank();
    },
    scrollTo: function (element) {
      element = $(element);
      var rect = element.getBoundingClientRect();
      window.scrollTo(rect.left + window.pageXOffset, rect.top + window.pageYOffset);
      return element;
    },
    getStyle: function (element, style) {
      element = $(element);
      return element.style[style.camelize()] || getComputedStyle(element)[style.camelize()] || null;
    },
    setStyle: function (element, styles) {
      element = $(element);
      for (var property in styles) element.style[property] = styles[property];
      return element;
    },
    getHeight: function (element) {
      return $(element).offsetHeight;
    },
    getWidth: function (element) {
      return $(element).offsetWidth;
    },
    observe: function (element, eventName, handler) {
      $(element).addEventListener(eventName, handler, false);
      return element;
    },
    stopObserving: function (element, eventName, handler) {
      $(element).removeEventListener(eventName, handler, false);
      return element;
    },
  };
  Element.idCounter = 1;
  Object.extend(Element, Element.Methods);

  // Element.addMethods(): every method, methodized, onto HTMLElement.prototype (shadowing native ones).
  for (var property in Element.Methods) {
    var value = Element.Methods[property];
    if (Object.isFunction(value)) window.HTMLElement.prototype[property] = value.methodize();
  }

  // event.js: static helpers on the native Event, Event.Methods on its prototype.
  Object.extend(window.Event, {
    KEY_BACKSPACE: 8,
    KEY_TAB: 9,
    KEY_RETURN: 13,
    KEY_ESC: 27,
    KEY_LEFT: 37,
    KEY_UP: 38,
    KEY_RIGHT: 39,
    KEY_DOWN: 40,
    KEY_DELETE: 46,
    cache: {},
    observe: function (element, eventName, handler) {
      $(element).addEventListener(eventName, handler, false);
      return element;
    },
  });
  window.Event.Methods = {
    element: function (event) {
      var node = event.target;
      return node && node.nodeType == 3 ? node.parentNode : node;
    },
    isLeftClick: function (event) {
      return event.button == 0;
    },
    pointer: function (event) {
      return { x: event.pageX, y: event.pageY };
    },
    stop: function (event) {
      event.preventDefault();
      event.stopPropagation();
      event.stopped = true;
    },
  };
  for (var method in window.Event.Methods) window.Event.prototype[method] = window.Event.Methods[method].methodize();
}).call(this);
