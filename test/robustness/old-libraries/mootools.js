// MooTools Core 1.3 with its 1.2 compatibility layer (the build Joomla 1.5–3 sites carry), reduced to what it does
// to the browser's built-ins and globals, written the way that code does it. Loaded as a classic script.
//
// - Array.from: [item] for anything that is not array-like (a Set, a Map, an iterator, a string), the same array
//   (not a copy) for an array, and no map function.
// - Function.prototype.bind: the compat layer deletes the native one and puts back 1.2's bind(bind, args), whose
//   args REPLACE the call's arguments.
// - Array.prototype, String.prototype, Number.prototype, Function.prototype: new methods by plain assignment, so
//   enumerable (a `for…in` over any array meets them); natives MooTools knows ("protected") are kept.
// - window.Event, window.Element, window.Document, window.Window, window.Request: replaced by MooTools types; the
//   Element/Document/Window prototypes stay the native ones, Event's does not (`new Event('x')` now throws).
(function () {
  var window = this;
  var slice = Array.prototype.slice;
  var toString = Object.prototype.toString;

  var typeOf = function (item) {
    if (item == null) return 'null';
    if (item.$family != null) return item.$family();
    if (item.nodeName) {
      if (item.nodeType == 1) return 'element';
      if (item.nodeType == 3) return /\S/.test(item.nodeValue) ? 'textnode' : 'whitespace';
    } else if (typeof item.length == 'number') {
      if (item.callee) return 'arguments';
      if ('item' in item) return 'collection';
    }
    return typeof item;
  };

  var isEnumerable = function (item) {
    return item != null && typeof item.length == 'number' && toString.call(item) != '[object Function]';
  };

  // Core.js: a type's `$family` and `$constructor` on its prototype, by assignment (enumerable).
  var family = function (object, name) {
    object.prototype.$family = function () {
      return name;
    };
    object.prototype.$constructor = object;
  };
  family(Array, 'array');
  family(String, 'string');
  family(Number, 'number');
  family(Function, 'function');
  family(RegExp, 'regexp');
  family(Date, 'date');
  family(Boolean, 'boolean');

  // Type#implement: assigns unless the existing method is a protected native.
  var protectedNames = {
    Array: 'pop push reverse shift sort splice unshift concat join slice indexOf lastIndexOf filter forEach every map some reduce reduceRight',
    String: 'charAt charCodeAt concat indexOf lastIndexOf match quote replace search slice split substr substring trim toLowerCase toUpperCase',
    Number: 'toExponential toFixed toLocaleString toPrecision',
    Function: 'apply call bind',
  };
  var implement = function (type, name, methods) {
    var protect = ' ' + protectedNames[name] + ' ';
    for (var key in methods) {
      if (protect.indexOf(' ' + key + ' ') != -1 && type.prototype[key] != null) continue;
      type.prototype[key] = methods[key];
    }
  };

  Array.from = function (item) {
    if (item == null) return [];
    return isEnumerable(item) && typeof item != 'string' ? (typeOf(item) == 'array' ? item : slice.call(item)) : [item];
  };
  Function.from = function (item) {
    return typeOf(item) == 'function'
      ? item
      : function () {
          return item;
        };
  };
  Number.from = function (item) {
    var number = parseFloat(item);
    return isFinite(number) ? number : null;
  };
  String.from = function (item) {
    return item + '';
  };

  implement(Array, 'Array', {
    forEach: function (fn, bind) {
      for (var i = 0, l = this.length; i < l; i++) if (i in this) fn.call(bind, this[i], i, this);
    },
    each: function (fn, bind) {
      Array.prototype.forEach.call(this, fn, bind);
      return this;
    },
    invoke: function (methodName) {
      var args = Array.slice(arguments, 1);
      return this.map(function (item) {
        return item[methodName].apply(item, args);
      });
    },
    every: function (fn, bind) {
      for (var i = 0, l = this.length; i < l; i++) if (i in this && !fn.call(bind, this[i], i, this)) return false;
      return true;
    },
    filter: function (fn, bind) {
      var results = [];
      for (var i = 0, l = this.length; i < l; i++) if (i in this && fn.call(bind, this[i], i, this)) results.push(this[i]);
      return results;
    },
    clean: function () {
      return this.filter(function (item) {
        return item != null;
      });
    },
    indexOf: function (item, from) {
      var len = this.length;
      for (var i = from < 0 ? Math.max(0, len + from) : from || 0; i < len; i++) if (this[i] === item) return i;
      return -1;
    },
    map: function (fn, bind) {
      var results = [];
      for (var i = 0, l = this.length; i < l; i++) if (i in this) results[i] = fn.call(bind, this[i], i, this);
      return results;
    },
    some: function (fn, bind) {
      for (var i = 0, l = this.length; i < l; i++) if (i in this && fn.call(bind, this[i], i, this)) return true;
      return false;
    },
    associate: function (keys) {
      var obj = {},
        length = Math.min(this.length, keys.length);
      for (var i = 0; i < length; i++) obj[keys[i]] = this[i];
      return obj;
    },
    link: function (object) {
      var result = {};
      for (var i = 0, l = this.length; i < l; i++)
        for (var key in object)
          if (object[key](this[i])) {
            result[key] = this[i];
            delete object[key];
            break;
          }
      return result;
    },
    contains: function (item, from) {
      return this.indexOf(item, from) != -1;
    },
    append: function (array) {
      this.push.apply(this, array);
      return this;
    },
    getLast: function () {
      return this.length ? this[this.length - 1] : null;
    },
    getRandom: function () {
      return this.length ? this[Math.floor(Math.random() * this.length)] : null;
    },
    include: function (item) {
      if (!this.contains(item)) this.push(item);
      return this;
    },
    combine: function (array) {
      for (var i = 0, l = array.length; i < l; i++) this.include(array[i]);
      return this;
    },
    erase: function (item) {
      for (var i = this.length; i--; ) if (this[i] === item) this.splice(i, 1);
      return this;
    },
    empty: function () {
      this.length = 0;
      return this;
    },
    flatten: function () {
      var array = [];
      for (var i = 0, l = this.length; i < l; i++) {
        var type = typeOf(this[i]);
        if (type == 'null') continue;
        array = array.concat(type == 'array' || type == 'collection' || type == 'arguments' ? Array.prototype.flatten.call(this[i]) : this[i]);
      }
      return array;
    },
    pick: function () {
      for (var i = 0, l = this.length; i < l; i++) if (this[i] != null) return this[i];
      return null;
    },
    hexToRgb: function (array) {
      if (this.length != 3) return null;
      var rgb = this.map(function (value) {
        if (value.length == 1) value += value;
        return parseInt(value, 16);
      });
      return array ? rgb : 'rgb(' + rgb + ')';
    },
    rgbToHex: function (array) {
      if (this.length < 3) return null;
      if (this.length == 4 && this[3] == 0 && !array) return 'transparent';
      var hex = [];
      for (var i = 0; i < 3; i++) {
        var bit = (this[i] - 0).toString(16);
        hex.push(bit.length == 1 ? '0' + bit : bit);
      }
      return array ? hex : '#' + hex.join('');
    },
  });
  // 1.2 compat: extend = append. Generics: Array.slice(arguments, 1) and friends.
  Array.prototype.extend = Array.prototype.append;
  ['slice', 'forEach', 'each', 'map', 'filter', 'indexOf', 'contains', 'include', 'erase', 'flatten'].forEach(function (name) {
    Array[name] = function (self) {
      return Array.prototype[name].apply(self, slice.call(arguments, 1));
    };
  });

  implement(String, 'String', {
    test: function (regex, params) {
      return (typeOf(regex) == 'regexp' ? regex : new RegExp('' + regex, params)).test(this);
    },
    contains: function (string, separator) {
      return separator ? (separator + this + separator).indexOf(separator + string + separator) > -1 : String(this).indexOf(string) > -1;
    },
    trim: function () {
      return String(this).replace(/^\s+|\s+$/g, '');
    },
    clean: function () {
      return String(this).replace(/\s+/g, ' ').trim();
    },
    camelCase: function () {
      return String(this).replace(/-\D/g, function (match) {
        return match.charAt(1).toUpperCase();
      });
    },
    hyphenate: function () {
      return String(this).replace(/[A-Z]/g, function (match) {
        return '-' + match.charAt(0).toLowerCase();
      });
    },
    capitalize: function () {
      return String(this).replace(/\b[a-z]/g, function (match) {
        return match.toUpperCase();
      });
    },
    escapeRegExp: function () {
      return String(this).replace(/([-.*+?^${}()|[\]\/\\])/g, '\\$1');
    },
    toInt: function (base) {
      return parseInt(this, base || 10);
    },
    toFloat: function () {
      return parseFloat(this);
    },
    stripScripts: function () {
      return String(this).replace(/<script[^>]*>([\s\S]*?)<\/script>/gi, '');
    },
    substitute: function (object, regexp) {
      return String(this).replace(regexp || /\\?\{([^{}]+)\}/g, function (match, name) {
        if (match.charAt(0) == '\\') return match.slice(1);
        return object[name] != null ? object[name] : '';
      });
    },
  });

  implement(Number, 'Number', {
    limit: function (min, max) {
      return Math.min(max, Math.max(min, this));
    },
    round: function (precision) {
      precision = Math.pow(10, precision || 0).toFixed(precision < 0 ? -precision : 0);
      return Math.round(this * precision) / precision;
    },
    times: function (fn, bind) {
      for (var i = 0; i < this; i++) fn.call(bind, i, this);
    },
    toFloat: function () {
      return parseFloat(this);
    },
    toInt: function (base) {
      return parseInt(this, base || 10);
    },
  });

  implement(Function, 'Function', {
    extend: function (key, value) {
      this[key] = value;
      return this;
    },
    implement: function (key, value) {
      this.prototype[key] = value;
      return this;
    },
    attempt: function (args, bind) {
      try {
        return this.apply(bind, Array.from(args));
      } catch (e) {}
      return null;
    },
    pass: function (args, bind) {
      var self = this;
      if (args != null) args = Array.from(args);
      return function () {
        return self.apply(bind, args || arguments);
      };
    },
    delay: function (delay, bind, args) {
      return setTimeout(this.pass(args == null ? [] : args, bind), delay);
    },
    periodical: function (periodical, bind, args) {
      return setInterval(this.pass(args == null ? [] : args, bind), periodical);
    },
  });

  // Function.js, <1.2compat>: 1.2's bind(bind, args) replaces the native one.
  delete Function.prototype.bind;
  Function.prototype.bind = function (bind, args) {
    var self = this;
    if (args != null) args = Array.from(args);
    return function () {
      return self.apply(bind, args || arguments);
    };
  };
  Function.prototype.create = function (options) {
    var self = this;
    options = options || {};
    return function (event) {
      var args = options.arguments;
      args = args != null ? Array.from(args) : Array.slice(arguments, options.event ? 1 : 0);
      if (options.event) args = [event || window.event].extend(args);
      var returns = function () {
        return self.apply(options.bind || null, args);
      };
      if (options.delay) return setTimeout(returns, options.delay);
      if (options.periodical) return setInterval(returns, options.periodical);
      return returns();
    };
  };
  Function.prototype.bindWithEvent = function (bind, args) {
    var self = this;
    if (args != null) args = Array.from(args);
    return function (event) {
      return self.apply(bind, event == null ? arguments : [event].concat(args));
    };
  };
  Function.prototype.run = function (args, bind) {
    return this.apply(bind, Array.from(args));
  };

  // Element.js: window.Element becomes MooTools' constructor, sharing the native prototype, which gets its methods.
  var NativeElement = window.Element;
  var Element = function (tag, props) {
    var element = document.createElement(tag);
    for (var key in props || {}) element.set(key, props[key]);
    return element;
  };
  Element.prototype = NativeElement.prototype;
  var storage = {};
  var uid = 1;
  var uidOf = function (item) {
    return item.uniqueNumber || (item.uniqueNumber = uid++);
  };
  var elementMethods = {
    set: function (prop, value) {
      if (prop == 'html') this.innerHTML = value;
      else if (prop == 'text') this.textContent = value;
      else this.setAttribute(prop, value);
      return this;
    },
    get: function (prop) {
      return prop == 'html' ? this.innerHTML : prop == 'text' ? this.textContent : this.getAttribute(prop);
    },
    erase: function (prop) {
      this.removeAttribute(prop);
      return this;
    },
    match: function (expression) {
      return !expression || this.matches(expression);
    },
    inject: function (el, where) {
      (where == 'top' ? el.prepend : el.append).call(el, this);
      return this;
    },
    grab: function (el) {
      this.append(el);
      return this;
    },
    adopt: function () {
      this.append.apply(this, arguments);
      return this;
    },
    hasClass: function (className) {
      return this.className.contains(className, ' ');
    },
    addClass: function (className) {
      this.classList.add(className);
      return this;
    },
    removeClass: function (className) {
      this.classList.remove(className);
      return this;
    },
    toggleClass: function (className, force) {
      this.classList.toggle(className, force);
      return this;
    },
    getElement: function (selector) {
      return this.querySelector(selector);
    },
    getElements: function (selector) {
      return Array.from(this.querySelectorAll(selector));
    },
    store: function (property, value) {
      (storage[uidOf(this)] || (storage[uidOf(this)] = {}))[property] = value;
      return this;
    },
    retrieve: function (property) {
      return (storage[uidOf(this)] || {})[property];
    },
    empty: function () {
      while (this.firstChild) this.removeChild(this.firstChild);
      return this;
    },
    dispose: function () {
      return this.parentNode ? this.parentNode.removeChild(this) : this;
    },
    destroy: function () {
      this.dispose();
      return null;
    },
    addEvent: function (type, fn) {
      this.addEventListener(type, fn, false);
      return this;
    },
    removeEvent: function (type, fn) {
      this.removeEventListener(type, fn, false);
      return this;
    },
    fireEvent: function (type, args) {
      return this;
    },
    // Element.Dimensions: scrollTo(x, y) sets the element's own scroll offsets.
    scrollTo: function (x, y) {
      this.scrollLeft = x;
      this.scrollTop = y;
      return this;
    },
  };
  for (var name in elementMethods) Element.prototype[name] = elementMethods[name];
  window.Element = Element;

  var NativeDocument = window.Document;
  var MooDocument = function (doc) {
    return doc;
  };
  MooDocument.prototype = NativeDocument.prototype;
  window.Document = MooDocument;
  var NativeWindow = window.Window;
  var MooWindow = function (win) {
    return win;
  };
  MooWindow.prototype = NativeWindow.prototype;
  window.Window = MooWindow;

  // Event.js: `var Event = new Type('Event', function(event, win){…})` at the top level: window.Event is now a
  // wrapper around a native event, with a prototype of its own.
  var MooEvent = function (event, win) {
    if (!win) win = window;
    event = event || win.event;
    if (event.$extended) return event;
    this.$extended = true;
    var type = event.type,
      target = event.target || event.srcElement;
    while (target && target.nodeType == 3) target = target.parentNode;
    if (type.indexOf('key') != -1) {
      this.code = event.which || event.keyCode;
      this.key = String.fromCharCode(this.code).toLowerCase();
    } else if (type == 'click' || type == 'dblclick' || type == 'contextmenu' || type.indexOf('mouse') == 0) {
      this.page = { x: event.pageX, y: event.pageY };
      this.client = { x: event.clientX, y: event.clientY };
      this.rightClick = event.which == 3 || event.button == 2;
    }
    this.event = event;
    this.type = type;
    this.target = target;
    this.shift = event.shiftKey;
    this.control = event.ctrlKey;
    this.alt = event.altKey;
    this.meta = event.metaKey;
  };
  MooEvent.prototype.stop = function () {
    return this.preventDefault().stopPropagation();
  };
  MooEvent.prototype.stopPropagation = function () {
    this.event.stopPropagation();
    return this;
  };
  MooEvent.prototype.preventDefault = function () {
    this.event.preventDefault();
    return this;
  };
  family(MooEvent, 'event');
  MooEvent.Keys = { enter: 13, up: 38, down: 40, left: 37, right: 39, esc: 27, space: 32, backspace: 8, tab: 9, 'delete': 46 };
  window.Event = MooEvent;

  // Request.js: `var Request = new Class({…})` (fetch's Request is gone from the global scope).
  window.Request = function (options) {
    this.options = options || {};
  };
  window.Request.prototype.send = function () {
    return this;
  };

  // 1.2's JSON = new Hash(this.JSON && { stringify, parse }).extend({ encode, decode }).
  var nativeJSON = window.JSON;
  window.JSON = {
    stringify: nativeJSON.stringify,
    parse: nativeJSON.parse,
    encode: function (obj) {
      return nativeJSON.stringify(obj);
    },
    decode: function (string) {
      return nativeJSON.parse(string);
    },
  };

  window.$ = document.id = function (el) {
    return typeof el == 'string' ? document.getElementById(el) : el;
  };
  window.$$ = function (selector) {
    return Array.from(document.querySelectorAll(selector));
  };
  window.MooTools = { version: '1.3.2', build: 'c9f1ff10e9e7facb65e9481049ed1b450959d587' };
}).call(this);
