import { createRequire as __rcgCreateRequire } from 'node:module';
const require = __rcgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start2 = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start2, ctx.p);
  return readDate(ctx, t, 4, false, start2);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key2 = parseKey(ctx);
    for (let i2 = 0; i2 < key2.length; i2++) {
      if (i2)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key2[i2];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key2, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i2 = 0; i2 < key2.length; i2++) {
    if (i2) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key2[i2];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i2 < key2.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/analyzer/source.ts
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function declaredConsts(text, at) {
  const found = [];
  const each = (visit) => {
    if (at) {
      for (const i2 of at) for (const kw of CONST_KEYWORDS) if (text.startsWith(kw, i2)) visit(i2, kw);
      return;
    }
    for (const kw of CONST_KEYWORDS) for (let i2 = text.indexOf(kw); i2 >= 0; i2 = text.indexOf(kw, i2 + kw.length)) visit(i2, kw);
  };
  each((i2, kw) => {
    if (i2 > 0 && isIdentChar(text.charCodeAt(i2 - 1))) return;
    let j = i2 + kw.length;
    if (!isSpace(text[j])) return;
    while (isSpace(text[j])) j++;
    if (text.startsWith("mut", j) && isSpace(text[j + 3])) {
      j += 3;
      while (isSpace(text[j])) j++;
    }
    const start2 = j;
    const c = text.charCodeAt(j);
    if (!isIdentChar(c) || c >= 48 && c <= 57) return;
    while (j < text.length && isIdentChar(text.charCodeAt(j))) j++;
    const name2 = text.slice(start2, j);
    while (isSpace(text[j])) j++;
    if (text[j] === ":") found.push({ at: i2, name: name2 });
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
var isIdentChar, SourceText, isSpace, CONST_KEYWORDS;
var init_source = __esm({
  "src/analyzer/source.ts"() {
    "use strict";
    isIdentChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
    SourceText = class {
      /** The text the parser reads. */
      text;
      /**
       * The text as the file has it, for what a user reads (line texts, quotes): the same as `text`
       * except where a macro's own syntax was blanked for the parser (item-macros.ts), same length and lines.
       */
      written;
      starts;
      consts;
      constAt;
      /**
       * `constAt`, when known: where `const` and `static` occur in `text` (or in a text that differs
       * only by blanks, as the written one does), in order; found by the prefilter's pass.
       */
      constructor(text, written = text, constAt) {
        this.text = text;
        this.written = written;
        this.constAt = constAt;
      }
      /**
       * The names of the `const` and `static` items the text declares (`const KEY: [u8; 32]`,
       * `static mut COUNTER: u64`), in order: what `/\b(?:const|static)\s+(?:mut\s+)?(\w+)\s*:/g` finds,
       * found with indexOf (every file of a scan is asked, and the regex tries every character).
       */
      get declaredConsts() {
        return this.consts ??= declaredConsts(this.text, this.constAt);
      }
      /** Where each line starts, computed on first use (most files of a big scan never need it). */
      get lineStarts() {
        if (!this.starts) {
          const starts = [0];
          for (let i2 = this.text.indexOf("\n"); i2 !== -1; i2 = this.text.indexOf("\n", i2 + 1)) starts.push(i2 + 1);
          this.starts = starts;
        }
        return this.starts;
      }
      get lineCount() {
        return this.lineStarts.length;
      }
      /** 1-based line of a string offset. */
      lineOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.lineStarts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo + 1;
      }
      position(offset) {
        const line = this.lineOf(offset);
        return { line, column: offset - this.lineStarts[line - 1] + 1 };
      }
      region(start2, end) {
        const s = this.position(start2);
        const e = this.position(Math.max(start2, end));
        return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
      }
      /** The text of a 1-based line without its line break. */
      line(n) {
        if (n < 1 || n > this.lineStarts.length) return "";
        const start2 = this.lineStarts[n - 1];
        const next = n < this.lineStarts.length ? this.lineStarts[n] : this.text.length;
        return this.written.slice(start2, next).replace(/\r?\n$/, "");
      }
    };
    isSpace = (ch) => {
      if (ch === void 0) return false;
      const c = ch.charCodeAt(0);
      return c === 32 || c >= 9 && c <= 13 || c > 127 && /\s/.test(ch);
    };
    CONST_KEYWORDS = ["const", "static"];
  }
});

// src/analyzer/calls.ts
function quickCalleeName(call) {
  const cached = call[QUICK];
  if (cached !== void 0) return cached === NONE ? void 0 : cached;
  const name2 = readQuickName(call);
  call[QUICK] = name2 ?? NONE;
  return name2;
}
function readQuickName(call) {
  const t = call.text;
  if (!t.endsWith(")") || /["'/]/.test(t)) return void 0;
  let depth = 0;
  let i2 = t.length - 1;
  for (; i2 >= 0; i2--) {
    const c = t.charCodeAt(i2);
    if (c === 41) depth++;
    else if (c === 40 && --depth === 0) break;
  }
  let j = i2 - 1;
  while (j >= 0 && isSpace(t[j])) j--;
  if (t.charCodeAt(j) === 62) {
    let d = 0;
    for (; j >= 0; j--) {
      const c = t.charCodeAt(j);
      if (c === 62) d++;
      else if (c === 60 && --d === 0) break;
    }
    j -= 3;
  }
  let k = j;
  while (k >= 0 && isIdentChar(t.charCodeAt(k))) k--;
  for (let p = k + 1; p <= j; p++) if (!isDigitCode(t.charCodeAt(p))) return t.slice(p, j + 1);
  return void 0;
}
function surelyNot(call, names) {
  const quick = quickCalleeName(call);
  return quick !== void 0 && !names.has(quick);
}
function calleeNameIn(call, names) {
  if (surelyNot(call, names)) return void 0;
  const name2 = calleeName(call);
  return names.has(name2) ? name2 : void 0;
}
function calleeName(call) {
  let name2 = call[NAME];
  if (name2 === void 0) call[NAME] = name2 = readCalleeName(call);
  return name2;
}
function readCalleeName(call) {
  const fn = call.childForFieldName("function");
  if (!fn) return "";
  if (fn.type === "field_expression") return fn.childForFieldName("field")?.text ?? "";
  if (fn.type === "scoped_identifier") return fn.childForFieldName("name")?.text ?? "";
  if (fn.type === "generic_function") {
    const inner = fn.childForFieldName("function");
    if (inner?.type === "scoped_identifier") return inner.childForFieldName("name")?.text ?? "";
    if (inner?.type === "field_expression") return inner.childForFieldName("field")?.text ?? "";
    return inner?.text ?? "";
  }
  return fn.text;
}
function receiverOf(call) {
  let fn = call.childForFieldName("function");
  if (fn?.type === "generic_function") fn = fn.childForFieldName("function");
  return fn?.type === "field_expression" ? fn.childForFieldName("value") : null;
}
function calleePath(call) {
  let fn = call.childForFieldName("function");
  if (fn?.type === "generic_function") fn = fn.childForFieldName("function");
  if (fn?.type !== "scoped_identifier") return "";
  return fn.childForFieldName("path")?.text ?? "";
}
function argumentsOf(call) {
  const args2 = call.childForFieldName("arguments");
  return args2 ? args2.namedChildren.filter((c) => c && !/comment|attribute/.test(c.type)) : [];
}
var QUICK, NAME, NONE, isDigitCode;
var init_calls = __esm({
  "src/analyzer/calls.ts"() {
    "use strict";
    init_source();
    QUICK = /* @__PURE__ */ Symbol("quick callee name");
    NAME = /* @__PURE__ */ Symbol("callee name");
    NONE = /* @__PURE__ */ Symbol("unreadable");
    isDigitCode = (c) => c >= 48 && c <= 57;
  }
});

// src/analyzer/apis.ts
function unwrapSome(n) {
  if (n.type === "call_expression" && n.childForFieldName("function")?.text === "Some") {
    const a = argumentsOf(n)[0];
    if (a) return a;
  }
  return n;
}
function apiLabel(call, row, r) {
  if (row.call.startsWith(".")) return calleeName(call);
  const shape = r.shape(call);
  const segs = row.call.split("::");
  if (segs.length === 2 && /^([A-Z]|_$)/.test(segs[0])) return `${shape.path?.selfType ?? segs[0]}::${calleeName(call)}`;
  return row.call;
}
function sinkOf(call, r, kinds, names) {
  if (surelyNot(call, names)) return null;
  for (const { row, arg } of r.sinks(call, kinds)) {
    if (!arg) continue;
    if (row.kind === "encrypt-iv" && !/Encrypt/.test(argumentsOf(call)[1]?.text ?? "")) continue;
    return { call, arg: unwrapSome(arg), api: apiLabel(call, row, r), row };
  }
  return null;
}
function nonceSinkOf(call, r) {
  return sinkOf(call, r, NONCE, r.models.names(NONCE));
}
function keySinkOf(call, r) {
  return sinkOf(call, r, KEY, r.models.names(KEY));
}
function saltSinkOf(call, r) {
  return sinkOf(call, r, SALT, r.models.names(SALT));
}
function iterationsOf(call, r) {
  return sinkOf(call, r, ITERATIONS, r.models.names(ITERATIONS));
}
function argon2MemoryOf(call, r) {
  return sinkOf(call, r, ARGON2_MEMORY, r.models.names(ARGON2_MEMORY));
}
function kdfInputOf(call, r) {
  return sinkOf(call, r, KDF_IKM, r.models.names(KDF_IKM));
}
function isDecryptCall(call, r) {
  if (surelyNot(call, r.models.names(DECRYPT))) return false;
  return r.sinks(call, DECRYPT).length > 0;
}
function fieldSinksIn(model, r, kinds) {
  const out2 = [];
  for (const field of r.models.fieldSinks(kinds)) {
    const values = model.fieldInits.get(field.field);
    if (!values || !r.imports(field.model.modules)) continue;
    for (const value of values) {
      const init2 = value.parent?.type === "field_initializer" || value.parent?.type === "shorthand_field_initializer" ? value.parent : value;
      const literal = init2.parent?.parent;
      if (literal?.type !== "struct_expression") continue;
      const name2 = literal.childForFieldName("name")?.text.replace(/\s*(::\s*)?<.*$/s, "").split("::").pop();
      if (name2 === field.struct) out2.push({ field, value, literal });
    }
  }
  return out2;
}
var NONCE, KEY, SALT, ITERATIONS, ARGON2_MEMORY, DECRYPT, KDF_IKM;
var init_apis = __esm({
  "src/analyzer/apis.ts"() {
    "use strict";
    init_calls();
    init_calls();
    NONCE = /* @__PURE__ */ new Set(["nonce", "encrypt-iv"]);
    KEY = /* @__PURE__ */ new Set(["key"]);
    SALT = /* @__PURE__ */ new Set(["salt"]);
    ITERATIONS = /* @__PURE__ */ new Set(["iterations"]);
    ARGON2_MEMORY = /* @__PURE__ */ new Set(["argon2-m-cost"]);
    DECRYPT = /* @__PURE__ */ new Set(["decrypt"]);
    KDF_IKM = /* @__PURE__ */ new Set(["kdf-ikm"]);
  }
});

// src/analyzer/names.ts
function words(identifier) {
  let w = WORDS.get(identifier);
  if (w === void 0) {
    if (WORDS.size >= 5e4) WORDS.clear();
    w = Object.freeze(
      identifier.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)
    );
    WORDS.set(identifier, w);
  }
  return w;
}
function isSecretName(name2) {
  const w = words(name2);
  if (w.some((x) => NOT_A_SECRET.has(x))) return false;
  if (w.includes("access") && w[w.length - 1] === "key") return false;
  if (w.some((x) => SECRET_WORDS.has(x))) return true;
  const t = w.indexOf("token");
  return t > 0 && TOKEN_QUALIFIERS.has(w[t - 1]);
}
function isPasswordHashName(name2) {
  const w = words(name2);
  return w.some((x) => x === "hash" || x === "hashed") && w.some((x) => PASSWORD_WORDS.has(x)) && !w.some((x) => x === "len" || x === "policy" || x === "algorithm" || x === "alg" || x === "scheme");
}
function isPasswordExpr(n) {
  const ids = n.type === "identifier" || n.type === "field_identifier" ? [n] : n.descendantsOfType(["identifier", "field_identifier"]);
  return ids.some((id) => {
    const w = id ? words(id.text) : [];
    return w.some((x) => PASSWORD_WORDS.has(x)) && !w.some((x) => x === "hash" || x === "len" || x === "policy" || x === "hashed");
  });
}
var WORDS, SECRET_WORDS, TOKEN_QUALIFIERS, NOT_A_SECRET, PASSWORD_WORDS;
var init_names = __esm({
  "src/analyzer/names.ts"() {
    "use strict";
    WORDS = /* @__PURE__ */ new Map();
    SECRET_WORDS = /* @__PURE__ */ new Set(["key", "secret", "password", "passwd", "passphrase", "privkey", "psk", "seed"]);
    TOKEN_QUALIFIERS = /* @__PURE__ */ new Set(["api", "auth", "access", "bearer", "secret", "refresh", "session"]);
    NOT_A_SECRET = /* @__PURE__ */ new Set(["len", "length", "size", "bits", "bytes_len", "id", "ids", "name", "names", "path", "file", "env", "var", "header", "prefix", "suffix", "field", "type", "kind", "count", "url", "param", "public", "pub", "pubkey", "label", "index", "idx", "offset", "format", "fmt", "info", "alg", "algorithm", "usage", "tag", "hash", "policy", "mode", "version", "regex", "pattern", "column", "table", "min", "max", "width", "height", "pad", "padding", "code", "event", "bind", "binding", "map", "cache", "store", "schedule"]);
    PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "passphrase", "pass", "pw", "pin"]);
  }
});

// src/analyzer/model.ts
function implTypeOf(fn) {
  const impl = fn.node.parent?.parent;
  return impl?.type === "impl_item" ? impl.childForFieldName("type")?.text ?? "" : "";
}
function identifiersIn(pattern) {
  if (pattern.type === "identifier") return [pattern.text];
  if (pattern.type === "self") return ["self"];
  const out2 = [];
  for (const c of pattern.namedChildren) {
    if (!c) continue;
    if (c.type === "identifier" || c.type === "shorthand_field_identifier") out2.push(c.text);
    else if (/pattern|parameter|field_pattern|closure_parameters/.test(c.type)) out2.push(...identifiersIn(c));
  }
  return out2;
}
function isDemoFunction(f) {
  return !!f.body && /^test_/.test(f.name) && f.node.parent?.type !== "declaration_list" && ASSERTS.test(f.body.text);
}
function isTestPath(path) {
  return /(^|\/)(tests|examples|benches)\//.test(path) || /(^|\/)(tests?|test_[^/]*|[^/]*_tests?)\.rs$/.test(path) || /(^|\/)bin\/(test|demo|example|sample|playground|scratch)[^/]*\.rs$/.test(path);
}
var SECTION_TYPES, SECTION_OF, ALL_TYPES, Item, Fn, span, contains, FileModel, ASSERTS;
var init_model = __esm({
  "src/analyzer/model.ts"() {
    "use strict";
    init_source();
    SECTION_TYPES = {
      functions: ["function_item"],
      closures: ["closure_expression"],
      lets: ["let_declaration"],
      items: ["const_item", "static_item"],
      calls: ["call_expression"],
      assigns: ["assignment_expression", "compound_assignment_expr"],
      fieldInits: ["field_initializer", "shorthand_field_initializer"],
      loops: ["for_expression", "while_expression", "loop_expression"],
      macros: ["macro_invocation"],
      binaries: ["binary_expression"],
      indexes: ["index_expression"],
      uses: ["use_declaration", "extern_crate_declaration"],
      attributes: ["attribute_item"],
      impls: ["impl_item"],
      structs: ["struct_item"]
    };
    SECTION_OF = new Map(Object.entries(SECTION_TYPES).flatMap(([section, types]) => types.map((t) => [t, section])));
    ALL_TYPES = [...SECTION_OF.keys()];
    Item = class {
      node;
      start;
      end;
      name;
      constructor(node) {
        this.node = node;
        this.start = node.startIndex;
        this.end = node.endIndex;
        this.name = node.childForFieldName("name")?.text ?? "";
      }
      get kind() {
        return this.node.type === "const_item" ? "const" : "static";
      }
      get typeText() {
        return this.node.childForFieldName("type")?.text ?? "";
      }
      get value() {
        return this.node.childForFieldName("value");
      }
      get mutable() {
        return this.node.children.some((c) => c?.type === "mutable_specifier");
      }
    };
    Fn = class {
      node;
      start;
      end;
      _name;
      _params;
      _paramTypes;
      _body;
      constructor(node) {
        this.node = node;
        this.start = node.startIndex;
        this.end = node.endIndex;
      }
      get name() {
        return this._name ??= this.node.childForFieldName("name")?.text ?? "";
      }
      get body() {
        if (this._body === void 0) this._body = this.node.childForFieldName("body");
        return this._body;
      }
      get params() {
        if (!this._params) this.readParams();
        return this._params;
      }
      get paramTypes() {
        if (!this._paramTypes) this.readParams();
        return this._paramTypes;
      }
      readParams() {
        const params = /* @__PURE__ */ new Map();
        const paramTypes = /* @__PURE__ */ new Map();
        for (const p of this.node.childForFieldName("parameters")?.namedChildren ?? []) {
          if (!p) continue;
          if (p.type === "self_parameter") params.set("self", p);
          const pattern = p.childForFieldName("pattern");
          if (!pattern) continue;
          for (const id of identifiersIn(pattern)) {
            params.set(id, p);
            paramTypes.set(id, p.childForFieldName("type")?.text ?? "");
          }
        }
        this._params = params;
        this._paramTypes = paramTypes;
      }
    };
    span = (n) => ({ start: n.startIndex, end: n.endIndex });
    contains = (outer, inner) => outer.start <= inner.start && inner.end <= outer.end;
    FileModel = class {
      source;
      path;
      tree;
      isTestPath;
      cache = /* @__PURE__ */ new Map();
      sections;
      constructor(path, source, tree) {
        this.path = path;
        this.source = source;
        this.tree = tree;
        this.isTestPath = isTestPath(path);
      }
      /** The nodes of a section, in document order. The first section asked for collects them all in one walk of the tree. */
      nodes(section) {
        if (!this.sections) {
          const sections = new Map(Object.keys(SECTION_TYPES).map((k) => [k, []]));
          for (const n of this.tree.rootNode.descendantsOfType(ALL_TYPES)) if (n) sections.get(SECTION_OF.get(n.type)).push(n);
          this.sections = sections;
        }
        return this.sections.get(section);
      }
      memo(key2, build) {
        if (!this.cache.has(key2)) this.cache.set(key2, build());
        return this.cache.get(key2);
      }
      get calls() {
        return this.nodes("calls");
      }
      get macros() {
        return this.nodes("macros");
      }
      get assigns() {
        return this.nodes("assigns");
      }
      get binaries() {
        return this.nodes("binaries");
      }
      get indexes() {
        return this.nodes("indexes");
      }
      get uses() {
        return this.nodes("uses");
      }
      get impls() {
        return this.nodes("impls");
      }
      get structs() {
        return this.nodes("structs");
      }
      get functions() {
        return this.memo("functions", () => this.nodes("functions").map((node) => new Fn(node)));
      }
      get closures() {
        return this.memo(
          "closures",
          () => this.nodes("closures").map((node) => {
            const ps = node.childForFieldName("parameters");
            return { ...span(node), params: new Set(ps ? identifiersIn(ps) : []) };
          })
        );
      }
      get lets() {
        return this.memo(
          "lets",
          () => this.nodes("lets").map((node) => {
            const pattern = node.childForFieldName("pattern");
            const names = pattern ? identifiersIn(pattern) : [];
            const parent = node.parent;
            return {
              node,
              ...span(node),
              names,
              simple: pattern?.type === "identifier" || pattern?.type === "mut_pattern" && names.length === 1,
              value: node.childForFieldName("value"),
              scope: parent ? span(parent) : { start: 0, end: this.source.text.length }
            };
          })
        );
      }
      /** Consts and statics by name. */
      get items() {
        return this.memo("items", () => {
          const items = /* @__PURE__ */ new Map();
          for (const node of this.nodes("items")) {
            const info2 = new Item(node);
            const list = items.get(info2.name);
            if (list) list.push(info2);
            else items.set(info2.name, [info2]);
          }
          return items;
        });
      }
      /** Field name → every value a struct literal gives it (`Self { nonce: [0; 12] }`), or a `self.field.init(v)`. */
      get fieldInits() {
        return this.memo("fieldInits", () => {
          const inits = /* @__PURE__ */ new Map();
          const push = (field, value) => {
            const list = inits.get(field);
            if (list) list.push(value);
            else inits.set(field, [value]);
          };
          for (const node of this.nodes("fieldInits")) {
            if (node.type === "shorthand_field_initializer") {
              const id = node.namedChild(0);
              if (id) push(id.text, id);
            } else {
              const field = node.childForFieldName("field")?.text;
              const value = node.childForFieldName("value");
              if (field && value) push(field, value);
            }
          }
          for (const call of this.nodes("calls")) {
            const fn = call.childForFieldName("function");
            if (fn?.type !== "field_expression" || fn.childForFieldName("field")?.text !== "init") continue;
            const target = fn.childForFieldName("value");
            const args2 = call.childForFieldName("arguments")?.namedChildren.filter((c) => c && c.type !== "line_comment" && c.type !== "block_comment") ?? [];
            if (target?.type !== "field_expression" || target.childForFieldName("value")?.type !== "self" || args2.length !== 1 || !args2[0]) continue;
            const field = target.childForFieldName("field")?.text;
            if (field) push(field, args2[0]);
          }
          return inits;
        });
      }
      get loops() {
        return this.memo(
          "loops",
          () => this.nodes("loops").map((node) => {
            const pattern = node.type === "for_expression" ? node.childForFieldName("pattern") : null;
            return { node, ...span(node), bound: pattern ? identifiersIn(pattern) : [] };
          })
        );
      }
      /** Ranges of `#[cfg(test)]` modules and `#[test]` functions. */
      get testSpans() {
        return this.memo("testSpans", () => {
          const spans = [];
          for (const node of this.nodes("attributes")) {
            const text = node.text.replace(/\s+/g, "");
            const isTestAttr = /^#\[(test|[\w:]+::test(\(.*\))?|bench)\]$/.test(text) || /^#\[cfg\(/.test(text) && /[(,]test[),]/.test(text) && !/not\(test\)/.test(text);
            if (!isTestAttr) continue;
            let item = node.nextNamedSibling;
            while (item && (item.type === "attribute_item" || item.type === "line_comment" || item.type === "block_comment")) item = item.nextNamedSibling;
            if (item) spans.push(span(item));
          }
          for (const f of this.functions) if (isDemoFunction(f)) spans.push(span(f.node));
          return spans;
        });
      }
      functionsNamed(name2) {
        const byName = this.memo("fnsByName", () => {
          const m = /* @__PURE__ */ new Map();
          for (const f of this.functions) {
            const list = m.get(f.name);
            if (list) list.push(f);
            else m.set(f.name, [f]);
          }
          return m;
        });
        return byName.get(name2) ?? [];
      }
      /** The innermost function around an offset (binary search over the functions by start). */
      enclosingFunction(at) {
        const byStart = this.memo("fnsByStart", () => [...this.functions].sort((a, b) => a.start - b.start));
        let lo = 0;
        let hi = byStart.length - 1;
        let idx = -1;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          if (byStart[mid].start <= at) {
            idx = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        for (let i2 = idx; i2 >= 0; i2--) if (at < byStart[i2].end) return byStart[i2];
        return void 0;
      }
      /** Every function around an offset, the innermost first (a `fn` item can sit inside another). */
      functionsAround(at) {
        const parents = this.memo("fnParents", () => {
          const m = /* @__PURE__ */ new Map();
          const open = [];
          for (const f of [...this.functions].sort((a, b) => a.start - b.start)) {
            while (open.length && open[open.length - 1].end <= f.start) open.pop();
            m.set(f, open[open.length - 1]);
            open.push(f);
          }
          return m;
        });
        const out2 = [];
        for (let f = this.enclosingFunction(at); f; f = parents.get(f)) out2.push(f);
        return out2;
      }
      inTestCode(at) {
        return this.isTestPath || this.testSpans.some((s) => s.start <= at && at < s.end);
      }
      /** Loops that contain `inner` but not `outer`: the loops `inner` repeats in while `outer` stays put. */
      loopsBetween(outer, inner) {
        return this.loops.filter((l) => contains(l, inner) && !(l.start <= outer && outer < l.end));
      }
      /** The text of a span as the file has it (what a message quotes). */
      text(s) {
        return this.source.written.slice(s.start, s.end);
      }
    };
    ASSERTS = /\bassert(_eq|_ne)?!\s*\(/;
  }
});

// src/analyzer/values.ts
function fastHashRe(models) {
  const names = models.all.flatMap((m) => m.types.filter((t) => t.primitive === "hash").map((t) => t.name));
  const modules = models.all.filter((m) => m.types.some((t) => t.primitive === "hash")).flatMap((m) => m.modules.filter((x) => /^(md5|md_5|sha1|sha2|sha3|blake2|blake3)$/.test(x)));
  return new RegExp(`\\b(${[...names, ...modules, "sha256", "sha512", "Sha\\d+", "Sha3_\\d+", "Sha512_\\d+", "Blake2\\w*", "Keccak\\d+", "Ripemd\\d+"].join("|")})\\b`);
}
function integerLiteral(literal) {
  if (!literal) return void 0;
  const m = /^(0x[0-9a-f_]+|[0-9_]+)(u8|u16|u32|u64|u128|usize|i32|i64)?$/i.exec(literal.trim());
  if (!m) return void 0;
  const n = Number(m[1].replace(/_/g, ""));
  return Number.isFinite(n) ? n : void 0;
}
function isLiteralValue(n, depth = 0) {
  if (!n || depth > 8) return false;
  if (LITERALS.has(n.type)) return true;
  switch (n.type) {
    case "unary_expression":
    case "reference_expression":
    case "parenthesized_expression":
      return isLiteralValue(n.type === "reference_expression" ? n.childForFieldName("value") : n.namedChild(0), depth + 1);
    case "array_expression":
    case "tuple_expression": {
      const parts2 = n.childForFieldName("length") ? [n.namedChild(0)] : n.namedChildren;
      return parts2.every((c) => !c || c.type.endsWith("comment") || isLiteralValue(c, depth + 1));
    }
    case "macro_invocation":
      return isLiteralMacro(n, false);
    case "call_expression": {
      const fn = n.childForFieldName("function");
      const args2 = n.childForFieldName("arguments");
      return fn?.type === "field_expression" && /^(as_bytes|as_slice)$/.test(fn.childForFieldName("field")?.text ?? "") && args2?.namedChildCount === 0 && isLiteralValue(fn.childForFieldName("value"), depth + 1);
    }
    default:
      return false;
  }
}
function isLiteralMacro(n, nested) {
  const name2 = n.childForFieldName("macro")?.text ?? "";
  const tt = n.namedChildren.find((c) => c?.type === "token_tree");
  if (!tt || !(nested ? /^(vec|hex|hex_literal::hex|include_bytes|include_str|concat|array)$/ : /^(hex|hex_literal::hex|vec|concat|include_bytes|include_str)$/).test(name2)) return false;
  const literal = (c) => !!c && (LITERALS.has(c.type) || c.type.endsWith("comment"));
  return tt.namedChildren.every((c) => literal(c) || c?.type === "primitive_type" || nested && c?.type === "token_tree" && c.namedChildren.every(literal));
}
function tailExpression(body2) {
  if (!body2 || body2.type !== "block") return body2;
  const last = body2.namedChildren.filter((c) => c && !/comment|attribute/.test(c.type)).pop() ?? null;
  return last && !/statement|declaration|item$/.test(last.type) ? last : null;
}
function typeBase(text) {
  return text.replace(/<.*$/s, "").split("::").pop().trim();
}
var UNKNOWN, KEY_MATERIAL_WORDS, KEY_SIZED_ARRAY, MAX_DEPTH, SMALL_FUNCTION_LINES, LITERALS, RNG_FILLERS, Values;
var init_values = __esm({
  "src/analyzer/values.ts"() {
    "use strict";
    init_calls();
    init_model();
    init_names();
    init_source();
    UNKNOWN = { kind: "unknown" };
    KEY_MATERIAL_WORDS = /* @__PURE__ */ new Set(["shared", "dh", "ecdh", "x25519", "agreement", "exchange", "ikm", "prk", "license"]);
    KEY_SIZED_ARRAY = /^\s*&?\s*(?:'\w+\s+)?(?:mut\s+)?\[\s*u8\s*;\s*(?:1[6-9]|[2-9]\d|\d{3,})\s*\]\s*$/;
    MAX_DEPTH = 16;
    SMALL_FUNCTION_LINES = 25;
    LITERALS = /* @__PURE__ */ new Set(["integer_literal", "string_literal", "raw_string_literal", "char_literal", "float_literal", "boolean_literal", "negative_literal"]);
    RNG_FILLERS = /* @__PURE__ */ new Set(["fill_bytes", "try_fill_bytes", "fill", "try_fill", "getrandom", "fill_random", "rand_bytes", "fill_with_rng", "fill_slice"]);
    Values = class {
      model;
      models;
      memo = /* @__PURE__ */ new Map();
      /** Fast hash types and modules (from the models), as a regex over a call's text. */
      fastHash;
      constructor(model, models) {
        this.model = model;
        this.models = models;
        this.fastHash = fastHashRe(models);
      }
      /** What `n` evaluates to. */
      resolve(n, depth = 0) {
        if (!n || depth > MAX_DEPTH) return UNKNOWN;
        const cached = this.memo.get(n.id);
        if (cached) return cached;
        const v = this.compute(n, depth + 1);
        this.memo.set(n.id, v);
        return v;
      }
      compute(n, depth) {
        const t = n.type;
        if (LITERALS.has(t)) return { kind: "const", origin: span(n), literal: n.text };
        switch (t) {
          case "parenthesized_expression":
          case "reference_expression":
          case "unary_expression":
          case "type_cast_expression":
          case "try_expression":
          case "index_expression":
            return this.resolve(t === "reference_expression" || t === "type_cast_expression" ? n.childForFieldName("value") : n.namedChild(0), depth);
          case "array_expression": {
            const parts2 = n.childForFieldName("length") ? [n.namedChild(0)] : n.namedChildren;
            return this.allConst(parts2.filter((c) => c && !c.type.endsWith("comment")), n, depth);
          }
          case "tuple_expression":
            return this.allConst(n.namedChildren, n, depth);
          case "identifier":
            return this.resolveName(n.text, n, depth);
          case "scoped_identifier": {
            const name2 = n.childForFieldName("name")?.text ?? "";
            const head = n.text.split("::")[0].trim();
            if (head !== n.text && this.models.cryptoModules().includes(head)) return UNKNOWN;
            if (/^[A-Z][A-Z0-9_]*$/.test(name2)) return this.resolveItem(name2, n, depth);
            return UNKNOWN;
          }
          case "field_expression":
            return this.resolveField(n, depth);
          case "call_expression":
            return this.resolveCall(n, depth);
          case "macro_invocation":
            return this.resolveMacro(n);
          case "block": {
            const last = n.namedChild(n.namedChildCount - 1);
            return last && last.type !== "expression_statement" && !last.type.endsWith("declaration") ? this.resolve(last, depth) : UNKNOWN;
          }
          default:
            return UNKNOWN;
        }
      }
      allConst(parts2, whole, depth) {
        for (const p of parts2) if (this.resolve(p, depth).kind !== "const") return UNKNOWN;
        return { kind: "const", origin: span(whole) };
      }
      /** The binding a name refers to at an offset: the nearest visible `let`, a parameter, a loop variable, an item. */
      lookup(name2, at) {
        const fn = this.model.enclosingFunction(at);
        let best;
        for (const l of this.model.lets) {
          if (l.end > at || !l.names.includes(name2)) continue;
          if (!(l.scope.start <= at && at < l.scope.end)) continue;
          if (fn && !contains(fn, l)) continue;
          if (!best || l.start > best.start) best = l;
        }
        const closure = this.model.closures.find((c) => c.params.has(name2) && c.start <= at && at < c.end && (!best || c.start > best.start));
        const loop = this.model.loops.find((l) => l.bound.includes(name2) && l.start <= at && at < l.end && (!best || l.start > best.start));
        if (closure || loop) return { kind: "loop-var" };
        if (best) return { kind: "let", info: best };
        if (fn?.params.has(name2)) return { kind: "param", fn, name: name2 };
        const item = this.model.items.get(name2)?.[0];
        if (item) return { kind: "item", info: item };
        return void 0;
      }
      resolveName(name2, at, depth) {
        const b = this.lookup(name2, at.startIndex);
        if (!b) return /^[A-Z][A-Z0-9_]*$/.test(name2) ? { kind: "external", name: name2, origin: span(at) } : UNKNOWN;
        if (b.kind === "let") {
          const v = b.info.simple ? this.resolve(b.info.value, depth) : UNKNOWN;
          let changed = this.mutationBetween(name2, b.info, at.startIndex);
          if (changed?.kind === "const" && v.kind !== "const") changed = { kind: "unknown", origin: changed.origin };
          return changed ? { ...changed, binding: b } : { ...v, binding: v.binding ?? b };
        }
        if (b.kind === "item") return { ...this.resolveItemInfo(b.info, depth), binding: b };
        return { kind: "unknown", binding: b };
      }
      resolveItem(name2, at, depth) {
        const item = this.model.items.get(name2)?.[0];
        if (!item) return { kind: "external", name: name2, origin: span(at) };
        return { ...this.resolveItemInfo(item, depth), binding: { kind: "item", info: item } };
      }
      resolveItemInfo(item, depth) {
        if (item.mutable) return UNKNOWN;
        const v = this.resolve(item.value, depth);
        return v.kind === "const" ? { kind: "const", origin: span(item.node), literal: v.literal } : v;
      }
      /**
       * Whether a `let` binding is overwritten or filled between its definition and a use (or anywhere
       * in a loop around the use): `OsRng.fill_bytes(&mut nonce)`, `nonce[4..].copy_from_slice(..)`.
       */
      mutationBetween(name2, binding, use) {
        for (const l of this.model.loops) {
          if (l.start <= use && use < l.end && l.start > binding.start) {
            const v = this.mutationIn(name2, l, use);
            if (v) return v.kind === "const" ? v : { ...v, mutated: true };
          }
        }
        return this.mutationIn(name2, { start: binding.end, end: use }, use);
      }
      mutationIn(name2, window2, use) {
        const fn = this.model.enclosingFunction(use);
        const inWindow = (n) => window2.start <= n.startIndex && n.startIndex < window2.end && (!fn || contains(fn, span(n)) && this.model.enclosingFunction(n.startIndex) === fn);
        const mutRef = new RegExp(`&\\s*mut\\s+(\\*\\s*)?${escapeRe(name2)}\\b`);
        let constCopy;
        for (const call of this.model.calls) {
          if (!inWindow(call)) continue;
          const argsText = call.childForFieldName("arguments")?.text ?? "";
          const recv = receiverOf(call);
          const method = calleeName(call);
          const onName = recv !== null && new RegExp(`^(\\*\\s*)?${escapeRe(name2)}\\b`).test(recv.text);
          if (mutRef.test(argsText) || onName && /^(fill|try_fill|copy_from_slice|clone_from_slice|fill_bytes|try_fill_bytes|increment|iter_mut|as_mut|swap|reverse|rotate_\w+|push|extend\w*|copy_within)$/.test(method)) {
            if (RNG_FILLERS.has(method) && !onName) {
              const candidates = recv ? [recv] : argumentsOf(call).filter((a) => !mutRef.test(a.text));
              const rng = candidates.map((c) => this.rngValue(c, call)).find((v) => v);
              return rng ? { ...rng, origin: rng.kind === "weak-random" ? rng.origin ?? span(call) : span(call) } : { kind: "random", origin: span(call) };
            }
            if (onName && (method === "fill" || method === "try_fill") && /rng|Rng/.test(argsText)) return { kind: "random", origin: span(call) };
            if (onName && (method === "copy_from_slice" || method === "clone_from_slice")) {
              const src = this.resolve(argumentsOf(call)[0]);
              if (src.kind === "weak-random") return { ...src, origin: src.origin ?? span(call) };
              if (src.kind === "const") {
                constCopy ??= { kind: "const", origin: src.origin ?? span(call) };
                continue;
              }
            }
            return { kind: "unknown", origin: span(call) };
          }
        }
        const target = new RegExp(`^(\\*\\s*)?${escapeRe(name2)}\\b`);
        for (const a of this.model.assigns) if (inWindow(a) && target.test(a.childForFieldName("left")?.text ?? "")) return { kind: "unknown", origin: span(a) };
        return constCopy;
      }
      /** Random, weak or unknown, for an expression that is (or names) an RNG: `&mut OsRng`, `rng`, `thread_rng()`. */
      rngValue(rng, site, depth = 0) {
        let n = rng;
        while (n && (n.type === "reference_expression" || n.type === "parenthesized_expression")) n = n.type === "reference_expression" ? n.childForFieldName("value") : n.namedChild(0);
        if (!n || depth > 6) return void 0;
        const text = n.text;
        if (n.type === "identifier" && !/^(OsRng|SysRng)$/.test(text)) {
          const b = this.lookup(text, n.startIndex);
          if (b?.kind === "let" && b.info.value) return this.rngValue(b.info.value, site, depth + 1);
          if (b?.kind === "param") {
            const type = b.fn.paramTypes.get(text) ?? "";
            const weak2 = this.models.weakRandom.exec(type);
            if (weak2) return { kind: "weak-random", origin: span(b.fn.params.get(text) ?? n), note: `\`${weak2[0]}\`` };
          }
          return void 0;
        }
        const weak = this.models.weakRandom;
        if (weak.test(text) && !/from_entropy|from_os_rng|from_rng\(\s*(&mut\s+)?(OsRng|thread_rng)/.test(text)) return { kind: "weak-random", origin: span(n), note: `\`${text.match(weak)?.[0]}\`` };
        if (/\bSmallRng\b/.test(text)) return { kind: "weak-random", origin: span(n), note: "`SmallRng`" };
        if (this.models.random.test(text)) return { kind: "random", origin: span(site) };
        return void 0;
      }
      resolveField(n, depth) {
        const field = n.childForFieldName("field")?.text ?? "";
        if (/^\d+$/.test(field)) return UNKNOWN;
        const own = n.childForFieldName("value")?.type === "self" ? this.implTypeAt(n.startIndex) : void 0;
        const binding = { kind: "field", name: field, advanced: this.fieldAdvanced(field, own) };
        let inits = this.model.fieldInits.get(field) ?? [];
        if (own) inits = inits.filter((i2) => {
          const owner = this.ownerOf(i2);
          return owner === void 0 || owner === own;
        });
        if (binding.advanced || inits.length === 0) return { kind: "unknown", binding };
        const values = inits.map((i2) => this.resolve(i2, depth));
        if (values.every((v) => v.kind === "const")) return { kind: "const", origin: values[0].origin, binding };
        if ((values[0].kind === "fast-hash" || values[0].kind === "string-bytes") && values.every((v) => v.kind === values[0].kind)) return { ...values[0], binding };
        const random = values.find((v) => v.kind === "random" || v.kind === "weak-random");
        return { kind: random?.kind ?? "unknown", origin: random?.origin ?? span(inits[0]), note: random?.note, binding };
      }
      /** What `hasher.update(x)` / `chain_update(x)` gave the hasher `recv` before `at` in the function: the input its `finalize()` hashes. */
      hasherInputs(recv, at) {
        if (recv?.type !== "identifier") return [];
        const fn = this.model.enclosingFunction(at.startIndex);
        if (!fn) return [];
        return this.model.calls.filter((c) => c.startIndex >= fn.start && c.endIndex <= at.startIndex && /^(update|chain_update|input)$/.test(calleeName(c)) && receiverOf(c)?.text === recv.text && argumentsOf(c).length === 1).map((c) => argumentsOf(c)[0]);
      }
      /** Input that is key material by its type or name: a `&[u8; 32]` parameter, `shared_secret.as_bytes()`, a DH output. */
      keyMaterial(input) {
        let joined = input;
        while (joined?.type === "reference_expression") joined = joined.childForFieldName("value");
        const joins = joined?.type === "call_expression" && (calleeName(joined) === "concat" && argumentsOf(joined).length === 0 || calleeName(joined) === "join" && argumentsOf(joined).length === 1);
        const pieces = joins ? receiverOf(joined) : null;
        if (pieces?.type === "array_expression") return pieces.namedChildren.some((p) => !!p && this.keyMaterial(p));
        const root = /^[&*\s]*(?:mut\s+)?([A-Za-z_]\w*)/.exec(input.text)?.[1];
        if (!root) return false;
        if (words(root).some((w) => KEY_MATERIAL_WORDS.has(w))) return true;
        const b = this.lookup(root, input.startIndex);
        if (b?.kind === "let" && /^\w*mac\w*\s*\.\s*finalize(?:_fixed|_reset)?\s*\(\s*\)/i.test(b.info.value?.text ?? "")) return true;
        return b?.kind === "param" && KEY_SIZED_ARRAY.test(b.fn.paramTypes.get(b.name) ?? "");
      }
      /** The type whose impl holds the function around an offset (`Vault` of `impl<T> Vault<T>`), if any. */
      implTypeAt(at) {
        const fn = this.model.enclosingFunction(at);
        const t = fn ? implTypeOf(fn) : "";
        return t ? typeBase(t) : void 0;
      }
      /** The struct a field value is given to: `Vault { key: .. }`, `Self { .. }` in `impl Vault`, `self.key.init(..)` in one of its methods. */
      ownerOf(init2) {
        let p = init2.parent;
        for (let i2 = 0; p && i2 < 4; i2++, p = p.parent) {
          if (p.type === "struct_expression") {
            const name2 = typeBase(p.childForFieldName("name")?.text ?? "");
            return name2 === "Self" ? this.implTypeAt(init2.startIndex) : name2 || void 0;
          }
          if (p.type === "call_expression") return this.implTypeAt(init2.startIndex);
        }
        return void 0;
      }
      /** Whether any code in the file changes a field after construction (`self.n += 1`, `&mut self.n`, …). */
      fieldAdvanced(field, owner) {
        const f = escapeRe(field);
        const target = new RegExp(`\\.${f}\\b`);
        const counts = (site, written) => !owner || !/^\s*(&\s*mut\s+)?self\s*\./.test(written) || (this.implTypeAt(site.startIndex) ?? owner) === owner;
        for (const a of this.model.assigns) {
          const left = a.childForFieldName("left")?.text ?? "";
          if (target.test(left) && counts(a, left)) return true;
        }
        const mutRef = new RegExp(`&\\s*mut\\s+[\\w.]*\\.${f}\\b`);
        const onField = new RegExp(`\\.${f}\\s*(\\[[^\\]]*\\])?\\s*$`);
        const mutating = /^(increment\w*|fill\w*|copy_from_slice|clone_from_slice|iter_mut|as_mut\w*|checked_add_assign|add_assign|next\w*|advance\w*|swap|replace|take|set\w*|fetch_add|fetch_update)$/;
        for (const c of this.model.calls) {
          const args2 = c.childForFieldName("arguments")?.text ?? "";
          const ref = mutRef.exec(args2);
          if (ref && counts(c, ref[0])) return true;
          const recv = receiverOf(c);
          if (recv && onField.test(recv.text) && mutating.test(calleeName(c)) && counts(c, recv.text)) return true;
        }
        return false;
      }
      resolveCall(n, depth) {
        const name2 = calleeName(n);
        const path = calleePath(n);
        const recv = receiverOf(n);
        const args2 = argumentsOf(n);
        const text = n.childForFieldName("function")?.text ?? "";
        if (name2 === "default" || name2 === "zeroed" || text === "Default::default") return { kind: "const", origin: span(n) };
        const clock = this.models.clock;
        if (clock.test(text) || recv && clock.test(n.text)) return { kind: "weak-random", origin: span(n), note: "the system clock" };
        if (name2 === "try_assume_unique_for_key" && args2.length === 1) return this.resolve(args2[0], depth);
        if (name2 === "to_string" && recv && args2.length === 0) {
          const v = this.resolve(recv, depth);
          if (v.kind === "const") return v;
        }
        if (name2 === "generate_nonce" || name2 === "generate_key" || name2 === "generate" || name2 === "generate_salt") {
          const rng = args2[0] ?? recv;
          return (rng && this.rngValue(rng, n)) ?? { kind: "random", origin: span(n) };
        }
        if (/^(random|rand_bytes|getrandom|random_bytes)$/.test(name2) && !recv) return { kind: "random", origin: span(n) };
        if (recv && /^(r#gen|gen|random|gen_range|next_u32|next_u64|sample|random_range)$/.test(name2))
          return this.rngValue(recv, n) ?? UNKNOWN;
        if (this.isFastHash(n, name2, path, recv)) {
          const input = args2[args2.length - 1];
          const inputValue = input ? this.resolve(input, depth) : UNKNOWN;
          if (inputValue.kind === "random") return inputValue;
          const fed = input ? [input] : this.hasherInputs(recv, n);
          return fed.some((x) => this.keyMaterial(x)) ? UNKNOWN : { kind: "fast-hash", origin: span(n) };
        }
        if (recv) {
          if (name2 === "as_bytes" || name2 === "into_bytes" || name2 === "as_str") {
            const v = this.resolve(recv, depth);
            return v.kind === "const" || v.kind === "external" || v.kind === "random" || v.kind === "weak-random" || v.kind === "fast-hash" ? v : { kind: "string-bytes", origin: span(recv), binding: v.binding };
          }
          if (this.models.passMethods.has(name2)) return this.resolve(recv, depth);
          if (recv.type === "self" || recv.text === "self" || recv.text === "Self") return this.resolveLocalFunction(name2, depth);
          return UNKNOWN;
        }
        if (name2 === "new" && /(^|::)(LazyLock|LazyCell|Lazy)$/.test(path) && args2[0]?.type === "closure_expression") {
          const tail = tailExpression(args2[0].childForFieldName("body"));
          return tail ? this.resolve(tail, depth) : UNKNOWN;
        }
        if (this.models.passCalls.has(name2) && args2.length === 1) {
          if (name2 === "new" && !this.models.passNewTypes.test(path)) return this.resolveLocalFunction(name2, depth, path);
          return this.resolve(args2[0], depth);
        }
        if (name2 === "from_fn" || name2 === "repeat") {
          if (args2.length !== 1) return UNKNOWN;
          if (args2[0].type === "closure_expression") {
            const params = args2[0].childForFieldName("parameters")?.text ?? "";
            const tail = /^\|\s*_?\s*(?::[^|]*)?\|$/.test(params.trim()) ? tailExpression(args2[0].childForFieldName("body")) : void 0;
            return tail ? this.resolve(tail, depth) : UNKNOWN;
          }
          return this.resolve(args2[0], depth);
        }
        if (!path || path === "Self" || path === "self" || path === "super" || path === "crate") return this.resolveLocalFunction(name2, depth);
        return UNKNOWN;
      }
      isFastHash(n, name2, path, recv) {
        if ((name2 === "digest" || name2 === "hash") && this.fastHash.test(path)) return true;
        if (name2 === "compute" && /md5$/.test(path)) return true;
        if (name2 === "digest" && /(^|::)digest$/.test(path)) return true;
        if (recv && /^(finalize|finalize_fixed|finalize_reset|result|result_str)$/.test(name2)) {
          if (this.fastHash.test(recv.text)) return true;
          let base = recv;
          while (base && base.type === "call_expression") base = receiverOf(base);
          if (base?.type === "identifier") {
            const b = this.lookup(base.text, n.startIndex);
            return b?.kind === "let" && this.fastHash.test(b.info.value?.text ?? "") && !/Hmac|Mac/.test(b.info.value?.text ?? "");
          }
        }
        return false;
      }
      /** A call to a small function of this file that returns a constant (or a random value). */
      resolveLocalFunction(name2, depth, path = "") {
        const candidates = this.model.functionsNamed(name2);
        if (candidates.length !== 1 || !candidates[0].body) return UNKNOWN;
        const fn = candidates[0];
        if (path && !/^(Self|self|crate|super)$/.test(path) && fn.node.parent?.parent?.type !== "impl_item") return UNKNOWN;
        if (this.model.source.lineOf(fn.end) - this.model.source.lineOf(fn.start) > SMALL_FUNCTION_LINES) return UNKNOWN;
        const body2 = fn.body;
        const returns = body2.descendantsOfType("return_expression").map((r) => r?.namedChild(0)).filter((x) => !!x);
        const tail = body2.namedChild(body2.namedChildCount - 1);
        if (tail && tail.type !== "expression_statement" && !tail.type.endsWith("declaration") && tail.type !== "line_comment") returns.push(tail);
        if (returns.length === 0) return UNKNOWN;
        const values = returns.map((r) => this.resolve(r, depth));
        if (values.every((v) => v.kind === "const")) {
          if (values.length === 1) return { kind: "const", origin: values[0].origin, literal: values[0].literal };
          const ints = values.map((v) => ({ v, n: integerLiteral(v.literal) }));
          const least = ints.every((x) => x.n !== void 0) ? ints.reduce((a, b) => b.n < a.n ? b : a) : void 0;
          return least ? { kind: "const", origin: least.v.origin, literal: least.v.literal } : { kind: "const", origin: values[0].origin };
        }
        return values.find((v) => v.kind !== "const" && v.kind !== "unknown") ?? UNKNOWN;
      }
      resolveMacro(n) {
        return isLiteralMacro(n, true) ? { kind: "const", origin: span(n) } : UNKNOWN;
      }
    };
  }
});

// src/analyzer/checks/common.ts
function quote(model, at, max = 60) {
  const s = "startIndex" in at ? { start: at.startIndex, end: at.endIndex } : at;
  const text = model.text(s).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function cipherOf(ctx, call) {
  const { model, values, resolver } = ctx;
  const recv = receiverOf(call);
  const typed = recv ? resolver.typeOf(recv) : resolver.shape(call).path?.selfType;
  const t = ctx.models.type(typed);
  if (t && t.primitive !== "key" && t.primitive !== "nonce") return { label: t.algorithm, misuseResistant: !!t.misuseResistant, type: t.name };
  const text = cipherText(model, values, call);
  return { label: cipherLabel(text), misuseResistant: /Siv/.test(text) };
}
function cipherText(model, values, call) {
  const recv = receiverOf(call);
  const first = recv ? void 0 : argumentsOf(call)[0];
  if (first && /Cipher::|cipher/.test(first.text)) {
    if (first.type === "identifier") {
      const b = values.lookup(first.text, first.startIndex);
      if (b?.kind === "let" && b.info.value) return b.info.value.text;
    }
    return first.text;
  }
  if (recv?.type === "identifier") {
    const b = values.lookup(recv.text, recv.startIndex);
    if (b?.kind === "let" && b.info.value) return b.info.value.text;
    if (b?.kind === "param") return b.fn.paramTypes.get(recv.text) ?? "";
  }
  if (recv?.type === "field_expression") {
    const field = recv.childForFieldName("field")?.text ?? "";
    const init2 = model.fieldInits.get(field)?.[0];
    if (init2) return init2.text;
  }
  return model.uses.map((u) => u.text).join("\n");
}
function cipherLabel(text) {
  const openssl = /Cipher::(aes|des|bf|chacha20|sm4|camellia|aria)_?(\d+)?_?(\w+)?\(\)/.exec(text);
  if (openssl) return [openssl[1] === "bf" ? "Blowfish" : openssl[1].toUpperCase().replace("CHACHA20", "ChaCha20"), openssl[2], openssl[3]?.toUpperCase().replace("POLY1305", "Poly1305")].filter(Boolean).join("-");
  if (/GcmSiv/.test(text)) return "AES-GCM-SIV";
  if (/XChaCha20Poly1305/.test(text)) return "XChaCha20-Poly1305";
  if (/ChaCha20Poly1305|CHACHA20_POLY1305/.test(text)) return "ChaCha20-Poly1305";
  if (/Gcm|AES_\d+_GCM|aes_\d+_gcm/.test(text)) return "AES-GCM";
  return "the cipher";
}
function inDifferentBranches(a, b) {
  const ancestors = /* @__PURE__ */ new Set();
  for (let n2 = a; n2; n2 = n2.parent) ancestors.add(n2.id);
  let n = b;
  while (n && !ancestors.has(n.id)) n = n.parent;
  return !!n && /^(if_expression|else_clause|match_block|match_expression)$/.test(n.type);
}
function oncePerFile(compute) {
  const memo = /* @__PURE__ */ new WeakMap();
  return (ctx) => {
    if (memo.has(ctx.model)) return memo.get(ctx.model);
    const value = compute(ctx);
    memo.set(ctx.model, value);
    return value;
  };
}
function destinationOf(expr) {
  let n = expr;
  for (let i2 = 0; i2 < 16; i2++) {
    const p = n.parent;
    if (!p) return void 0;
    switch (p.type) {
      case "let_declaration": {
        if (p.childForFieldName("value")?.id !== n.id) return void 0;
        const pattern = p.childForFieldName("pattern");
        return pattern?.type === "identifier" ? pattern.text : pattern?.descendantsOfType("identifier")[0]?.text;
      }
      case "assignment_expression":
      case "compound_assignment_expr": {
        if (p.childForFieldName("right")?.id !== n.id) return void 0;
        const left = p.childForFieldName("left");
        return left?.type === "field_expression" ? left.childForFieldName("field")?.text : left?.type === "identifier" ? left.text : void 0;
      }
      case "field_initializer":
        return p.childForFieldName("field")?.text;
      case "return_expression":
        return enclosingFnName(p);
      case "block": {
        if (tailExpression(p)?.id !== n.id) return void 0;
        if (p.parent?.type === "function_item") return p.parent.childForFieldName("name")?.text;
        break;
      }
      case "arguments": {
        const call = p.parent;
        if (call?.type !== "call_expression" || !PASS_THROUGH.test(calleeName(call))) return void 0;
        break;
      }
      case "call_expression":
        if (p.childForFieldName("function")?.id === n.id && n.type !== "field_expression") return void 0;
        break;
      case "field_expression":
        if (p.childForFieldName("value")?.id !== n.id) return void 0;
        break;
      case "closure_expression":
      case "try_expression":
      case "reference_expression":
      case "type_cast_expression":
      case "parenthesized_expression":
      case "expression_statement":
      case "if_expression":
      case "else_clause":
      case "generic_function":
        break;
      default:
        return void 0;
    }
    n = p;
  }
  return void 0;
}
function enclosingFnName(n) {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === "closure_expression") return void 0;
    if (p.type === "function_item") return p.childForFieldName("name")?.text;
  }
  return void 0;
}
function callsWritingInto(ctx, name2, at) {
  const fn = ctx.model.enclosingFunction(at);
  if (!fn) return [];
  const into = (a) => {
    if (a.type !== "reference_expression" || !a.children.some((c) => c?.type === "mutable_specifier")) return false;
    const v = a.childForFieldName("value");
    return v?.text === name2 || (v?.type === "index_expression" || v?.type === "field_expression") && v.namedChild(0)?.text === name2;
  };
  return ctx.model.calls.filter((c) => c.startIndex >= fn.start && c.endIndex <= at && argumentsOf(c).some(into));
}
var PASS_THROUGH;
var init_common = __esm({
  "src/analyzer/checks/common.ts"() {
    "use strict";
    init_apis();
    init_values();
    init_names();
    PASS_THROUGH = /^(map|flat_map|filter_map|from_fn|repeat_with|from|encode|encode_upper|to_string|from_utf8|from_utf8_lossy|collect|push|push_str|extend)$/;
  }
});

// src/analyzer/resolve.ts
function useMap(model) {
  const names = /* @__PURE__ */ new Map();
  const globs = [];
  const roots = /* @__PURE__ */ new Set();
  const add = (path, alias) => {
    const clean = path.replace(/\s+/g, "").replace(/^::/, "");
    roots.add(clean.split("::")[0]);
    const last = clean.split("::").pop();
    if (alias === "_") return;
    names.set(alias ?? (last === "self" ? clean.split("::").slice(-2)[0] : last), last === "self" ? clean.split("::").slice(0, -1).join("::") : clean);
  };
  const walk = (n, prefix) => {
    if (!n) return;
    const join5 = (p) => prefix ? `${prefix}::${p}` : p;
    switch (n.type) {
      case "identifier":
      case "scoped_identifier":
      case "self":
      case "crate":
      case "super":
        add(join5(n.text));
        return;
      case "use_as_clause":
        add(join5(n.childForFieldName("path")?.text ?? ""), n.childForFieldName("alias")?.text);
        return;
      case "use_wildcard": {
        const p = n.namedChild(0)?.text ?? "";
        globs.push(join5(p));
        roots.add(join5(p).split("::")[0]);
        return;
      }
      case "scoped_use_list":
        walk(n.childForFieldName("list"), join5(n.childForFieldName("path")?.text ?? ""));
        return;
      case "use_list":
        for (const c of n.namedChildren) walk(c, prefix);
        return;
    }
  };
  for (const u of model.uses) {
    if (u.type === "extern_crate_declaration") {
      const name2 = u.childForFieldName("name")?.text ?? "";
      roots.add(name2);
      const alias = u.childForFieldName("alias")?.text;
      if (alias) names.set(alias, name2);
      continue;
    }
    walk(u.childForFieldName("argument"), "");
  }
  return { names, globs, roots };
}
function typePathText(text) {
  let t = text.replace(/\s+/g, " ").trim().replace(/\s?::\s?</g, "<").replace(/^&\s*('\w+\s+)?(mut\s+)?/, "");
  if (/^(impl|dyn)\b/.test(t)) return void 0;
  for (; ; ) {
    const m = /^([\w:]+)\s*<(.*)>$/.exec(t);
    if (!m) break;
    if (!WRAPPERS.has(m[1].split("::").pop())) return m[1];
    t = m[2].trim().replace(/^('\w+\s*,\s*)+/, "").replace(/^&\s*('\w+\s+)?(mut\s+)?/, "");
  }
  return t;
}
function typeName(text) {
  const last = typePathText(text)?.split("::").pop().trim();
  return last !== void 0 && /^[A-Za-z_]\w*$/.test(last) ? last : void 0;
}
function typePath(text) {
  const segs = typePathText(text)?.split("::").map((x) => x.trim());
  return segs && segs.every((x) => /^[A-Za-z_]\w*$/.test(x)) ? segs : void 0;
}
function splitPath(text) {
  const out2 = [];
  let depth = 0;
  let cur = "";
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "<") depth++;
    else if (c === ">") depth--;
    if (depth === 0 && c === ":" && text[i2 + 1] === ":") {
      if (cur) out2.push(cur);
      cur = "";
      i2++;
      continue;
    }
    cur += c;
  }
  if (cur) out2.push(cur);
  const merged = [];
  for (const s of out2) {
    if (s.startsWith("<") && merged.length && !/\sas\s/.test(s)) merged[merged.length - 1] += s;
    else merged.push(s);
  }
  return merged;
}
var WRAPPERS, CONSTRUCTORS, Resolver;
var init_resolve = __esm({
  "src/analyzer/resolve.ts"() {
    "use strict";
    init_calls();
    init_source();
    WRAPPERS = /* @__PURE__ */ new Set(["Arc", "Rc", "Box", "Cow", "RefCell", "Mutex", "RwLock", "Option", "Zeroizing"]);
    CONSTRUCTORS = /^(new|new_from_slice|new_from_slices|from|from_slice|try_from|default|new_varkey|new_with_prefix|generate|from_key|with_key|init|build|create|open|load|with_encrypt_key|with_decrypt_key|with_key_and_nonce|inner_iv_init|inner_iv_slice_init)$/;
    Resolver = class {
      model;
      values;
      models;
      uses;
      aliases;
      fields;
      locals;
      impls;
      typeMemo = /* @__PURE__ */ new Map();
      shapeMemo = /* @__PURE__ */ new Map();
      namedMemo = /* @__PURE__ */ new Map();
      moduleMemo = /* @__PURE__ */ new Map();
      reexportMemo = /* @__PURE__ */ new Map();
      /** The text with this crate's own `use crate::…;`/`self::`/`super::` declarations taken out. */
      foreignUses;
      heads;
      constructor(model, values, models) {
        this.model = model;
        this.values = values;
        this.models = models;
      }
      get useMap() {
        return this.uses ??= useMap(this.model);
      }
      /** `type Cipher = Aes256Gcm;` and `use … as Cipher`, name → the type it stands for. */
      get typeAliases() {
        if (!this.aliases) {
          this.aliases = /* @__PURE__ */ new Map();
          for (const m of this.model.source.text.matchAll(/\btype\s+([A-Z]\w*)\s*(?:<[^=]*>)?\s*=\s*([^;]+);/g)) {
            const target = typeName(m[2]);
            if (target) this.aliases.set(m[1], target);
          }
          for (const [local, full] of this.useMap.names) {
            const last = full.split("::").pop();
            if (local !== last && /^[A-Z]/.test(local)) this.aliases.set(local, last);
          }
        }
        return this.aliases;
      }
      /** A type name with aliases followed (a few steps at most). */
      canonical(name2) {
        let n = name2;
        for (let i2 = 0; n && i2 < 4 && this.typeAliases.has(n); i2++) n = this.typeAliases.get(n);
        return n;
      }
      /** Whether the file imports, or names by path, any of these modules. */
      imports(modules) {
        const u = this.useMap;
        return modules.some((m) => u.roots.has(m) || (m.includes("::") ? this.namesPath(m) : this.pathHeads.has(m)));
      }
      /** Every name written just before `::` in the text (`aes_gcm` of `aes_gcm::Nonce`, `aes` of `crate::aes::x`), found in one pass. */
      get pathHeads() {
        if (!this.heads) {
          this.heads = /* @__PURE__ */ new Set();
          const text = this.model.source.text;
          for (let i2 = text.indexOf("::"); i2 >= 0; i2 = text.indexOf("::", i2 + 2)) {
            let j = i2;
            while (j > 0 && isIdentChar(text.charCodeAt(j - 1))) j--;
            if (j < i2 && !(text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57)) this.heads.add(text.slice(j, i2));
          }
        }
        return this.heads;
      }
      /** A module path (`ring::aead`) named in the text. */
      namesPath(m) {
        let named = this.namedMemo.get(m);
        if (named === void 0) this.namedMemo.set(m, named = this.model.source.text.includes(`${m}::`) && new RegExp(`(^|[^\\w])${m}::`).test(this.model.source.text));
        return named;
      }
      /** Struct name → field name → the field's type name, for the file's structs. */
      get structFields() {
        if (!this.fields) {
          this.fields = /* @__PURE__ */ new Map();
          for (const s of this.model.structs) {
            const name2 = s?.childForFieldName("name")?.text;
            const body2 = s?.childForFieldName("body");
            if (!name2 || !body2) continue;
            const map = /* @__PURE__ */ new Map();
            for (const f of body2.descendantsOfType("field_declaration")) {
              const fname = f?.childForFieldName("name")?.text;
              const ftype = typeName(f?.childForFieldName("type")?.text ?? "");
              if (fname && ftype) map.set(fname, ftype);
            }
            this.fields.set(name2, map);
          }
        }
        return this.fields;
      }
      /** Types the file defines itself (`struct Encryptor`): a call on one is the crate's own code. */
      get localTypes() {
        return this.locals ??= new Set([...this.model.source.text.matchAll(/\b(?:struct|enum|union|trait)\s+([A-Z]\w*)/g)].map((m) => m[1]));
      }
      /**
       * The crate a type name is imported from by a `use` (`acme_vault` of `use acme_vault::Vault`), when
       * the path starts with neither `crate::`/`self::`/`super::` nor a module the file declares, and
       * the file defines no type of that name; undefined otherwise.
       */
      importedFromOtherCrate(name2) {
        const full = this.useMap.names.get(name2);
        const head = full?.split("::")[0];
        if (!head || /^(crate|self|super|Self)$/.test(head) || this.localTypes.has(name2)) return void 0;
        return new RegExp(`\\bmod\\s+${head}\\b`).test(this.model.source.text) ? void 0 : head;
      }
      /** The type of the `impl` block around an offset (`impl Foo`, `impl Trait for Foo`). */
      implType(at) {
        this.impls ??= this.model.impls.map((n) => ({ start: n.startIndex, end: n.endIndex, type: typeName(n.childForFieldName("type")?.text ?? "") }));
        let best;
        for (const n of this.impls) if (n.start <= at && at < n.end && (!best || n.start > best.start)) best = n;
        return best?.type;
      }
      /** Whether a name is a generic parameter of the function, impl or trait around `at`. */
      isGeneric(name2, at) {
        const fn = this.model.enclosingFunction(at);
        const scopes = [fn?.node.childForFieldName("type_parameters")?.text ?? ""];
        for (let p = fn?.node.parent; p; p = p.parent) if (p.type === "impl_item" || p.type === "trait_item") scopes.push(p.childForFieldName("type_parameters")?.text ?? "");
        return scopes.some((s) => new RegExp(`[<,]\\s*${name2}\\b`).test(s));
      }
      /**
       * The path a receiver's type is written with where the file declares it (a parameter's or an
       * annotated `let`'s type: `v: &mut crate::a::Vault`), else undefined.
       */
      typePathOf(expr) {
        if (expr.type !== "identifier") return void 0;
        const b = this.values.lookup(expr.text, expr.startIndex);
        const written = b?.kind === "param" ? b.fn.paramTypes.get(b.name) : b?.kind === "let" ? b.info.node.childForFieldName("type")?.text : void 0;
        if (written !== void 0) return typePath(written);
        let made = b?.kind === "let" && b.info.simple ? b.info.value : null;
        while (made && (made.type === "try_expression" || made.type === "await_expression" || made.type === "parenthesized_expression")) made = made.namedChild(0);
        if (made?.type !== "call_expression" || receiverOf(made)) return void 0;
        const fn = made.childForFieldName("function");
        if (fn?.type === "identifier") {
          const returns = this.model.functionsNamed(fn.text)[0]?.node.childForFieldName("return_type")?.text;
          return returns ? typePath(returns) : void 0;
        }
        if (fn?.type === "scoped_identifier" && CONSTRUCTORS.test(fn.childForFieldName("name")?.text ?? "")) {
          const path = fn.childForFieldName("path")?.text;
          return path ? typePath(path) : void 0;
        }
        return void 0;
      }
      /** The type of an expression, where the file shows it; undefined when it cannot be known. */
      typeOf(expr, depth = 0) {
        if (!expr || depth > 6) return void 0;
        if (this.typeMemo.has(expr.id)) return this.typeMemo.get(expr.id);
        const raw = this.rawTypeOf(expr, depth);
        const t = !raw || raw === "_" || this.isGeneric(raw, expr.startIndex) ? void 0 : this.canonical(raw === "Self" ? this.implType(expr.startIndex) : raw);
        this.typeMemo.set(expr.id, t);
        return t;
      }
      rawTypeOf(expr, depth) {
        switch (expr.type) {
          case "reference_expression":
            return this.typeOf(expr.childForFieldName("value"), depth + 1);
          case "parenthesized_expression":
          case "try_expression":
            return this.typeOf(expr.namedChild(0), depth + 1);
          case "self":
            return this.implType(expr.startIndex);
          case "struct_expression":
            return typeName(expr.childForFieldName("name")?.text ?? "");
          case "field_expression": {
            const owner = this.typeOf(expr.childForFieldName("value"), depth + 1);
            const field = expr.childForFieldName("field")?.text ?? "";
            return owner ? this.structFields.get(owner)?.get(field) : void 0;
          }
          case "identifier": {
            const b = this.values.lookup(expr.text, expr.startIndex);
            if (b?.kind === "param") return typeName(b.fn.paramTypes.get(b.name) ?? "");
            if (b?.kind === "let") {
              const annotated = b.info.node.childForFieldName("type");
              if (annotated) return typeName(annotated.text);
              return b.info.simple ? this.typeOf(b.info.value, depth + 1) : void 0;
            }
            return void 0;
          }
          case "call_expression": {
            const name2 = calleeName(expr);
            const fn = expr.childForFieldName("function");
            const recv = receiverOf(expr);
            if (recv && /^(unwrap|expect|clone|to_owned|as_ref|lock|read|write|borrow|borrow_mut)$/.test(name2)) return this.typeOf(recv, depth + 1);
            if (fn?.type === "scoped_identifier" || fn?.type === "generic_function") {
              const path = (fn.type === "generic_function" ? fn.childForFieldName("function") : fn)?.childForFieldName("path")?.text ?? "";
              if (CONSTRUCTORS.test(name2) && path) return typeName(path);
            }
            if (!recv && fn?.type === "identifier") {
              const f = this.model.functionsNamed(name2);
              if (f.length === 1) return typeName(f[0].node.childForFieldName("return_type")?.text ?? "");
            }
            return void 0;
          }
          default:
            return void 0;
        }
      }
      /** How a call is written, with paths resolved and the receiver's type where known. */
      shape(call) {
        let memo = this.shapeMemo.get(call.id);
        if (!memo) this.shapeMemo.set(call.id, memo = this.computeShape(call));
        return memo;
      }
      computeShape(call) {
        const name2 = calleeName(call);
        const recv = receiverOf(call);
        const args2 = argumentsOf(call).length;
        const imports = (modules) => this.imports(modules);
        if (recv) return { name: name2, method: { receiverType: this.typeOf(recv) }, args: args2, imports };
        const globs = this.useMap.globs;
        let fn = call.childForFieldName("function");
        if (fn?.type === "generic_function") fn = fn.childForFieldName("function");
        const written = (fn?.text ?? name2).replace(/\s+/g, " ").replace(/\s*::\s*/g, "::").trim();
        const segs = splitPath(written);
        const stripped = segs.map((s) => s.replace(/<.*$/, ""));
        let selfType;
        if (segs.length >= 2) {
          const q = segs[segs.length - 2];
          const qualified = /^<\s*([\w:]+)(?:<.*>)?\s+as\s+[\w:<>]+>$/.exec(q);
          selfType = this.canonical(qualified ? typeName(qualified[1]) : typeName(q));
          if (selfType === "Self") selfType = this.canonical(this.implType(call.startIndex));
        }
        const head = stripped[0];
        const full = this.useMap.names.get(head);
        const resolved = this.expandPath(stripped);
        const ownPath = segs.length === 2 && !full || /^(crate|self|super)::/.test(resolved);
        const crateType = selfType !== void 0 && /^\w+$/.test(selfType) && !this.localTypes.has(selfType) && (/^(crate|self|super)::/.test(resolved) || this.declaresModule(resolved.split("::")[0])) && !this.usesFromOtherCrate(selfType);
        const ownFunction = segs.length === 1 && (full ? /^(crate|self|super)::/.test(full) : this.model.functionsNamed(name2).length > 0);
        const local = selfType !== void 0 && ownPath && this.localTypes.has(selfType) || crateType || ownFunction;
        return { name: name2, path: { written, resolved: resolved.replace(/^::/, ""), selfType, local }, args: args2, imports, globs };
      }
      /** Whether this file declares the module `name` (`mod cipher;` or `mod cipher { .. }`). (Asked per call: each answer is kept.) */
      declaresModule(name2) {
        let declared = this.moduleMemo.get(name2);
        if (declared === void 0) this.moduleMemo.set(name2, declared = /^[a-z_]\w*$/.test(name2) && new RegExp(`(^|[^\\w])mod\\s+${name2}\\s*[;{]`).test(this.model.source.text));
        return declared;
      }
      /** Whether a `use` other than of this crate's own paths ends in `name` (`pub use cbc::Encryptor;`). (Asked per call: each answer is kept.) */
      usesFromOtherCrate(name2) {
        let used = this.reexportMemo.get(name2);
        if (used === void 0) {
          this.foreignUses ??= this.model.source.text.replace(/\buse\s+(crate|self|super)::[^;]*;/g, "");
          this.reexportMemo.set(name2, used = new RegExp(`\\buse\\s+[\\w:]*\\b${name2}\\s*;`).test(this.foreignUses));
        }
        return used;
      }
      /** A path with its first segment expanded by the file's `use`s (`Cipher`, `new` → `aes_gcm::Aes256Gcm::new`); `self`, `crate`, `super` and `Self` stay as written. */
      expandPath(segs) {
        const full = /^(self|crate|super|Self)$/.test(segs[0]) ? void 0 : this.useMap.names.get(segs[0]);
        return full ? [full, ...segs.slice(1)].join("::") : segs.join("::");
      }
      /** The modelled sinks of a call, with the argument each one is about. */
      sinks(call, kinds) {
        if (!this.models.hasName(calleeName(call))) return [];
        const args2 = argumentsOf(call);
        return this.models.match(this.shape(call), kinds).map((row) => ({ row, arg: row.arg === void 0 ? void 0 : args2[row.arg] }));
      }
    };
  }
});

// src/analyzer/checks/cost.ts
function pbkdf2Floor(text) {
  if (/sha512|SHA512|Sha512/.test(text)) return { floor: 21e4, hash: "HMAC-SHA512" };
  if (/sha1\b|SHA1\b|Sha1\b/.test(text)) return { floor: 13e5, hash: "HMAC-SHA1" };
  return { floor: 6e5, hash: "HMAC-SHA256" };
}
function argon2Weak(m, t) {
  if (t === void 0) return m < ARGON2_MIN_M;
  if (t >= 5) return m < ARGON2_MIN_M_FOR_T[5];
  return m < (ARGON2_MIN_M_FOR_T[t] ?? ARGON2_MIN_M_FOR_T[1]);
}
function majorMinor(req) {
  const m = /(\d+)\.(\d+)/.exec(req ?? "");
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function pbkdf2Defaults(ctx, version) {
  const { model } = ctx;
  for (const call of model.calls) {
    const fn = call.childForFieldName("function");
    if (fn?.type !== "field_expression" || fn.childForFieldName("field")?.text !== "hash_password") continue;
    const recv = fn.childForFieldName("value")?.text.replace(/\s+/g, "") ?? "";
    if (!/^(pbkdf2::(simple::)?)?Pbkdf2$/.test(recv) || argumentsOf(call).length !== 2) continue;
    ctx.report(span(call), `\`${quote(model, call, 40)}\` with pbkdf2 ${version} uses its default of 10,000 rounds of HMAC-SHA256: OWASP recommends at least 600,000, so each password guess is 60 times cheaper for an attacker. Pass \`Params { rounds: 600_000, .. }\` to \`hash_password_customized\`, or upgrade to pbkdf2 0.12, whose default is 600,000.`);
  }
}
function weakDefaults(ctx) {
  const { model } = ctx;
  const versions = ctx.crate?.versions ?? {};
  const rustCrypto = before(majorMinor(versions["argon2"]), 0, 5);
  const rustArgon2 = before(majorMinor(versions["rust-argon2"]), 2, 0);
  if (before(majorMinor(versions["pbkdf2"]), 0, 12)) pbkdf2Defaults(ctx, versions["pbkdf2"]);
  if (!rustCrypto && !rustArgon2) return;
  for (const call of model.calls) {
    const fn = call.childForFieldName("function")?.text.replace(/\s+/g, "") ?? "";
    const which = rustCrypto && /(^|::)(Params|Argon2)::default$/.test(fn) ? `argon2 ${versions["argon2"]}` : rustArgon2 && /(^|::)Config::default$/.test(fn) ? `rust-argon2 ${versions["rust-argon2"]}` : void 0;
    if (!which) continue;
    const fnText = model.text(model.enclosingFunction(call.startIndex) ?? span(call));
    if (/\.verify_password\s*\(/.test(fnText) && !/\.hash_password\w*\s*\(|hash_encoded|hash_raw/.test(fnText)) continue;
    const args2 = call.parent?.type === "arguments" ? call.parent : call.parent?.parent?.type === "arguments" ? call.parent.parent : null;
    const at = args2?.parent?.type === "call_expression" ? args2.parent : call;
    ctx.report(span(at), `\`${quote(model, call, 40)}\` with ${which} is 4 MiB of memory and 3 passes${which.startsWith("rust") ? " of Argon2i" : ""}: below OWASP's minimum for Argon2id (19 MiB with 2 passes, or 12 MiB with 3), so password guesses stay cheap on GPUs. Set the parameters explicitly (m = 19456 KiB, t = 2), or upgrade: ${which.startsWith("rust") ? "rust-argon2 2" : "argon2 0.5"}'s default meets the minimum.`);
  }
}
function weakKdfCost(ctx) {
  const { model, values, resolver } = ctx;
  weakDefaults(ctx);
  const names = ctx.models.names(COST_KINDS);
  const numberOf = (arg) => {
    if (!arg) return {};
    const v = values.resolve(arg);
    if (v.kind === "external" && v.name) return { external: v.name, origin: v.origin };
    return { n: v.kind === "const" ? integerLiteral(v.literal) : void 0 };
  };
  for (const call of model.calls) {
    if (!calleeNameIn(call, names)) continue;
    const sinks = resolver.sinks(call, COST_KINDS);
    if (sinks.length === 0) continue;
    const fnText = model.text(model.enclosingFunction(call.startIndex) ?? span(call));
    for (const { row, arg } of sinks) {
      const at = span(call);
      const { n, external, origin } = numberOf(arg);
      const shown = arg ? quote(model, arg, 40) : "";
      const report = (below, message) => {
        if (n !== void 0) {
          if (n < below) ctx.report(at, message(n.toLocaleString("en-US")), { related: [] });
        } else if (external) ctx.report(at, message("{{value}}"), { ifExternalConst: { name: external, below, at: origin } });
      };
      switch (row.kind) {
        case "iterations": {
          const { floor, hash } = pbkdf2Floor(`${call.text}
${fnText}`);
          report(floor, (v) => `PBKDF2-${hash} with ${v} iterations (\`${shown}\`): OWASP recommends at least ${floor.toLocaleString("en-US")}, so each password guess is that much cheaper for an attacker. Raise the count, or move to Argon2id.`);
          break;
        }
        case "bcrypt-cost":
          report(BCRYPT_MIN, (v) => `bcrypt with cost ${v} (\`${shown}\`): OWASP's minimum is ${BCRYPT_MIN}; every step below it halves the attacker's work per guess. Use \`bcrypt::DEFAULT_COST\` (12) or more.`);
          break;
        case "scrypt-log-n":
          report(SCRYPT_LOG_N_MIN, (v) => `scrypt with log_n ${v} (N = 2^${v}, \`${shown}\`): OWASP recommends N = 2^17 (log_n 17) with r = 8, p = 1 as a minimum; a smaller N makes password guesses cheap. Raise log_n to 17.`);
          break;
        case "argon2-m-cost": {
          const t = sinks.find((s) => s.row.kind === "argon2-t-cost");
          const tn = t ? numberOf(t.arg).n : void 0;
          if (n === void 0) break;
          if (argon2Weak(n, tn)) {
            ctx.report(at, `Argon2 with ${n.toLocaleString("en-US")} KiB of memory${tn !== void 0 ? ` and ${tn} pass${tn === 1 ? "" : "es"}` : ""} (\`${quote(model, call, 50)}\`): below OWASP's minimum for Argon2id (19 MiB with 2 passes, or an equivalent such as 12 MiB with 3); password guesses stay cheap on GPUs. Use \`Params::default()\` or more memory.`);
          }
          break;
        }
      }
    }
  }
  const text = model.source.text;
  const fields = fieldSinksIn(model, resolver, COST_KINDS);
  for (const { field, value, literal } of fields) {
    const n = integerLiteral(values.resolve(value).literal);
    if (n === void 0) continue;
    const at = span(value.parent ?? value);
    if (field.kind === "iterations") {
      const { floor, hash } = pbkdf2Floor(text);
      if (n < floor) ctx.report(at, `PBKDF2-${hash} with ${n.toLocaleString("en-US")} rounds (\`pbkdf2::Params\`): OWASP recommends at least ${floor.toLocaleString("en-US")}. Raise the count, or move to Argon2id.`);
    } else if (field.kind === "argon2-m-cost") {
      const tv = fields.find((f) => f.literal.id === literal.id && f.field.kind === "argon2-t-cost")?.value;
      const t = tv ? integerLiteral(values.resolve(tv).literal) : void 0;
      if (argon2Weak(n, t)) ctx.report(at, `Argon2 with ${n.toLocaleString("en-US")} KiB of memory${t !== void 0 ? ` and ${t} passes` : ""} (\`argon2::Config\`): below OWASP's minimum for Argon2id (19 MiB with 2 passes, or an equivalent). Use \`Config::default()\` or more memory.`);
    }
  }
}
var COST_KINDS, BCRYPT_MIN, SCRYPT_LOG_N_MIN, ARGON2_MIN_M_FOR_T, ARGON2_MIN_M, before;
var init_cost = __esm({
  "src/analyzer/checks/cost.ts"() {
    "use strict";
    init_apis();
    init_values();
    init_model();
    init_common();
    COST_KINDS = /* @__PURE__ */ new Set(["iterations", "bcrypt-cost", "scrypt-log-n", "argon2-m-cost", "argon2-t-cost"]);
    BCRYPT_MIN = 10;
    SCRYPT_LOG_N_MIN = 17;
    ARGON2_MIN_M_FOR_T = { 1: 47104, 2: 19456, 3: 12288, 4: 9216, 5: 7168 };
    ARGON2_MIN_M = 7168;
    before = (v, major, minor) => !!v && (v[0] < major || v[0] === major && v[1] < minor);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix] = parts2;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k = path[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start2, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd2 = null;
      for (const collItem of bm.items) {
        const { start: start2, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd2 = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd2 && commentEnd2 < offset)
        onError(commentEnd2, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd2 ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd2 = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd2 = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd2 ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before2[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key: key2, sep, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key: key2, sep }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/diff/libesm/diff/base.js
var Diff;
var init_base = __esm({
  "node_modules/diff/libesm/diff/base.js"() {
    Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i2 = 0; i2 < array.length; i2++) {
          if (array[i2]) {
            ret.push(array[i2]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i2) {
                const oldValue = oldTokens[oldPos + i2];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
  }
});

// node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i2 = 0; i2 < linesAndNewlines.length; i2++) {
    const line = linesAndNewlines[i2];
    if (i2 % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/diff/libesm/diff/line.js"() {
    init_base();
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    lineDiff = new LineDiff();
  }
});

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i2 = 0; i2 < s.length; i2++) {
    if (s[i2] < " " || s[i2] > "~" || s[i2] === '"' || s[i2] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i2 = 0;
  while (i2 < bytes.length) {
    const b = bytes[i2];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i2++;
  }
  result += '"';
  return result;
}
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i2 = 0; i2 < diff.length; i2++) {
      const current = diff[i2], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i2 - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i2 < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i2 = 0; i2 < hunk.lines.length; i2++) {
        if (hunk.lines[i2].endsWith("\n")) {
          hunk.lines[i2] = hunk.lines[i2].slice(0, -1);
        } else {
          hunk.lines.splice(i2 + 1, 0, "\\ No newline at end of file");
          i2++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i2 = 0; i2 < patch.hunks.length; i2++) {
    const hunk = patch.hunks[i2];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var INCLUDE_HEADERS;
var init_create = __esm({
  "node_modules/diff/libesm/patch/create.js"() {
    init_line();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
  }
});

// node_modules/diff/libesm/index.js
var init_libesm = __esm({
  "node_modules/diff/libesm/index.js"() {
    init_create();
  }
});

// src/fix/cargo.ts
import { existsSync as existsSync4, readFileSync as readFileSync4 } from "node:fs";
import { dirname as dirname4, join as join4 } from "node:path";
function findLock(manifest) {
  for (let dir = dirname4(manifest), i2 = 0; i2 < 12; i2++) {
    const lock = join4(dir, "Cargo.lock");
    if (existsSync4(lock)) return lock;
    const up2 = dirname4(dir);
    if (up2 === dir) break;
    dir = up2;
  }
  return void 0;
}
function readLock(path) {
  if (!path) return [];
  try {
    const doc = parse(readFileSync4(path, "utf8"));
    return Array.isArray(doc.package) ? doc.package.filter((p) => typeof p?.name === "string" && typeof p?.version === "string") : [];
  } catch {
    return [];
  }
}
function manifestRequirement(manifest, pkg) {
  for (const table of ["dependencies", "dev-dependencies", "build-dependencies"]) {
    const deps = manifest[table];
    for (const [key2, spec] of Object.entries(deps ?? {})) {
      const name2 = typeof spec === "object" && spec && typeof spec.package === "string" ? spec.package : key2;
      if (name2 !== pkg) continue;
      const v = typeof spec === "string" ? spec : spec?.version;
      if (typeof v === "string") return v.replace(/^[=^~\s]+/, "");
    }
  }
  return void 0;
}
function crateFacts(manifestPath, dependencies = []) {
  let manifest = {};
  let packageName;
  if (manifestPath) {
    try {
      manifest = parse(readFileSync4(manifestPath, "utf8"));
      packageName = manifest.package?.name;
    } catch {
      manifest = {};
    }
  }
  const lock = manifestPath ? readLock(findLock(manifestPath)) : [];
  const own = lock.find((p) => p.name === packageName);
  const pick = (pkg, from) => {
    const ref = from?.dependencies?.find((d) => d === pkg || d.startsWith(`${pkg} `));
    const version = ref?.split(" ")[1];
    const candidates = lock.filter((p) => p.name === pkg && (!version || p.version === version));
    return candidates.length === 1 ? candidates[0] : candidates.at(-1);
  };
  return {
    dependencies: new Set(dependencies),
    version: (pkg) => (own || lock.length ? pick(pkg, own)?.version : void 0) ?? manifestRequirement(manifest, pkg),
    digestOf: (pkg) => {
      const p = pick(pkg, own);
      if (p) return (p.dependencies ?? []).some((d) => d === "digest" || d.startsWith("digest ")) ? pick("digest", p)?.version : void 0;
      return lock.length ? void 0 : manifestRequirement(manifest, pkg);
    }
  };
}
function compatible(version) {
  if (!version) return void 0;
  const [major, minor] = version.split(".");
  return major === "0" ? `0.${minor ?? "0"}` : major;
}
var init_cargo = __esm({
  "src/fix/cargo.ts"() {
    "use strict";
    init_dist();
  }
});

// src/fix/fixers.ts
var fixers_exports = {};
__export(fixers_exports, {
  DESIGN_ADVICE: () => DESIGN_ADVICE,
  FIXERS: () => FIXERS,
  integerSource: () => integerSource,
  nodeAt: () => nodeAt
});
function nodeAt(root, start2, end) {
  let n = root.descendantForIndex(start2, Math.max(start2, end - 1)) ?? root;
  while (n.parent && !(n.startIndex === start2 && n.endIndex === end) && n.startIndex >= start2 && n.endIndex <= end) n = n.parent;
  while (n.parent && n.parent.startIndex === n.startIndex && n.parent.endIndex === n.endIndex) n = n.parent;
  return n;
}
function up(n, type) {
  for (let p = n.parent; p; p = p.parent) if (typeof type === "string" ? p.type === type : type.test(p.type)) return p;
  return void 0;
}
function callsAround(n) {
  if (n.type === "call_expression") return n;
  return n.descendantsOfType("call_expression")[0] ?? void 0;
}
function argsOf(call) {
  return (call.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => !!c && c.type !== "line_comment" && c.type !== "block_comment");
}
function calleeOf(call) {
  const fn = call.childForFieldName("function");
  if (!fn) return "";
  const inner = fn.type === "generic_function" ? fn.childForFieldName("function") ?? fn : fn;
  if (inner.type === "field_expression") return inner.childForFieldName("field")?.text ?? "";
  if (inner.type === "scoped_identifier") return inner.childForFieldName("name")?.text ?? "";
  return inner.text;
}
function receiverOf2(call) {
  const fn = call.childForFieldName("function");
  return fn?.type === "field_expression" ? fn.childForFieldName("value") ?? void 0 : void 0;
}
function enclosingFn(n) {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === "function_item") return p;
    if (p.type === "closure_expression" || p.type === "async_block" || p.type === "const_item" || p.type === "static_item") return void 0;
  }
  return void 0;
}
function stripRef(n) {
  let cur = n;
  while ((cur.type === "reference_expression" || cur.type === "parenthesized_expression") && cur.namedChildren.length) cur = (cur.type === "reference_expression" ? cur.childForFieldName("value") : cur.namedChild(0)) ?? cur;
  return cur;
}
function integerSource(arg, root, depth = 0) {
  if (depth > 4) return void 0;
  const n = stripRef(arg);
  if (n.type === "integer_literal") return { literal: n, via: "direct" };
  if (n.type === "type_cast_expression") {
    const v = n.childForFieldName("value");
    return v ? integerSource(v, root, depth + 1) : void 0;
  }
  if (n.type === "call_expression") {
    const name2 = calleeOf(n);
    if (/^(unwrap|expect|into|try_into|get)$/.test(name2)) {
      const r = receiverOf2(n);
      return r ? integerSource(r, root, depth + 1) : void 0;
    }
    const a = argsOf(n);
    if (/^(new|from|new_unchecked|Some)$/.test(name2) && a.length === 1) return integerSource(a[0], root, depth + 1);
    return void 0;
  }
  if (n.type === "identifier") {
    const name2 = n.text;
    const found = bindingLiteral(name2, n, root);
    if (!found) return void 0;
    const inner = integerSource(found, root, depth + 1);
    return inner ? { literal: inner.literal, via: "binding" } : void 0;
  }
  return void 0;
}
function bindingLiteral(name2, use, root) {
  const fn = enclosingFn(use);
  if (fn) {
    let best;
    for (const l of fn.descendantsOfType("let_declaration")) {
      if (!l || l.startIndex > use.startIndex) continue;
      const pat = l.childForFieldName("pattern");
      const bound = pat?.type === "mut_pattern" ? pat.namedChild(0) : pat;
      if (bound?.type === "identifier" && bound.text === name2) best = l.childForFieldName("value") ?? void 0;
    }
    if (best) return best;
    if (fn.childForFieldName("parameters")?.descendantsOfType("identifier").some((i2) => i2?.text === name2)) return void 0;
  }
  for (const item of root.descendantsOfType(["const_item", "static_item"])) {
    if (item?.childForFieldName("name")?.text === name2) return item.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function fits(lit, text) {
  const n = Number(text.replace(/_/g, "").replace(/[a-z]\w*$/, ""));
  if (!Number.isFinite(n)) return true;
  const suffix = /(u8|i8|u16|i16)$/.exec(lit.text)?.[1];
  const holder = lit.parent?.type === "let_declaration" || lit.parent?.type === "const_item" || lit.parent?.type === "static_item" ? lit.parent.childForFieldName("type")?.text.trim() : void 0;
  const type = suffix ?? holder;
  return !(type && MAX[type] !== void 0 && n > MAX[type]);
}
function intText(n, like) {
  const suffix = like ? /(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/.exec(like.text)?.[1] ?? "" : "";
  const digits = String(n);
  const grouped = n >= 1e4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, "_") : digits;
  return `${grouped}${suffix}`;
}
function intValue(lit) {
  const t = lit.text.replace(/_/g, "").replace(/(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/, "");
  const v = /^0x/i.test(t) ? Number.parseInt(t.slice(2), 16) : Number(t);
  return Number.isFinite(v) ? v : void 0;
}
function where(ctx, lit, via) {
  if (via === "direct") return "";
  const line = ctx.text.slice(0, lit.startIndex).split("\n").length;
  return ` (where it is defined, line ${line})`;
}
function argon2(ctx, mArg, tArg) {
  const m = mArg ? integerSource(mArg, ctx.root) : void 0;
  if (!m) return void 0;
  const mOld = intValue(m.literal);
  const t = tArg ? integerSource(tArg, ctx.root) : void 0;
  const tOld = t ? intValue(t.literal) : void 0;
  if (mOld === void 0 || tArg && tOld === void 0) return void 0;
  if (!argon2Weak(mOld, tOld)) return void 0;
  const edits = [];
  let tNew = tOld;
  if (t && tOld !== void 0 && tOld < 2) {
    tNew = 2;
    edits.push({ start: t.literal.startIndex, end: t.literal.endIndex, text: intText(2, t.literal) });
  }
  const mNew = Math.max(mOld, tNew === void 0 ? ARGON2_MIN_M_FOR_T[1] : ARGON2_MIN_M_FOR_T[Math.min(5, tNew)]);
  if (mNew !== mOld) edits.push({ start: m.literal.startIndex, end: m.literal.endIndex, text: intText(mNew, m.literal) });
  if (edits.length === 0) return void 0;
  edits.sort((a, b) => a.start - b.start);
  const passes = tNew !== tOld ? ` and passes from ${tOld} to ${tNew}` : "";
  return { description: `Raise Argon2's memory from ${mOld.toLocaleString("en-US")} KiB to ${mNew.toLocaleString("en-US")} KiB${passes} (the ${OWASP} minimum${tNew === 2 ? ", as `Params::default()`" : ""}).`, edits };
}
function costField(ctx, field) {
  const name2 = field.childForFieldName("field")?.text;
  const value = field.childForFieldName("value");
  if (!value) return void 0;
  if (name2 === "rounds") {
    const src = integerSource(value, ctx.root);
    const old = src ? intValue(src.literal) : void 0;
    if (!src || old === void 0) return void 0;
    const { floor, hash } = pbkdf2Floor(ctx.text);
    if (old >= floor) return void 0;
    return { description: `Raise the PBKDF2-${hash} rounds from ${old.toLocaleString("en-US")} to ${floor.toLocaleString("en-US")}, the ${OWASP} minimum.`, edits: [{ start: src.literal.startIndex, end: src.literal.endIndex, text: intText(floor, src.literal) }] };
  }
  if (name2 === "mem_cost") {
    const struct = field.parent;
    const time = struct?.namedChildren.find((f) => f?.type === "field_initializer" && f.childForFieldName("field")?.text === "time_cost");
    return argon2(ctx, value, time?.childForFieldName("value") ?? void 0);
  }
  return void 0;
}
function decryptFamily(call, text) {
  const name2 = calleeOf(call);
  if (/^(open_in_place|open_within|open_in_place_separate_tag)$/.test(name2)) return "ring";
  const fn = call.childForFieldName("function");
  if (/^(decrypt|decrypt_aead)$/.test(name2) && fn?.type !== "field_expression" && (/\bsymm\b/.test(fn?.text ?? "") || /use\s+openssl::symm/.test(text))) return "openssl";
  if (/^(decrypt|decrypt_in_place|decrypt_in_place_detached)$/.test(name2) && fn?.type === "field_expression") return "aead";
  return void 0;
}
function genericArgs(type) {
  const open = type.indexOf("<");
  if (open < 0 || !type.trimEnd().endsWith(">")) return void 0;
  const inner = type.slice(open + 1, type.trimEnd().length - 1);
  const out2 = [];
  let depth = 0;
  let cur = "";
  for (const c of inner) {
    if (c === "<" || c === "(" || c === "[") depth++;
    if (c === ">" || c === ")" || c === "]") depth--;
    if (c === "," && depth === 0) {
      out2.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out2.push(cur.trim());
  return out2;
}
function propagation(returnType, family, text, deps, reason) {
  const t = returnType.replace(/\s+/g, " ").trim();
  const msg = JSON.stringify(reason);
  if (/^(std::option::|core::option::)?Option\s*</.test(t)) return { text: ".ok()?", how: "returns `None` when authentication fails" };
  if (/^(std::)?io::Result\s*</.test(t)) return { text: `.map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, ${msg}))?`, how: "returns an `InvalidData` error when authentication fails" };
  if (/^anyhow::Result\s*</.test(t)) return deps.has("anyhow") ? { text: family === "openssl" ? "?" : `.map_err(|_| anyhow::anyhow!(${msg}))?`, how: "returns the error when authentication fails" } : void 0;
  const m = /^(?:(?:std|core)::result::)?Result\s*</.exec(t);
  if (!m) return void 0;
  const args2 = genericArgs(t);
  if (!args2 || args2.length !== 2) return void 0;
  const err2 = args2[1];
  const how = "returns the error to the caller when authentication fails";
  if (/^anyhow::Error$/.test(err2)) return deps.has("anyhow") ? { text: family === "openssl" ? "?" : `.map_err(|_| anyhow::anyhow!(${msg}))?`, how } : void 0;
  if (/^Box\s*<\s*dyn\s+(std::error::|core::error::)?Error(\s*\+\s*(Send|Sync|'static))*\s*>$/.test(err2)) return { text: family === "openssl" ? "?" : `.map_err(|_| ${msg})?`, how };
  if (/^(std::string::)?String$/.test(err2)) return { text: `.map_err(|_| ${msg})?`, how };
  if (family === "aead" && (AEAD_CRATES.test(err2) && /::Error$/.test(err2))) return { text: "?", how };
  if (family === "aead" && err2 === "Error" && new RegExp(`use\\s+[^;]*${AEAD_CRATES.source}[^;]*\\bError\\b[^;]*;`).test(text) && !/\b(enum|struct)\s+Error\b/.test(text)) return { text: "?", how };
  if (family === "ring" && /(^|::)Unspecified$/.test(err2)) return { text: "?", how };
  if (family === "openssl" && /(^|::)ErrorStack$/.test(err2)) return { text: "?", how };
  const own = /^[A-Z]\w*$/.test(err2) ? err2 : void 0;
  if (own) {
    const fromType = family === "aead" ? `(?:\\w+::)*Error` : family === "ring" ? "(?:\\w+::)*Unspecified" : "(?:\\w+::)*ErrorStack";
    const impl = new RegExp(`impl\\s+From\\s*<\\s*(${fromType})\\s*>\\s+for\\s+${own}\\b`).exec(text);
    if (impl && (family !== "aead" || AEAD_CRATES.test(impl[1]))) return { text: "?", how };
    const enumBody = new RegExp(`enum\\s+${own}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(text)?.[1] ?? "";
    const from = /#\[from\]\s*((?:\w+::)*\w+)/g;
    for (const f of enumBody.matchAll(from)) if (family === "aead" && AEAD_CRATES.test(f[1]) && /Error$/.test(f[1]) || family === "ring" && /Unspecified$/.test(f[1]) || family === "openssl" && /ErrorStack$/.test(f[1])) return { text: "?", how };
  }
  return void 0;
}
function matchingParen(text, open) {
  let depth = 0;
  for (let i2 = open; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === '"') {
      for (i2++; i2 < text.length && text[i2] !== '"'; i2++) if (text[i2] === "\\") i2++;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i2;
  }
  return -1;
}
function osRng(crate) {
  if (!crate.dependencies.has("rand")) return void 0;
  const v = compatible(crate.version("rand"));
  if (v === "0.7" || v === "0.8") return "rand::rngs::OsRng";
  if (v === "0.9") return "rand::TryRngCore::unwrap_err(rand::rngs::OsRng)";
  return void 0;
}
function asSliceArg(n, ctx) {
  const t = n.text;
  if (SLICE_SUFFIX.test(t) || n.type === "reference_expression") return t;
  if (n.type === "identifier") {
    const type = bindingType(n);
    if (type && /\bstr\b|\bString\b/.test(type)) return `${t}.as_bytes()`;
    if (type && /^&\s*(\[\s*u8\s*\]|\[\s*u8\s*;[^\]]*\])$/.test(type.trim())) return t;
  }
  const simple = /^(identifier|field_expression|call_expression|index_expression|scoped_identifier|self)$/.test(n.type);
  return simple ? `&${t}` : `&(${t})`;
}
function bindingType(id) {
  const fn = enclosingFn(id);
  const params = fn?.childForFieldName("parameters")?.namedChildren ?? [];
  for (const p of params) if (p?.type === "parameter" && p.childForFieldName("pattern")?.text === id.text) return p.childForFieldName("type")?.text;
  let found;
  for (const l of fn?.descendantsOfType("let_declaration") ?? []) {
    if (!l || l.startIndex > id.startIndex || l.childForFieldName("pattern")?.text.replace(/^mut\s+/, "") !== id.text) continue;
    found = l.childForFieldName("type")?.text ?? (/(to_string\(\)|String::from|format!)/.test(l.childForFieldName("value")?.text ?? "") ? "String" : void 0);
  }
  return found;
}
function macOutput(n) {
  const t = n.text.replace(/\s+/g, "");
  const m = /^&?([a-z_][a-z0-9_]*)\.finalize\(\)\.into_bytes\(\)(\.as_slice\(\)|\[\.\.\]|\.to_vec\(\)|\.as_ref\(\))?$/.exec(t);
  return m?.[1];
}
function swapDigest(ctx, type, targets, use) {
  const d = DIGEST_OF[type];
  if (!ctx.crate.dependencies.has("sha2") || !ctx.crate.dependencies.has(d.pkg)) return void 0;
  const a = ctx.crate.digestOf(d.pkg);
  const b = ctx.crate.digestOf("sha2");
  if (!a || !b || compatible(a) !== compatible(b)) return void 0;
  const scope = enclosingFn(use) ?? ctx.root;
  if (new RegExp(`;\\s*${d.bytes}\\s*\\]|\\bU${d.bytes}\\b`).test(scope.text)) return void 0;
  const let_ = up(use, "let_declaration");
  if (let_?.childForFieldName("type") && new RegExp(`\\b${type}\\b`).test(let_.childForFieldName("type").text)) return void 0;
  const typeUses = scope.descendantsOfType("type_identifier").filter((t) => t?.text === type && !up(t, "use_declaration") && !targets.some((x) => x.startIndex <= t.startIndex && t.endIndex <= x.endIndex));
  if (use.type !== "generic_type" && typeUses.length) return void 0;
  return {
    description: `Use SHA-256 (\`sha2::Sha256\`, a dependency already) instead of ${d.name}; the digest grows from ${d.bytes} to 32 bytes, so stored digests must be recomputed.`,
    edits: targets.map((t) => ({ start: t.startIndex, end: t.endIndex, text: "sha2::Sha256" }))
  };
}
var OWASP, MAX, weakKdfCost2, AEAD_CRATES, uncheckedResult2, RNG_CONSTRUCTOR, weakRng2, SLICE_SUFFIX, nonConstantTimeCompare2, DIGEST_OF, weakHash2, FIXERS, DESIGN_ADVICE;
var init_fixers = __esm({
  "src/fix/fixers.ts"() {
    "use strict";
    init_cost();
    init_cargo();
    OWASP = "OWASP Password Storage Cheat Sheet";
    MAX = { u8: 255, i8: 127, u16: 65535, i16: 32767 };
    weakKdfCost2 = (ctx) => {
      const n = ctx.node;
      if (n.type === "field_initializer") return costField(ctx, n);
      const call = callsAround(n);
      if (!call) return void 0;
      const sinks = ctx.resolver().sinks(call, COST_KINDS);
      const byKind = new Map(sinks.map((s) => [s.row.kind, s.arg]));
      const edit = (arg, value) => {
        if (!arg) return void 0;
        const src = integerSource(arg, ctx.root);
        if (!src) return void 0;
        const old = intValue(src.literal);
        if (old === void 0) return void 0;
        const text = value(old, src.literal, src.via);
        if (text !== void 0 && !fits(src.literal, text)) return void 0;
        return text === void 0 ? void 0 : { edit: { start: src.literal.startIndex, end: src.literal.endIndex, text }, old, lit: src.literal, via: src.via };
      };
      if (byKind.has("iterations")) {
        const fnNode = enclosingFn(call);
        const { floor, hash } = pbkdf2Floor(`${call.text}
${fnNode?.text ?? ""}`);
        const e = edit(byKind.get("iterations"), (old, lit) => old < floor ? intText(floor, lit) : void 0);
        if (!e) return void 0;
        return { description: `Raise the PBKDF2-${hash} iteration count from ${e.old.toLocaleString("en-US")} to ${floor.toLocaleString("en-US")}${where(ctx, e.lit, e.via)}, the ${OWASP} minimum.`, edits: [e.edit] };
      }
      if (byKind.has("bcrypt-cost")) {
        const e = edit(byKind.get("bcrypt-cost"), (old, lit, via) => old < BCRYPT_MIN ? via === "direct" && ctx.crate.dependencies.has("bcrypt") ? "bcrypt::DEFAULT_COST" : intText(12, lit) : void 0);
        if (!e) return void 0;
        return { description: `Raise the bcrypt cost from ${e.old} to bcrypt's default, 12${where(ctx, e.lit, e.via)}.`, edits: [e.edit] };
      }
      if (byKind.has("scrypt-log-n")) {
        const e = edit(byKind.get("scrypt-log-n"), (old, lit) => old < SCRYPT_LOG_N_MIN ? intText(SCRYPT_LOG_N_MIN, lit) : void 0);
        if (!e) return void 0;
        return { description: `Raise scrypt's log_n from ${e.old} to ${SCRYPT_LOG_N_MIN} (N = 2^17), the ${OWASP} minimum.`, edits: [e.edit] };
      }
      if (byKind.has("argon2-m-cost")) return argon2(ctx, byKind.get("argon2-m-cost"), byKind.get("argon2-t-cost"));
      return void 0;
    };
    AEAD_CRATES = /\b(aead|aes_gcm|aes_gcm_siv|chacha20poly1305|aes_siv|ccm|eax|ocb3|xsalsa20poly1305|crypto_secretbox|deoxys|ascon_aead)\b/;
    uncheckedResult2 = (ctx) => {
      const n = ctx.node;
      const call = n.type === "call_expression" ? n : void 0;
      if (call) {
        const name2 = calleeOf(call);
        const inner = receiverOf2(call);
        if (!/^(unwrap|expect)$/.test(name2) || inner?.type !== "call_expression") return void 0;
        const family = decryptFamily(inner, ctx.text);
        const fn2 = enclosingFn(call);
        const ret2 = fn2?.childForFieldName("return_type")?.text;
        if (!family || !ret2) return void 0;
        const reason = name2 === "expect" ? argsOf(call)[0]?.type === "string_literal" ? JSON.parse(argsOf(call)[0].text.replace(/\\'/g, "'")) : "decryption failed" : "decryption failed";
        const p2 = propagation(ret2, family, ctx.text, ctx.crate.dependencies, reason);
        if (!p2) return void 0;
        return { description: `Replace \`.${name2}(${name2 === "expect" ? ".." : ""})\` with \`${p2.text}\`: the function ${p2.how} instead of panicking.`, edits: [{ start: inner.endIndex, end: call.endIndex, text: p2.text }] };
      }
      const region = ctx.text.slice(ctx.at.start, ctx.at.end);
      const m = /\.\s*(unwrap|expect)\s*\($/.exec(region);
      if (!m) return void 0;
      const close = matchingParen(ctx.text, ctx.at.end - 1);
      const macro = up(n, "macro_invocation") ?? (n.type === "macro_invocation" ? n : void 0);
      const fn = macro ? enclosingFn(macro) : void 0;
      const ret = fn?.childForFieldName("return_type")?.text;
      if (close < 0 || !ret || !/^\s*decrypt/.test(region) || !macro || !/^(std::)?(println|print|eprintln|eprint|format|write|writeln|assert|assert_eq|dbg)$/.test(macro.childForFieldName("macro")?.text ?? "")) return void 0;
      const p = propagation(ret, "aead", ctx.text, ctx.crate.dependencies, "decryption failed");
      if (!p) return void 0;
      const dot = ctx.at.start + m.index;
      return { description: `Replace \`.${m[1]}(${m[1] === "expect" ? ".." : ""})\` with \`${p.text}\`: the function ${p.how} instead of panicking.`, edits: [{ start: dot, end: close + 1, text: p.text }] };
    };
    RNG_CONSTRUCTOR = /^(seed_from_u64|from_seed|from_entropy|from_rng|from_os_rng|new)$/;
    weakRng2 = (ctx) => {
      const os = osRng(ctx.crate);
      const origin = ctx.related[0];
      if (!os || !origin) return void 0;
      const made = nodeAt(ctx.root, origin.start, origin.end);
      if (made.type !== "call_expression" || !RNG_CONSTRUCTOR.test(calleeOf(made))) return void 0;
      const path = made.childForFieldName("function");
      const type = path?.type === "scoped_identifier" ? path.childForFieldName("path")?.text.split("::").pop() ?? "" : "";
      if (!/Rng$/.test(type)) return void 0;
      const parent = made.parent;
      const edits = [{ start: made.startIndex, end: made.endIndex, text: os }];
      if (parent?.type === "let_declaration") {
        const annotated = parent.childForFieldName("type");
        if (annotated) {
          if (annotated.text.split("::").pop() !== type) return void 0;
          if (/unwrap_err/.test(os)) return void 0;
          edits.unshift({ start: annotated.startIndex, end: annotated.endIndex, text: os });
        }
      } else if (!(parent?.type === "reference_expression" && parent.parent?.type === "arguments") && !(parent?.type === "field_expression" && parent.parent?.type === "call_expression")) return void 0;
      const typeUses = ctx.root.descendantsOfType("type_identifier").filter((t) => t?.text === type && !up(t, "use_declaration") && up(t, "let_declaration")?.childForFieldName("type")?.startIndex !== t.startIndex);
      if (typeUses.length) return void 0;
      return { description: `Draw from the operating system's generator (\`${os}\`) instead of \`${ctx.text.slice(made.startIndex, made.endIndex).slice(0, 60)}\`.`, edits };
    };
    SLICE_SUFFIX = /\.(as_slice|as_bytes)\(\)$/;
    nonConstantTimeCompare2 = (ctx) => {
      const n = ctx.node;
      let left;
      let right;
      let negated = false;
      if (n.type === "binary_expression") {
        const op = n.childForFieldName("operator")?.text;
        if (op !== "==" && op !== "!=") return void 0;
        negated = op === "!=";
        left = n.childForFieldName("left") ?? void 0;
        right = n.childForFieldName("right") ?? void 0;
      } else if (n.type === "call_expression" && /^(eq|ne)$/.test(calleeOf(n)) && argsOf(n).length === 1) {
        negated = calleeOf(n) === "ne";
        left = receiverOf2(n);
        right = argsOf(n)[0];
      }
      if (!left || !right) return void 0;
      const macVar = macOutput(left) ?? macOutput(right);
      const hmac = compatible(ctx.crate.version("hmac"));
      const verifies = !hmac || !/^0\.([0-9]|1[01])$/.test(hmac);
      if (macVar && verifies && /use\s[^;]*\bMac\b/.test(ctx.text)) {
        const other = macOutput(left) ? right : left;
        const text2 = `${macVar}.verify_slice(${asSliceArg(other, ctx)}).${negated ? "is_err" : "is_ok"}()`;
        return { description: `Let the MAC check the tag in constant time: \`${macVar}.verify_slice(..)\` instead of comparing its output with \`${negated ? "!=" : "=="}\`.`, edits: [{ start: n.startIndex, end: n.endIndex, text: text2 }] };
      }
      if (!ctx.crate.dependencies.has("subtle")) return void 0;
      const text = `${negated ? "!" : ""}bool::from(<[u8] as subtle::ConstantTimeEq>::ct_eq(${asSliceArg(left, ctx)}, ${asSliceArg(right, ctx)}))`;
      return { description: "Compare in constant time with `subtle::ConstantTimeEq` (a dependency already).", edits: [{ start: n.startIndex, end: n.endIndex, text }] };
    };
    DIGEST_OF = { Sha1: { pkg: "sha1", bytes: 20, name: "SHA-1" }, Md5: { pkg: "md-5", bytes: 16, name: "MD5" } };
    weakHash2 = (ctx) => {
      const n = ctx.node;
      if (n.type === "generic_type") {
        const arg = n.childForFieldName("type_arguments")?.namedChildren.find((c) => c?.type === "type_identifier");
        if (!arg || !DIGEST_OF[arg.text]) return void 0;
        return swapDigest(ctx, arg.text, [arg], n);
      }
      const call = n.type === "call_expression" ? n : void 0;
      if (!call) {
        const m = /^((?:sha1|md5)::)?(Sha1|Md5)\s*::\s*(new|digest|new_with_prefix)\s*\(/.exec(ctx.text.slice(ctx.at.start, ctx.at.end));
        if (!m || !up(n, "token_tree") && n.type !== "token_tree") return void 0;
        const target = { startIndex: ctx.at.start, endIndex: ctx.at.start + (m[1] ?? "").length + m[2].length };
        return swapDigest(ctx, m[2], [target], up(n, "macro_invocation") ?? n);
      }
      const fn = call.childForFieldName("function");
      if (fn?.type === "scoped_identifier" && /(^|::)MessageDigest$/.test(fn.childForFieldName("path")?.text ?? "") && /^(sha1|md5)$/.test(calleeOf(call)) && ctx.crate.dependencies.has("openssl")) {
        const name2 = fn.childForFieldName("name");
        return { description: `Use SHA-256 (\`MessageDigest::sha256()\`) instead of ${calleeOf(call) === "md5" ? "MD5" : "SHA-1"}; the digest grows to 32 bytes, so stored digests must be recomputed.`, edits: [{ start: name2.startIndex, end: name2.endIndex, text: "sha256" }] };
      }
      const ringArg = argsOf(call).find((a) => /SHA1_FOR_LEGACY_USE_ONLY$/.test(a.text));
      if (ringArg && ctx.crate.dependencies.has("ring")) {
        const id = ringArg.descendantsOfType("identifier").find((i2) => i2?.text === "SHA1_FOR_LEGACY_USE_ONLY");
        if (!id) return void 0;
        return { description: "Use SHA-256 (`ring::digest::SHA256`) instead of SHA-1; the digest grows to 32 bytes, so stored digests must be recomputed.", edits: [{ start: id.startIndex, end: id.endIndex, text: "SHA256" }] };
      }
      if (fn?.type !== "scoped_identifier" || !/^(new|digest|new_with_prefix|default)$/.test(calleeOf(call))) return void 0;
      const path = fn.childForFieldName("path");
      const type = path?.text.split("::").pop() ?? "";
      if (!path || !DIGEST_OF[type]) return void 0;
      return swapDigest(ctx, type, [path], call);
    };
    FIXERS = {
      "weak-kdf-cost": weakKdfCost2,
      "unchecked-result": uncheckedResult2,
      "weak-rng": weakRng2,
      "non-constant-time-compare": nonConstantTimeCompare2,
      "weak-hash": weakHash2
    };
    DESIGN_ADVICE = {
      "constant-nonce": (f) => {
        if (/Suggested/.test(f.message) || !/^Constant nonce/.test(f.message)) return void 0;
        const context = `${f.lineText} ${f.message}`;
        const head = "Suggested (a design change, so no automatic fix):";
        const travel = "send the nonce with the ciphertext (e.g. prepend it) and split it off, after a length check, before decrypting.";
        if (/assume_unique_for_key|seal_in_place|LessSafeKey|SealingKey/.test(context)) return `${head} \`let mut bytes = [0u8; NONCE_LEN]; ring::rand::SystemRandom::new().fill(&mut bytes)?; let nonce = Nonce::assume_unique_for_key(bytes);\` for each message \u2014 ${travel}`;
        if (/symm::|Crypter|encrypt_aead|Cipher::/.test(context)) return `${head} \`let mut iv = [0u8; 12]; openssl::rand::rand_bytes(&mut iv)?;\` for each message \u2014 ${travel}`;
        const cipher = /\b(Aes\d+Gcm(?:Siv)?|X?ChaCha20Poly1305)\b/.exec(context)?.[1] ?? "Aes256Gcm";
        return `${head} \`let nonce = ${cipher}::generate_nonce(&mut OsRng); let mut out = nonce.to_vec(); out.extend(cipher.encrypt(&nonce, plaintext)?);\` \u2014 ${travel}`;
      },
      "hardcoded-key": (f) => {
        if (/Suggested/.test(f.message) || !/^Hard-coded key/.test(f.message)) return void 0;
        const api = /reaches `([^`]+)`/.exec(f.message)?.[1];
        return `Suggested (a design change, so no automatic fix): \`let key = hex::decode(std::env::var("APP_DATA_KEY")?)?;\` and use \`key\` where the literal is now${api ? ` (it reaches \`${api}\`)` : ""} \u2014 or read it from a secrets manager or KMS; the committed key must be rotated.`;
      }
    };
  }
});

// src/fix/index.ts
var fix_exports = {};
__export(fix_exports, {
  Offsets: () => Offsets,
  applyFixes: () => applyFixes,
  attachFixes: () => attachFixes,
  suggestedLines: () => suggestedLines,
  tidyImports: () => tidyImports,
  unifiedDiff: () => unifiedDiff
});
function attachFixes(findings, inputs) {
  for (const f of findings) {
    const advice = DESIGN_ADVICE[f.ruleId]?.(f);
    if (advice && !f.suppression) f.message = `${f.message} ${advice}`;
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) if (FIXERS[f.ruleId] && !f.suppression) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  if (byFile.size === 0) return;
  const facts = /* @__PURE__ */ new Map();
  for (const [file, list] of byFile) {
    const text = inputs.textOf(file);
    if (text === void 0) continue;
    const tree = inputs.parser.parser.parse(text);
    if (!tree) continue;
    try {
      const source = new SourceText(text);
      let resolver;
      const getResolver = () => {
        if (!resolver) {
          const model = new FileModel(file, source, tree);
          resolver = new Resolver(model, new Values(model, inputs.models), inputs.models);
        }
        return resolver;
      };
      const crate = inputs.crateOf(file);
      const key2 = crate?.manifest ?? "";
      if (!facts.has(key2)) facts.set(key2, crateFacts(crate?.manifest, crate?.dependencies));
      const offsets = new Offsets(text);
      for (const f of list) {
        const at = offsets.span(f.region);
        const related = f.related.filter((r) => r.file === f.file).map((r) => offsets.span(r.region));
        const ctx = { finding: f, text, root: tree.rootNode, node: nodeAt(tree.rootNode, at.start, at.end), at, related, crate: facts.get(key2), resolver: getResolver };
        let plan;
        try {
          plan = FIXERS[f.ruleId](ctx);
        } catch {
          plan = void 0;
        }
        if (!plan || plan.edits.length === 0) continue;
        const edits = plan.edits.map((e) => ({ region: source.region(e.start, e.end), text: e.text }));
        f.fix = { description: plan.description, edits, lines: suggestedLines(edits, (n) => source.line(n)) };
      }
    } finally {
      tree.delete();
    }
  }
}
function applyFixes(file, text, findings) {
  const offsets = new Offsets(text);
  const withFix = findings.filter((f) => f.file === file && f.fix && !f.suppression).map((f) => ({ finding: f, fix: f.fix, spans: f.fix.edits.map((e) => ({ ...offsets.span(e.region), text: e.text })) }));
  withFix.sort((a, b) => Math.min(...a.spans.map((s) => s.start)) - Math.min(...b.spans.map((s) => s.start)) || a.finding.region.startLine - b.finding.region.startLine);
  const taken = [];
  const applied = [];
  const skipped = [];
  const overlaps = (a, b) => a.start < b.end && b.start < a.end || a.start === b.start && (a.start === a.end || b.start === b.end);
  const same = (a, b) => a.start === b.start && a.end === b.end && a.text === b.text;
  for (const w of withFix) {
    if (w.spans.every((s) => taken.some((t) => same(s, t)))) {
      applied.push({ finding: w.finding, fix: w.fix });
      continue;
    }
    if (w.spans.some((s) => taken.some((t) => overlaps(s, t)))) {
      skipped.push({ finding: w.finding, fix: w.fix });
      continue;
    }
    taken.push(...w.spans);
    applied.push({ finding: w.finding, fix: w.fix });
  }
  let after = text;
  const gone = /* @__PURE__ */ new Set();
  for (const s of [...taken].sort((a, b) => b.start - a.start)) {
    for (const w of text.slice(s.start, s.end).match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []) if (!new RegExp(`\\b${w}\\b`).test(s.text)) gone.add(w);
    after = after.slice(0, s.start) + s.text + after.slice(s.end);
  }
  const tidy = applied.length ? tidyImports(after, gone) : { text: after, removed: [] };
  return { file, before: text, after: tidy.text, applied, skipped, unusedImports: tidy.removed };
}
function tidyImports(text, replaced) {
  const candidates = /* @__PURE__ */ new Set([...replaced, ...Object.keys(TRAIT_METHODS)]);
  const outsideUses = text.replace(/^\s*(pub(\([^)]*\))?\s+)?use\s[^;]*;[^\n]*\n?/gm, "");
  const unused = (name2) => !new RegExp(`\\b${name2}\\b`).test(outsideUses) && !(TRAIT_METHODS[name2]?.test(outsideUses) ?? false);
  const removed = [];
  const out2 = text.replace(/^([ \t]*)use\s+([\w:]+?)(::\{([^{}]*)\}|)\s*;[ \t]*\n/gm, (line, indent, path, braces, list) => {
    if (!braces) {
      const name2 = path.split("::").pop();
      if (!candidates.has(name2) || !unused(name2)) return line;
      removed.push(name2);
      return "";
    }
    const items = list.split(",").map((x) => x.trim()).filter(Boolean);
    const keep = items.filter((x) => !(/^\w+$/.test(x) && candidates.has(x) && unused(x)));
    if (keep.length === items.length) return line;
    removed.push(...items.filter((x) => !keep.includes(x)));
    if (keep.length === 0) return "";
    return `${indent}use ${path}::${keep.length === 1 && /^\w+$/.test(keep[0]) ? keep[0] : `{${keep.join(", ")}}`};
`;
  });
  return { text: out2, removed };
}
function unifiedDiff(file, before2, after) {
  if (before2 === after) return "";
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before2, after, void 0, void 0, { context: 3 }).replace(/^=+\n/m, "");
}
function suggestedLines(edits, line) {
  const startLine = Math.min(...edits.map((e) => e.region.startLine));
  const endLine = Math.max(...edits.map((e) => e.region.endLine));
  const block = Array.from({ length: endLine - startLine + 1 }, (_, i2) => line(startLine + i2)).join("\n");
  const base = new Offsets(block);
  let out2 = block;
  for (const e of [...edits].sort((a, b) => b.region.startLine - a.region.startLine || b.region.startColumn - a.region.startColumn)) {
    const s = base.offset(e.region.startLine - startLine + 1, e.region.startColumn);
    const t = base.offset(e.region.endLine - startLine + 1, e.region.endColumn);
    out2 = out2.slice(0, s) + e.text + out2.slice(t);
  }
  return { startLine, endLine, text: out2, before: block };
}
var Offsets, TRAIT_METHODS;
var init_fix = __esm({
  "src/fix/index.ts"() {
    "use strict";
    init_libesm();
    init_model();
    init_resolve();
    init_source();
    init_values();
    init_cargo();
    init_fixers();
    Offsets = class {
      starts = [0];
      text;
      constructor(text) {
        this.text = text;
        for (let i2 = text.indexOf("\n"); i2 !== -1; i2 = text.indexOf("\n", i2 + 1)) this.starts.push(i2 + 1);
      }
      offset(line, column) {
        const start2 = this.starts[Math.min(this.starts.length, Math.max(1, line)) - 1];
        return Math.min(this.text.length, start2 + column - 1);
      }
      span(r) {
        return { start: this.offset(r.startLine, r.startColumn), end: this.offset(r.endLine, r.endColumn) };
      }
    };
    TRAIT_METHODS = { SeedableRng: /\.?\b(seed_from_u64|from_seed|from_entropy|from_rng|from_os_rng)\s*\(/ };
  }
});

// src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/scan/files.ts
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";

// src/scan/crates.ts
init_dist();

// src/scan/files.ts
var DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function readRustSource(file, maxBytes) {
  const skip = (message, level = "warning") => ({ ok: false, note: { level, file: file.path, message } });
  let size;
  try {
    size = statSync(file.absolute).size;
  } catch (e) {
    return skip(`cannot read: ${e.code ?? e.message}`, "error");
  }
  if (size > maxBytes) return skip(`file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-file-size); skipped`);
  let bytes;
  try {
    bytes = readFileSync(file.absolute);
  } catch (e) {
    return skip(`cannot read: ${e.code ?? e.message}`, "error");
  }
  if (bytes.subarray(0, 8192).includes(0)) return skip("binary content (NUL bytes) in a .rs file; skipped");
  try {
    const text = UTF8.decode(bytes);
    return { ok: true, text };
  } catch {
    return skip("not valid UTF-8 (Rust source must be UTF-8); skipped");
  }
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} B`;
}

// src/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn || a.ruleId.localeCompare(b.ruleId);
}

// src/analyzer/checks/keys.ts
init_apis();

// src/analyzer/flow.ts
init_apis();
init_names();

// src/analyzer/modules.ts
import { posix } from "node:path";

// src/analyzer/lexical.ts
init_source();
function rawHashes(text, quote2) {
  let j = quote2 - 1;
  while (j >= 0 && text.charCodeAt(j) === 35) j--;
  if (text.charCodeAt(j) !== 114) return -1;
  let k = j - 1;
  const p = text.charCodeAt(k);
  if (p === 98 || p === 99) k--;
  return k >= 0 && isIdentChar(text.charCodeAt(k)) ? -1 : quote2 - 1 - j;
}
function literalEnd(text, i2) {
  const c = text.charCodeAt(i2);
  if (c === 34) {
    const hashes = rawHashes(text, i2);
    if (hashes >= 0) {
      const end = text.indexOf(`"${"#".repeat(hashes)}`, i2 + 1);
      return end < 0 ? -1 : end + 1 + hashes;
    }
    for (let j = i2 + 1; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 92) j++;
      else if (d === 34) return j + 1;
    }
    return -1;
  }
  if (c === 39) {
    let j = i2 + 1;
    const d = text.charCodeAt(j);
    if (d === 92) {
      const e = text.charCodeAt(i2 + 2);
      if (e === 117 && text.charCodeAt(i2 + 3) === 123) {
        const close = text.indexOf("}", i2 + 4);
        if (close < 0 || close - i2 > 12) return i2;
        j = close + 1;
      } else j = e === 120 ? i2 + 5 : i2 + 3;
    } else if (d === 10 || d === 13 || d === 39 || Number.isNaN(d)) return i2;
    else j += d >= 55296 && d <= 56319 ? 2 : 1;
    return text.charCodeAt(j) === 39 ? j + 1 : i2;
  }
  return i2;
}
function commentEnd(text, i2) {
  if (text.charCodeAt(i2) !== 47) return i2;
  const next = text.charCodeAt(i2 + 1);
  if (next === 47) {
    const nl = text.indexOf("\n", i2);
    return nl < 0 ? text.length : nl;
  }
  if (next !== 42) return i2;
  let depth = 1;
  let j = i2 + 2;
  while (j < text.length) {
    const a = text.charCodeAt(j);
    const b = text.charCodeAt(j + 1);
    if (a === 47 && b === 42) {
      depth++;
      j += 2;
    } else if (a === 42 && b === 47) {
      j += 2;
      if (--depth === 0) return j;
    } else j++;
  }
  return text.length;
}
var SPECIAL = /["'/]/g;
function blankComments(text) {
  const spans = [];
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const i2 = m.index;
    const c = commentEnd(text, i2);
    if (c > i2) {
      spans.push(i2, c);
      SPECIAL.lastIndex = c;
      continue;
    }
    const l = literalEnd(text, i2);
    if (l < 0) break;
    SPECIAL.lastIndex = Math.max(l, i2 + 1);
  }
  if (spans.length === 0) return text;
  if (scratch.length < text.length * 2) scratch = Buffer.allocUnsafeSlow(Math.max(text.length * 2, scratch.length * 2));
  scratch.write(text, 0, "utf16le");
  const units = new Uint16Array(scratch.buffer, scratch.byteOffset, text.length);
  for (let k = 0; k < spans.length; k += 2) for (let j = spans[k]; j < spans[k + 1]; j++) if (units[j] !== 10 && units[j] !== 13) units[j] = 32;
  return scratch.toString("utf16le", 0, text.length * 2);
}
var scratch = Buffer.allocUnsafeSlow(1 << 16);

// src/analyzer/item-macros.ts
function* invocations(text, name2, paths) {
  for (let at = text.indexOf(name2); at >= 0; at = text.indexOf(name2, at + name2.length)) {
    const before2 = text.charCodeAt(at - 1);
    let start2 = at;
    if (before2 === 58) {
      const path = paths.exec(text.slice(Math.max(0, at - 40), at));
      if (!path) continue;
      start2 = at - path[0].length;
    }
    if (/[\w:]/.test(text[start2 - 1] ?? "")) continue;
    let i2 = skipSpace(text, at + name2.length);
    if (text[i2] !== "!") continue;
    i2 = skipSpace(text, i2 + 1);
    if (text[i2] === "{") yield [start2, i2 + 1];
  }
}
function unwrapItemMacros(text) {
  const edits = [];
  for (const [name2, paths, body2] of [
    ["cfg_if", /(?:::)?cfg_if\s*::\s*$/, branches],
    ["lazy_static", /(?:::)?lazy_static\s*::\s*$/, lazyStatics],
    ["thread_local", /(?:::)?std\s*::\s*$/, lazyStatics]
  ]) {
    for (const [start2, head] of invocations(text, name2, paths)) {
      const inner = body2(text, head);
      if (inner) edits.push([start2, head], ...inner);
    }
  }
  if (edits.length === 0) return text;
  edits.sort((a, b) => a[0] - b[0]);
  let out2 = "";
  let at = 0;
  for (const [from, to] of edits) {
    if (from < at) continue;
    out2 += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, " ");
    at = to;
  }
  return out2 + text.slice(at);
}
function lazyStatics(text, i2) {
  const end = matching(text, i2 - 1, "{", "}");
  if (end < 0) return void 0;
  const edits = [];
  let entries = 0;
  for (let j = skipSpace(text, i2); j < end; j = skipSpace(text, j), entries++) {
    const head = /^(?:#\s*\[[^\]]*\]\s*|\/\/[^\n]*\n\s*)*(?:pub\s*(?:\([^)]*\))?\s*)?static\s+(ref\s+)?/.exec(text.slice(j, Math.min(end, j + 2e3)));
    if (!head) return void 0;
    if (head[1]) edits.push([j + head[0].length - head[1].length, j + head[0].length - head[1].length + 3]);
    const semi = matchingSemicolon(text, j + head[0].length, end);
    if (semi < 0) return void 0;
    j = semi + 1;
  }
  if (entries === 0) return void 0;
  edits.push([end, end + 1]);
  return edits;
}
function matchingSemicolon(text, i2, end) {
  for (let k = i2; k < end; k++) {
    k = pastLiteral(text, k);
    if (k < 0) return -1;
    const ch = text[k];
    if (ch === ";") return k;
    if (ch === "(" || ch === "[" || ch === "{") {
      k = matching(text, k, ch, ch === "(" ? ")" : ch === "[" ? "]" : "}");
      if (k < 0) return -1;
    }
  }
  return -1;
}
function branches(text, i2) {
  const edits = [];
  let first = true;
  for (; ; ) {
    i2 = skipSpace(text, i2);
    if (text[i2] === "}") {
      edits.push([i2, i2 + 1]);
      return edits;
    }
    const start2 = i2;
    if (!first) {
      if (!text.startsWith("else", i2)) return void 0;
      i2 = skipSpace(text, i2 + 4);
    }
    let predicate = "";
    if (text.startsWith("if", i2) && !/\w/.test(text[i2 + 2] ?? "")) {
      i2 = skipSpace(text, i2 + 2);
      if (text[i2] !== "#") return void 0;
      i2 = skipSpace(text, i2 + 1);
      if (text[i2] !== "[") return void 0;
      const close = matching(text, i2, "[", "]");
      if (close < 0) return void 0;
      predicate = text.slice(i2 + 1, close);
      i2 = skipSpace(text, close + 1);
    } else if (first) return void 0;
    if (text[i2] !== "{") return void 0;
    const end = matching(text, i2, "{", "}");
    if (end < 0) return void 0;
    const testOnly = /\btest\b/.test(predicate) && !/\bnot\s*\(\s*test\s*\)/.test(predicate) && !/\bany\s*\(/.test(predicate);
    edits.push(testOnly ? [start2, end + 1] : [start2, i2 + 1], ...testOnly ? [] : [[end, end + 1]]);
    i2 = end + 1;
    first = false;
  }
}
function skipSpace(text, i2) {
  for (; ; ) {
    for (let c = text.charCodeAt(i2); c === 32 || c >= 9 && c <= 13; c = text.charCodeAt(++i2)) ;
    const past = commentEnd(text, i2);
    if (past === i2) return i2;
    i2 = past;
  }
}
function matching(text, open, o, c) {
  let depth = 0;
  for (let i2 = open; i2 < text.length; i2++) {
    i2 = pastLiteral(text, i2);
    if (i2 < 0) return -1;
    if (text[i2] === o) depth++;
    else if (text[i2] === c && --depth === 0) return i2;
  }
  return -1;
}
function pastLiteral(text, i2) {
  const comment = commentEnd(text, i2);
  if (comment > i2) return text.charCodeAt(i2 + 1) === 47 ? comment : comment - 1;
  const literal = literalEnd(text, i2);
  return literal < 0 ? -1 : literal > i2 ? literal - 1 : i2;
}

// src/analyzer/modules.ts
var TOKEN = /\/\/[^\n]*|\/\*|(?<!\w)b?r(#*)"[\s\S]*?"\1|"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\\n]|[\uD800-\uDBFF][\uDC00-\uDFFF]|\\[^\n]{1,10}?)'|[{}]|(?<![\w'])(?:fn|const|static|struct|enum|union|trait|type|mod|use|macro_rules)\b/g;
var NEST = /\/\*|\*\//g;
var IDENT = /^\s*(?:r#)?([A-Za-z_]\w*)/;
function fileItems(text) {
  const out2 = { scopes: [{ path: [], start: 0, end: text.length }], items: [], uses: [], mods: [] };
  if (!/\b(fn|const|static|struct|enum|union|trait|type|mod|use)\b/.test(text)) return out2;
  const b = text;
  const frames = [];
  const scopeHere = () => {
    for (let k = frames.length - 1; k >= 0; k--) if (frames[k] >= 0) return { scope: frames[k], top: k === frames.length - 1 };
    return { scope: 0, top: frames.length === 0 };
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(b); m; m = TOKEN.exec(b)) {
    const tok = m[0];
    const at = m.index;
    const c0 = tok.charCodeAt(0);
    if (tok === "/*") {
      let depth = 1;
      NEST.lastIndex = at + 2;
      let end = b.length;
      for (let c = NEST.exec(b); c; c = NEST.exec(b)) {
        depth += c[0] === "/*" ? 1 : -1;
        if (depth === 0) {
          end = c.index + 2;
          break;
        }
      }
      TOKEN.lastIndex = end;
      continue;
    }
    if (c0 === 47 || c0 === 34 || c0 === 39 || (c0 === 114 || c0 === 98) && tok.length > 1 && !/^\w+$/.test(tok)) continue;
    if (tok === "{") {
      const here = scopeHere();
      frames.push(here.top && /(?<![\w:])(?!macro_rules!)[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*!\s*$/.test(b.slice(Math.max(0, at - 80), at)) ? here.scope : -1);
      continue;
    }
    if (tok === "}") {
      const f = frames.pop();
      if (f !== void 0 && f > 0 && !frames.includes(f)) out2.scopes[f].end = at;
      continue;
    }
    const { scope, top } = scopeHere();
    const rest = b.slice(TOKEN.lastIndex, TOKEN.lastIndex + 200);
    if (tok === "use") {
      const end = b.indexOf(";", TOKEN.lastIndex);
      if (end < 0) break;
      for (const u of useTree(b.slice(TOKEN.lastIndex, end).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, " "))) out2.uses.push({ scope, ...u });
      TOKEN.lastIndex = end + 1;
      continue;
    }
    if (tok === "macro_rules") continue;
    if (tok === "mod") {
      const id = /^\s*(?:r#)?([A-Za-z_]\w*)\s*([;{])/.exec(rest);
      if (!id) continue;
      if (top) out2.items.push({ scope, kind: "mod", name: id[1] });
      if (id[2] === ";") {
        if (top) out2.mods.push({ scope, name: id[1], ...pathAttr(text, at) });
        continue;
      }
      const open = TOKEN.lastIndex + id[0].length;
      out2.scopes.push({ path: [...out2.scopes[scope].path, id[1]], start: open, end: text.length });
      frames.push(top ? out2.scopes.length - 1 : -1);
      if (!top) out2.scopes.pop();
      TOKEN.lastIndex = open;
      continue;
    }
    if (!top) continue;
    if (tok === "fn") {
      const id = IDENT.exec(rest);
      if (id) out2.items.push({ scope, kind: "fn", name: id[1] });
    } else if (tok === "const" || tok === "static") {
      const id = /^\s*(?:mut\s+)?([A-Za-z_]\w*)\s*:/.exec(rest);
      if (id) out2.items.push({ scope, kind: "value", name: id[1] });
    } else {
      const id = IDENT.exec(rest);
      if (id && (tok !== "union" || /^\s*[A-Za-z_]\w*\s*[{<]/.test(rest))) out2.items.push({ scope, kind: "type", name: id[1] });
    }
  }
  return out2;
}
function pathAttr(text, modAt) {
  const before2 = text.slice(Math.max(0, modAt - 400), modAt);
  const m = /#\s*\[\s*path\s*=\s*"([^"]*)"\s*\]\s*(?:#\s*\[[^\]]*\]\s*)*(?:pub\s*(?:\([^)]*\))?\s*)?$/.exec(before2);
  if (m) return { pathAttr: m[1] };
  const attrs = /((?:#\s*\[[^\]]*\]\s*)+)(?:pub\s*(?:\([^)]*\))?\s*)?$/.exec(before2)?.[1] ?? "";
  const cfgPaths = [...attrs.matchAll(/#\s*\[\s*cfg_attr\s*\([^\]]*?,\s*path\s*=\s*"([^"]*)"\s*\)\s*\]/g)].map((x) => x[1]);
  return cfgPaths.length ? { cfgPaths } : {};
}
function useTree(src) {
  const toks = src.match(/::|[{},*]|(?:r#)?[A-Za-z_][\w]*|\S/g) ?? [];
  let i2 = 0;
  const out2 = [];
  const tree = (prefix) => {
    const path = [...prefix];
    for (; ; ) {
      const t = toks[i2];
      if (t === void 0) return;
      if (t === "::") {
        i2++;
        continue;
      }
      if (t === "{") {
        i2++;
        while (toks[i2] !== void 0 && toks[i2] !== "}") {
          const before2 = i2;
          tree(path);
          if (toks[i2] === ",") i2++;
          else if (i2 === before2) i2++;
        }
        i2++;
        return;
      }
      if (t === "*") {
        i2++;
        out2.push({ name: "*", path });
        return;
      }
      if (/^[A-Za-z_]/.test(t) && t !== "as") {
        path.push(t.replace(/^r#/, ""));
        i2++;
        if (toks[i2] === "as") {
          const alias = toks[i2 + 1];
          i2 += 2;
          if (alias && alias !== "_") out2.push({ name: alias.replace(/^r#/, ""), path: normalizeSelf(path) });
          return;
        }
        if (toks[i2] === "::") continue;
        const p = normalizeSelf(path);
        out2.push({ name: p[p.length - 1], path: p });
        return;
      }
      return;
    }
  };
  while (i2 < toks.length) {
    const before2 = i2;
    tree([]);
    if (toks[i2] === ",") i2++;
    if (i2 === before2) i2++;
  }
  return out2.filter((u) => u.path.length > 0);
}
function normalizeSelf(path) {
  return path.length > 1 && path[path.length - 1] === "self" ? path.slice(0, -1) : path;
}
function inlinePathAt(node) {
  const out2 = [];
  for (let p = node?.parent; p; p = p.parent) if (p.type === "mod_item" && p.childForFieldName("body")) out2.unshift(p.childForFieldName("name")?.text ?? "");
  return out2;
}
var ROOT_FILE = /^(?:src\/(?:lib|main)\.rs|src\/bin\/[^/]+\.rs|src\/bin\/[^/]+\/main\.rs|(?:tests|examples|benches)\/[^/]+\.rs|(?:tests|examples|benches)\/[^/]+\/main\.rs|build\.rs)$/;
var CrateModules = class {
  modules = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  itemsOf = /* @__PURE__ */ new Map();
  /** The root of the crate's library (what `crate_name::` names from a binary or test). */
  libRoot;
  /** The package name as code writes it (`my_crate`). */
  crateName;
  constructor(files, crateName, loose = false, targets = [], libPath) {
    this.crateName = crateName?.replace(/-/g, "_");
    const texts = new Map(files.map((f) => [f.file, f.text]));
    let dir;
    for (const f of files) {
      const m = /^(.*?\/)?(?:src|tests|examples|benches)\//.exec(f.file);
      const d = m ? m[1] ?? "" : void 0;
      if (d !== void 0 && (dir === void 0 || d.length < dir.length)) dir = d;
    }
    const placed = /* @__PURE__ */ new Set();
    let placedLib;
    for (const t of targets) {
      const f = dir !== void 0 ? files.find((x) => x.file === dir + t) : files.filter((x) => x.file === t || x.file.endsWith(`/${t}`)).sort((a, b) => a.file.length - b.file.length)[0];
      if (f) placed.add(f.file);
      if (f && t === libPath) placedLib = f.file;
    }
    const roots = files.map((f) => f.file).filter((f) => placed.has(f) || (loose ? /(?:^|\/)(?:lib|main)\.rs$/.test(f) : dir !== void 0 && f.startsWith(dir) && ROOT_FILE.test(f.slice(dir.length)))).sort();
    const seen = /* @__PURE__ */ new Map();
    for (const root of roots) {
      const shared = /(?:^|\/)(?:lib|main)\.rs$/.test(root) && !/\/bin\//.test(root);
      const key2 = shared ? `${posix.dirname(root)}/` : root;
      if (root === placedLib || !placedLib && /(?:^|\/)lib\.rs$/.test(root) && (this.libRoot === void 0 || key2.length < this.libRoot.length)) this.libRoot = key2;
      if (!seen.has(key2)) seen.set(key2, /* @__PURE__ */ new Set());
      this.walk(key2, [], root, 0, texts, posix.dirname(root), seen.get(key2));
    }
  }
  items(file, text) {
    let it = this.itemsOf.get(file);
    if (!it) this.itemsOf.set(file, it = fileItems(text));
    return it;
  }
  module(root, path) {
    const id = `${root}|${path.join("::")}`;
    let m = this.modules.get(id);
    if (!m) this.modules.set(id, m = { id, root, parts: [], children: /* @__PURE__ */ new Map(), items: /* @__PURE__ */ new Map(), uses: [] });
    return m;
  }
  /** Adds a file (or an inline module of one) at `path` below `root`; `dir` is where its `mod x;` files are. */
  walk(root, path, file, scope, texts, dir, seen) {
    const text = texts.get(file);
    if (text === void 0 || seen.has(`${file}#${scope}`) || path.length > 32) return;
    seen.add(`${file}#${scope}`);
    const items = this.items(file, text);
    const m = this.module(root, path);
    m.parts.push({ file, scope });
    if (scope === 0) this.byFile.set(file, [...this.byFile.get(file) ?? [], m.id]);
    for (const it of items.items) if (it.scope === scope) m.items.set(it.name, (m.items.get(it.name) ?? /* @__PURE__ */ new Set()).add(it.kind));
    for (const u of items.uses) if (u.scope === scope) m.uses.push(u);
    const own = items.scopes[scope].path;
    items.scopes.forEach((s, i2) => {
      if (i2 === 0 || s.path.length !== own.length + 1 || s.path.slice(0, -1).join("::") !== own.join("::")) return;
      const name2 = s.path[s.path.length - 1];
      m.children.set(name2, `${root}|${[...path, name2].join("::")}`);
      this.walk(root, [...path, name2], file, i2, texts, posix.join(dir, name2), seen);
    });
    for (const d of items.mods) {
      if (d.scope !== scope) continue;
      const clean = (c) => c.replace(/^\.\//, "");
      const placed = (d.pathAttr !== void 0 ? [d.pathAttr] : d.cfgPaths ?? []).map((a) => clean(posix.normalize(posix.join(scope === 0 ? posix.dirname(file) : dir, a)))).filter((c) => texts.has(c));
      const usual = d.pathAttr !== void 0 ? void 0 : [posix.join(dir, `${d.name}.rs`), posix.join(dir, d.name, "mod.rs")].map(clean).find((c) => texts.has(c));
      m.children.set(d.name, `${root}|${[...path, d.name].join("::")}`);
      for (const target of placed) this.walk(root, [...path, d.name], target, 0, texts, posix.dirname(target), seen);
      if (usual) this.walk(root, [...path, d.name], usual, 0, texts, /(?:^|\/)mod\.rs$/.test(usual) ? posix.dirname(usual) : posix.join(posix.dirname(usual), d.name), seen);
    }
  }
  /** The modules a file is (several when more than one target's root reaches it); undefined when none does. */
  modulesOf(file, inline = []) {
    const ids = this.byFile.get(file);
    if (!ids) return void 0;
    return ids.map((id) => inline.length ? `${id}${id.endsWith("|") ? "" : "::"}${inline.join("::")}` : id);
  }
  parent(id) {
    const [root, path] = splitId(id);
    return path.length ? `${root}|${path.slice(0, -1).join("::")}` : void 0;
  }
  /** The module a path of modules names from `from` (`crate::a`, `super`, `self::b`, `a` through a `use`), or undefined. */
  resolveModule(from, segs, depth = 0) {
    if (depth > 8) return void 0;
    let cur = from;
    const [root] = splitId(from);
    for (let i2 = 0; i2 < segs.length && cur; i2++) {
      const s = segs[i2];
      if (i2 === 0 && s === "crate") cur = `${root}|`;
      else if (i2 === 0 && s === "self") cur = from;
      else if (s === "super" && (i2 === 0 || segs[i2 - 1] === "super" || segs[i2 - 1] === "self")) cur = this.parent(cur);
      else if (i2 === 0 && this.crateName && s === this.crateName && this.libRoot && !this.modules.get(from)?.children.has(s)) cur = `${this.libRoot}|`;
      else if (i2 === 0 && s === "Self") return void 0;
      else {
        const m = this.modules.get(cur);
        const child = m?.children.get(s);
        if (child) {
          cur = child;
          continue;
        }
        if (i2 > 0 || !m) return void 0;
        const u = m.uses.find((x) => x.name === s);
        if (u) cur = this.resolveModule(cur, u.path, depth + 1);
        else cur = this.modules.get(`${root}|`)?.children.get(s);
      }
    }
    return cur && this.modules.has(cur) ? cur : void 0;
  }
  /**
   * The module that defines what `segs` names from module `from` (a `fn`, a const or static, a
   * type): through `use`s, `pub use` re-exports and globs. Undefined when it cannot be known.
   */
  resolve(from, segs, kind, depth = 0) {
    if (depth > 8 || segs.length === 0) return void 0;
    const name2 = segs[segs.length - 1];
    const m = segs.length === 1 ? from : this.resolveModule(from, segs.slice(0, -1), depth + 1);
    if (!m) return void 0;
    return this.lookup(m, name2, kind, depth);
  }
  lookup(id, name2, kind, depth) {
    const m = this.modules.get(id);
    if (!m || depth > 8) return void 0;
    if (m.items.get(name2)?.has(kind)) return id;
    let named = false;
    for (const u of m.uses) {
      if (u.name !== name2) continue;
      named = true;
      const found = this.resolve(id, u.path, kind, depth + 1);
      if (found) return found;
    }
    if (named) return void 0;
    const hits = /* @__PURE__ */ new Set();
    for (const u of m.uses) {
      if (u.name !== "*") continue;
      const g = this.resolveModule(id, u.path, depth + 1);
      const found = g ? this.lookup(g, name2, kind, depth + 1) : void 0;
      if (found) hits.add(found);
    }
    return hits.size === 1 ? [...hits][0] : void 0;
  }
  /** Whether a module is known (reached from a root). */
  has(id) {
    return this.modules.has(id);
  }
  /** The files (and inline scope paths) that are a module. */
  partsOf(id) {
    const m = this.modules.get(id);
    return (m?.parts ?? []).map((p) => ({ file: p.file, inline: this.itemsOf.get(p.file)?.scopes[p.scope]?.path ?? [] }));
  }
};
function splitId(id) {
  const bar = id.lastIndexOf("|");
  const path = id.slice(bar + 1);
  return [id.slice(0, bar), path ? path.split("::") : []];
}
function pathSegments(written) {
  let depth = 0;
  let cur = "";
  const out2 = [];
  const t = written.replace(/\s+/g, "");
  for (let i2 = 0; i2 < t.length; i2++) {
    const c = t[i2];
    if (c === "<") depth++;
    else if (c === ">") depth--;
    else if (depth === 0 && c === ":" && t[i2 + 1] === ":") {
      if (cur) out2.push(cur);
      cur = "";
      i2++;
    } else if (depth === 0) cur += c;
  }
  if (cur) out2.push(cur);
  return out2.map((s) => s.replace(/^r#/, "")).filter((s) => /^[A-Za-z_]\w*$/.test(s));
}
var CrateIndex = class {
  byCrate = /* @__PURE__ */ new Map();
  files;
  textOf;
  constructor(files, textOf) {
    this.files = new Map(files.map((f) => [f.file, { crateKey: f.crate?.manifest ?? "", name: f.crate?.name, loose: !f.crate, targets: f.crate?.targets, libPath: f.crate?.libPath }]));
    this.textOf = textOf;
  }
  /** The module tree of the crate a file belongs to. */
  crateOf(file) {
    const info2 = this.files.get(file);
    if (!info2) return void 0;
    let c = this.byCrate.get(info2.crateKey);
    if (!c) {
      const members = [];
      for (const [f, i2] of this.files) {
        if (i2.crateKey !== info2.crateKey) continue;
        const text = this.textOf(f);
        if (text !== void 0) members.push({ file: f, text: unwrapItemMacros(text) });
      }
      this.byCrate.set(info2.crateKey, c = new CrateModules(members, info2.name, info2.loose, info2.targets, info2.libPath));
    }
    return c;
  }
  /** The modules a file (or an inline module in it) is, or undefined. */
  modulesOf(file, inline = []) {
    return this.crateOf(file)?.modulesOf(file, inline);
  }
  /**
   * The module that defines what a path written in `file` (at inline module `inline`) names, or
   * undefined when it cannot be known. With several modules for the file (reached from two
   * roots), an answer all of them agree on.
   */
  resolve(file, inline, written, kind) {
    const c = this.crateOf(file);
    const from = c?.modulesOf(file, inline);
    if (!c || !from) return void 0;
    const segs = typeof written === "string" ? pathSegments(written) : written;
    const found = new Set(from.map((m) => c.resolve(m, segs, kind)));
    return found.size === 1 ? [...found][0] : void 0;
  }
};
var indexes = /* @__PURE__ */ new WeakMap();
function indexFor(analyses, textOf) {
  let index = indexes.get(analyses);
  if (!index) indexes.set(analyses, index = new CrateIndex(analyses, textOf));
  return index;
}
function placeFn(index, fn, file) {
  if (fn.owner) {
    const t = index.resolve(file, fn.inline ?? [], fn.ownerPath ?? fn.owner, "type");
    return t ? [t] : void 0;
  }
  return index.modulesOf(file, fn.inline ?? []);
}
function scopeOf(index, file) {
  return { known: !!index.modulesOf(file), resolve: (inline, segs, kind) => index.resolve(file, inline, segs, kind) };
}

// src/analyzer/flow.ts
var SINKS = [
  ["key", keySinkOf],
  ["nonce", nonceSinkOf],
  ["salt", saltSinkOf],
  ["iterations", iterationsOf],
  ["memory", argon2MemoryOf],
  ["kdf-ikm", kdfInputOf]
];
var HKDF_INPUT = /^(ikm|input_key_material|key_material|input_key|master_key|secret)$/;
var FIELD_KINDS = /* @__PURE__ */ new Set(["iterations"]);
function fnRef(fn, r) {
  const impl = fn.node.parent?.parent;
  const inline = inlinePathAt(fn.node);
  const where2 = inline.length ? { inline } : {};
  if (impl?.type !== "impl_item") return { name: fn.name, ...where2 };
  const written = impl.childForFieldName("type")?.text.replace(/<.*$/s, "").replace(/^&\s*/, "").trim();
  return { name: fn.name, owner: r.implType(fn.start), ...fn.params.has("self") ? { method: true } : {}, ...where2, ...written ? { ownerPath: written } : {} };
}
function implPlace(n) {
  let impl = n.parent;
  while (impl && impl.type !== "impl_item") impl = impl.parent;
  const written = impl?.childForFieldName("type")?.text.replace(/<.*$/s, "").replace(/^&\s*/, "").trim();
  const inline = inlinePathAt(n);
  return { ...written ? { ownerPath: written } : {}, ...inline.length ? { inline } : {} };
}
function mentionOf(f) {
  const n = f.name.replace(/[^\w]/g, "");
  if (f.method) return `\\.\\s*${n}\\s*\\(`;
  if (f.owner) return `\\b(?:${f.owner.replace(/[^\w]/g, "")}|Self)\\s*(?:::\\s*<[^>]*>\\s*)?::\\s*${n}\\s*\\(`;
  return `(?:^|[^\\w.:]|\\b(?:[a-z_]\\w*)\\s*::\\s*)${n}\\s*(?:::\\s*<[^>]*>\\s*)?\\(`;
}
var HASH_WORD = /\b(finalize\w*|digest|hash\w*|result)\s*\(/;
function hashReturned(fn, values) {
  const body2 = fn.body;
  if (!body2 || !fn.node.childForFieldName("return_type") || !HASH_WORD.test(body2.text)) return void 0;
  const returns = body2.descendantsOfType("return_expression").map((x) => x?.namedChild(0)).filter((x) => !!x);
  const tail = body2.namedChild(body2.namedChildCount - 1);
  if (tail && tail.type !== "expression_statement" && !tail.type.endsWith("declaration") && !tail.type.endsWith("comment")) returns.push(tail);
  if (returns.length === 0) return void 0;
  let origin;
  for (const ret of returns) {
    let x = ret;
    for (let i2 = 0; i2 < 4; i2++) {
      const f = x.type === "call_expression" ? x.childForFieldName("function") : null;
      const a = x.type === "call_expression" ? argumentsOf(x) : [];
      if (f && /^(Ok|Some)$/.test(f.text) && a.length === 1) x = a[0];
      else break;
    }
    const v = values.resolve(x);
    if (v.kind !== "fast-hash" || !v.origin) return void 0;
    origin ??= fn.node.tree.rootNode.descendantForIndex(v.origin.start, v.origin.end) ?? x;
  }
  return origin;
}
function fieldBase(n, field) {
  let cur = n;
  for (let i2 = 0; cur && i2 < 12; i2++) {
    if (cur.type === "reference_expression") cur = cur.childForFieldName("value");
    else if (cur.type === "parenthesized_expression" || cur.type === "try_expression") cur = cur.namedChild(0);
    else if (cur.type === "call_expression") cur = receiverOf(cur);
    else if (cur.type === "field_expression") {
      const value = cur.childForFieldName("value");
      if (cur.childForFieldName("field")?.text === field) return value?.type === "identifier" || value?.type === "self" ? value : void 0;
      cur = value;
    } else return void 0;
  }
  return void 0;
}
function paramIndex(fn, name2) {
  const params = fn.node.childForFieldName("parameters")?.namedChildren.filter((p) => p && p.type !== "self_parameter" && p.type !== "attribute_item") ?? [];
  const i2 = params.findIndex((p) => p === fn.params.get(name2) || !!p && p.startIndex === fn.params.get(name2)?.startIndex);
  return i2 >= 0 ? i2 : void 0;
}
function summarize(path, source, model, values, r) {
  const place = (n) => ({ file: path, region: source.region(n.startIndex, n.endIndex) });
  const out2 = { reaches: [], fieldReaches: [], fieldWrites: [] };
  for (const call of model.calls) {
    for (const [kind, sinkOf2] of SINKS) {
      const sink = sinkOf2(call, r);
      if (!sink) continue;
      const v = values.resolve(sink.arg);
      const written = call.childForFieldName("function")?.text.replace(/\s+/g, "").slice(0, 80);
      const fact = { kind, api: sink.api, ...kind === "nonce" && written && written !== sink.api ? { written } : {}, ...place(call) };
      const b = v.binding;
      if (kind === "key" && v.kind === "unknown") {
        const maker = madeBy(sink.arg, values);
        const name2 = maker && calleeName(maker);
        if (maker && name2 && model.functionsNamed(name2).length === 0) (out2.keysFromCalls ??= []).push({ name: name2, call: place(maker), sink: fact });
      }
      if (b?.kind === "param" && b.name !== "self") {
        const i2 = paramIndex(b.fn, b.name);
        const decl = b.fn.params.get(b.name);
        if (i2 !== void 0 && decl) out2.reaches.push({ fn: fnRef(b.fn, r), param: i2, at: place(decl), paramType: b.fn.paramTypes.get(b.name), paramName: b.name, sink: fact, steps: [{ ...place(decl), message: `parameter \`${b.name}\` of \`${b.fn.name}\`` }, { ...fact, message: `reaches \`${sink.api}\` here` }] });
      } else if (b?.kind === "field") {
        const base = fieldBase(sink.arg, b.name);
        const pb = base && base.text !== "self" ? values.lookup(base.text, base.startIndex) : void 0;
        if (pb?.kind === "param") {
          const i2 = paramIndex(pb.fn, pb.name);
          const decl = pb.fn.params.get(pb.name);
          if (i2 !== void 0 && decl) out2.reaches.push({ fn: fnRef(pb.fn, r), param: i2, field: b.name, at: place(decl), paramType: pb.fn.paramTypes.get(pb.name), paramName: pb.name, sink: fact, steps: [{ ...place(decl), message: `parameter \`${pb.name}\` of \`${pb.fn.name}\`` }, { ...fact, message: `its field \`${b.name}\` reaches \`${sink.api}\` here` }] });
          continue;
        }
        const owner = r.implType(call.startIndex);
        if (owner) out2.fieldReaches.push({ owner, field: b.name, sink: fact, at: place(call), ...implPlace(call) });
      }
    }
  }
  for (const fn of model.functions) {
    if (!words(fn.name).some((w) => /^hkdf/.test(w))) continue;
    for (const [name2, decl] of fn.params) {
      if (!HKDF_INPUT.test(name2)) continue;
      const i2 = paramIndex(fn, name2);
      const fact = { kind: "kdf-ikm", api: fn.name, ...place(decl) };
      if (i2 !== void 0) out2.reaches.push({ fn: fnRef(fn, r), param: i2, at: place(decl), paramType: fn.paramTypes.get(name2), sink: fact, steps: [{ ...place(decl), message: `parameter \`${name2}\` of the crate's own HKDF \`${fn.name}\`` }] });
    }
  }
  for (const fn of model.functions) {
    const hash = hashReturned(fn, values);
    const name2 = fn.node.childForFieldName("name");
    if (hash && name2) (out2.hashReturns ??= []).push({ fn: fnRef(fn, r), at: place(name2), hash: place(hash) });
  }
  for (const { field, value, literal } of fieldSinksIn(model, r, FIELD_KINDS)) {
    const b = values.resolve(value).binding;
    if (b?.kind !== "param" || b.name === "self") continue;
    const i2 = paramIndex(b.fn, b.name);
    const decl = b.fn.params.get(b.name);
    const api = `${field.struct}.${field.field}`;
    const fact = { kind: field.kind, api, ...place(literal) };
    if (i2 !== void 0 && decl) out2.reaches.push({ fn: fnRef(b.fn, r), param: i2, at: place(decl), paramType: b.fn.paramTypes.get(b.name), sink: fact, steps: [{ ...place(decl), message: `parameter \`${b.name}\` of \`${b.fn.name}\`` }, { ...place(value), message: `becomes \`${field.struct}.${field.field}\` here` }] });
  }
  const wanted = new Set(out2.fieldReaches.map((f) => f.field));
  if (wanted.size === 0) return out2;
  for (const fn of model.functions) {
    const owner = r.implType(fn.start);
    if (!owner || !fn.body) continue;
    const stores = [];
    for (const field of wanted) for (const v of model.fieldInits.get(field) ?? []) if (fn.start <= v.startIndex && v.endIndex <= fn.end) stores.push({ field, value: v });
    for (const a of model.assigns) {
      const left = a.childForFieldName("left");
      const right = a.childForFieldName("right");
      if (a.startIndex < fn.start || a.endIndex > fn.end || !left || !right || left.type !== "field_expression" || left.childForFieldName("value")?.text !== "self") continue;
      const field = left.childForFieldName("field")?.text ?? "";
      if (wanted.has(field)) stores.push({ field, value: right });
    }
    for (const { field, value } of stores) {
      const v = values.resolve(value);
      const b = v.binding;
      if (b?.kind !== "param" || b.fn.start !== fn.start) continue;
      const i2 = paramIndex(fn, b.name);
      if (i2 !== void 0) out2.fieldWrites.push({ fn: fnRef(fn, r), param: i2, owner, field, at: place(value) });
    }
  }
  return out2;
}
function callTarget(call, target, r, owners, scope) {
  if (calleeName(call) !== target.name) return void 0;
  const recv = receiverOf(call);
  if (recv) {
    if (!target.owner) return void 0;
    const candidates = [...owners.get(target.name) ?? []].filter((o) => recv.text === "self" || o !== r.implType(call.startIndex));
    if (r.typeOf(recv) === void 0 && (candidates.length > 1 || candidates.length === 1 && candidates[0] !== target.owner)) return void 0;
    const t = r.typeOf(recv);
    if (t === target.owner) {
      const written = r.typePathOf(recv);
      const module2 = scope?.known ? scope.resolve(inlinePathAt(call), written?.[written.length - 1] === t ? written : [t], "type") : void 0;
      if (module2) return { module: module2 };
      const from = r.importedFromOtherCrate(t);
      return from ? { from } : {};
    }
    return t === void 0 && (recv.text !== "self" || r.implType(call.startIndex) === target.owner) ? { untyped: true } : void 0;
  }
  const shape = r.shape(call);
  const segs = pathSegments(shape.path?.written ?? target.name);
  const inline = scope?.known ? inlinePathAt(call) : [];
  if (!target.owner) {
    const module2 = scope?.known ? scope.resolve(inline, segs, "fn") : void 0;
    if (segs.length <= 1 && !shape.path?.selfType) return { module: module2 };
    return module2 ? { module: module2 } : void 0;
  }
  if (shape.path?.selfType !== target.owner) return void 0;
  const typeSegs = segs.slice(0, -1);
  const owner = typeSegs.length === 1 && typeSegs[0] === "Self" ? [r.implType(call.startIndex) ?? "Self"] : typeSegs;
  return { module: scope?.known ? scope.resolve(inline, owner, "type") : void 0 };
}
function callFacts(path, source, model, values, r, targets, scope, hashers = /* @__PURE__ */ new Map()) {
  const out2 = [];
  const place = (n) => ({ file: path, region: source.region(n.startIndex, n.endIndex) });
  const names = new Set(targets.map((t) => t.fn.name));
  const owners = /* @__PURE__ */ new Map();
  for (const t of targets) owners.set(t.fn.name, (owners.get(t.fn.name) ?? /* @__PURE__ */ new Set()).add(t.fn.owner ?? ""));
  for (const call of model.calls) {
    if (!names.has(calleeName(call))) continue;
    for (const t of targets) {
      const named = callTarget(call, t.fn, r, owners, scope);
      if (!named) continue;
      const callee = { name: t.fn.name, ...t.fn.owner !== void 0 ? { owner: t.fn.owner } : {}, ...t.fn.method ? { method: true } : {}, ...named.module ? { module: named.module } : {}, ...named.from ? { from: named.from } : {}, ...named.untyped ? { untyped: true } : {} };
      const args2 = argumentsOf(call);
      for (const i2 of t.params) {
        const whole = args2[i2];
        if (!whole) continue;
        const callRegion = source.region(call.startIndex, call.endIndex);
        const common = { file: path, callee, arg: i2, inTest: model.inTestCode(call.startIndex) };
        const parts2 = [{ arg: whole, base: { ...common, region: callRegion, lineText: source.line(source.lineOf(call.startIndex)), argText: whole.text.replace(/\s+/g, " ").slice(0, 60) } }];
        for (const { field, value, at } of structFields(whole)) {
          const arg = unwrapSome(value);
          parts2.push({ arg, base: { ...common, field, call: callRegion, region: source.region(at.startIndex, at.endIndex), lineText: source.line(source.lineOf(at.startIndex)), argText: arg.text.replace(/\s+/g, " ").slice(0, 60) } });
        }
        for (const { arg, base } of parts2) {
          const v = values.resolve(arg);
          if (isPassword(arg, values)) {
            out2.push({ ...base, value: { kind: "password", text: arg.text.slice(0, 40) } });
            const p = passwordParam(arg, values);
            const j = p ? paramIndex(p.fn, p.name) : void 0;
            const decl = p?.fn.params.get(p.name);
            if (p && j !== void 0 && decl) out2.push({ ...base, value: { kind: "param", fn: fnRef(p.fn, r), param: j, at: place(decl), name: p.name } });
          } else if (v.kind === "const") out2.push({ ...base, value: { kind: "const", origin: v.origin ? source.region(v.origin.start, v.origin.end) : void 0, literal: v.literal } });
          else if (hashers.size && hashedBy(arg, values, hashers)) out2.push({ ...base, value: { kind: "hashed", by: hashedBy(arg, values, hashers) } });
          else if (v.kind === "external" && v.name) out2.push({ ...base, value: { kind: "external", name: v.name, ...v.origin ? { written: source.text.slice(v.origin.start, v.origin.end), inline: inlinePathAt(model.tree.rootNode.descendantForIndex(v.origin.start)) } : {} } });
          else if (v.binding?.kind === "let" && !v.mutated) {
            const loop = loopAround(model, v.binding.info.start, call);
            if (loop) out2.push({ ...base, value: { kind: "loop", madeAt: source.region(v.binding.info.start, v.binding.info.end), loopAt: source.region(loop.start, Math.min(loop.end, loop.start + 40)) } });
          } else if (v.binding?.kind === "param" && v.binding.name !== "self") {
            const j = paramIndex(v.binding.fn, v.binding.name);
            const decl = v.binding.fn.params.get(v.binding.name);
            if (j !== void 0 && decl) out2.push({ ...base, value: { kind: "param", fn: fnRef(v.binding.fn, r), param: j, at: place(decl), name: v.binding.name } });
          }
        }
      }
    }
  }
  return out2;
}
function hashedBy(arg, values, hashers) {
  const call = madeBy(arg, values);
  return call ? hashers.get(calleeName(call)) : void 0;
}
function madeBy(arg, values) {
  let cur = arg;
  for (let i2 = 0; cur && i2 < 8; i2++) {
    if (cur.type === "reference_expression") cur = cur.childForFieldName("value");
    else if (cur.type === "parenthesized_expression" || cur.type === "try_expression") cur = cur.namedChild(0);
    else if (cur.type === "identifier") {
      const b = values.lookup(cur.text, cur.startIndex);
      if (b?.kind !== "let" || !b.info.simple || !b.info.value || values.resolve(cur).mutated) return void 0;
      cur = b.info.value;
    } else if (cur.type === "call_expression") {
      const recv = receiverOf(cur);
      if (recv && /^(unwrap|expect|clone|into|to_vec|as_ref|as_slice)$/.test(calleeName(cur))) {
        cur = recv;
        continue;
      }
      const fn = cur.childForFieldName("function");
      return !recv && fn && (fn.type === "identifier" || fn.type === "scoped_identifier") ? cur : void 0;
    } else return void 0;
  }
  return void 0;
}
function structFields(arg) {
  let cur = arg;
  while (cur && (cur.type === "reference_expression" || cur.type === "parenthesized_expression")) cur = cur.type === "reference_expression" ? cur.childForFieldName("value") : cur.namedChild(0);
  if (cur?.type !== "struct_expression") return [];
  const out2 = [];
  for (const init2 of cur.childForFieldName("body")?.namedChildren ?? []) {
    if (init2?.type === "shorthand_field_initializer") {
      const id = init2.namedChild(0);
      if (id) out2.push({ field: id.text, value: id, at: init2 });
    } else if (init2?.type === "field_initializer") {
      const field = init2.childForFieldName("field")?.text;
      const value = init2.childForFieldName("value");
      if (field && value) out2.push({ field, value, at: init2 });
    }
  }
  return out2;
}
function passwordParam(arg, values) {
  const rootOf = (n) => /^[&*\s]*([a-z_]\w*)\s*(\.|$)/.exec(n.text)?.[1];
  let root = rootOf(arg);
  let b = root ? values.lookup(root, arg.startIndex) : void 0;
  if (b?.kind === "let" && b.info.value && isPasswordValue(b.info.value)) {
    root = rootOf(b.info.value);
    b = root ? values.lookup(root, b.info.value.startIndex) : void 0;
  }
  return b?.kind === "param" && root && root !== "self" ? { fn: b.fn, name: root } : void 0;
}
function isPassword(arg, values) {
  if (isPasswordValue(arg)) return true;
  const root = /^[&*\s]*([a-z_]\w*)\s*$/.exec(arg.text)?.[1] ?? /^[&*\s]*([a-z_]\w*)\s*\./.exec(arg.text)?.[1];
  const b = root ? values.lookup(root, arg.startIndex) : void 0;
  return b?.kind === "let" && !!b.info.value && isPasswordValue(b.info.value);
}
var PASSWORD_STEPS = /^(as_ref|as_bytes|as_str|bytes|collect|to_vec|to_owned|to_string|clone|into|trim|into_bytes|expose_secret|unwrap|expect)$/;
function isPasswordValue(n) {
  let cur = n;
  while (cur) {
    if (cur.type === "reference_expression") cur = cur.childForFieldName("value");
    else if (cur.type === "parenthesized_expression" || cur.type === "try_expression") cur = cur.namedChild(0);
    else if (cur.type === "call_expression") {
      const recv = receiverOf(cur);
      if (!recv || !PASSWORD_STEPS.test(calleeName(cur))) return false;
      cur = recv;
    } else if (cur.type === "generic_function") cur = cur.childForFieldName("function");
    else if (cur.type === "field_expression" && cur.parent?.type === "call_expression" && cur.parent.childForFieldName("function")?.id === cur.id) cur = cur.childForFieldName("value");
    else break;
  }
  return !!cur && (cur.type === "identifier" || cur.type === "field_expression") && isPasswordExpr(cur.type === "field_expression" ? cur.childForFieldName("field") ?? cur : cur);
}
function loopAround(model, bindAt, call) {
  const loops = model.loopsBetween(bindAt, { start: call.startIndex, end: call.endIndex });
  return loops.sort((a, b) => b.start - a.start)[0];
}
var key = (f) => `${f.owner ?? ""}::${f.name}`;
function reachTable(summaries, sameCrate = () => true, sameType = () => true) {
  const table = /* @__PURE__ */ new Map();
  const add = (r) => {
    const k = `${key(r.fn)}#${r.param}`;
    const list = table.get(k) ?? [];
    if (list.some((x) => x.sink.kind === r.sink.kind && x.sink.file === r.sink.file && x.sink.region.startLine === r.sink.region.startLine && x.at.file === r.at.file)) return false;
    list.push(r);
    table.set(k, list);
    return true;
  };
  for (const s of summaries) for (const r of s.reaches) add(r);
  const fieldReaches = summaries.flatMap((s) => s.fieldReaches);
  for (const s of summaries) {
    for (const w of s.fieldWrites) {
      for (const fr of fieldReaches) {
        if (fr.owner !== w.owner || fr.field !== w.field || !sameCrate(w.at.file, fr.at.file) || !sameType(w, fr)) continue;
        add({ fn: w.fn, param: w.param, at: w.at, sink: fr.sink, steps: [{ ...w.at, message: `stored into \`${w.owner}.${w.field}\`` }, { ...fr.at, message: `\`self.${w.field}\` reaches \`${fr.sink.api}\` here` }] });
      }
    }
  }
  return table;
}
function reachesOf(table, fn, param) {
  const all = table.get(`${key(fn)}#${param}`) ?? [];
  const m = fn.module;
  if (!m) return all;
  const here = all.filter((r) => r.fn.modules?.includes(m));
  return here.length ? here : all.filter((r) => !r.fn.modules);
}
function targetsOf(table) {
  const byFn = /* @__PURE__ */ new Map();
  for (const reaches of table.values()) {
    for (const r of reaches) {
      const k = key(r.fn);
      const t = byFn.get(k) ?? { fn: r.fn, params: /* @__PURE__ */ new Set() };
      t.params.add(r.param);
      byFn.set(k, t);
    }
  }
  return [...byFn.values()];
}
function propagate(table, facts, sees = () => true) {
  let grew = false;
  for (const f of facts) {
    if (f.value.kind !== "param") continue;
    const at = f.value.at;
    for (const r of reachesOf(table, f.callee, f.arg)) {
      if (!sees(f.file, r.at.file, f.callee.from)) continue;
      if (f.field !== void 0 && r.field !== f.field) continue;
      const field = f.field === void 0 ? r.field : void 0;
      const k = `${key(f.value.fn)}#${f.value.param}`;
      const list = table.get(k) ?? [];
      if (list.some((x) => x.sink.file === r.sink.file && x.sink.region.startLine === r.sink.region.startLine && x.sink.kind === r.sink.kind && x.at.file === at.file)) continue;
      list.push({ fn: f.value.fn, param: f.value.param, at: f.value.at, paramType: r.paramType, paramName: f.value.name, ...field !== void 0 ? { field } : {}, sink: r.sink, steps: [{ ...f.value.at, message: `parameter of \`${f.value.fn.name}\`` }, { file: f.file, region: f.region, message: `passed to \`${f.callee.name}\`` }, ...r.steps] });
      table.set(k, list);
      grew = true;
    }
  }
  return grew;
}

// src/analyzer/checks/keys.ts
init_model();
init_common();

// src/analyzer/checks/misc.ts
init_apis();
init_model();
init_values();
init_names();

// src/analyzer/crate-items.ts
init_names();
var sameInline = (a, b) => (a ?? []).join("::") === b.join("::");
function constByPath(index, lookup, file, ref, name2) {
  const find = (from, inline, written, want) => {
    const m = index.resolve(from, inline, written, "value");
    if (!m) return void 0;
    for (const part of index.crateOf(from)?.partsOf(m) ?? []) {
      const c = lookup(part.file).find((x) => x.name === want && sameInline(x.inline, part.inline));
      if (c) return c;
    }
    return void 0;
  };
  const def = find(file, ref.inline, ref.written, name2);
  if (!def) return void 0;
  if (!def.isConst) return null;
  let holder = def;
  for (let i2 = 0; holder.alias && i2 < 8; i2++) {
    const next = find(holder.file, holder.inline ?? [], holder.aliasPath ?? holder.alias, holder.alias);
    if (!next) return void 0;
    if (!next.isConst) return null;
    holder = next;
  }
  return holder.alias ? void 0 : { def, holder };
}
function isSecretField(name2) {
  return isSecretName(name2) || isPasswordHashName(name2) || /^(password|passwd|pw|pwd|token|access_token|refresh_token|secrets?)$/.test(name2);
}
function derivedSecretField(text, type) {
  const m = new RegExp(`#\\[derive\\([^)]*\\bDebug\\b[^)]*\\)\\][^{;]*?\\bstruct\\s+${type}\\b[^{;]*\\{([^}]*)\\}`).exec(text);
  if (!m) return void 0;
  for (const f of m[1].matchAll(/(?:pub(?:\([^)]*\))?\s+)?([a-z_]\w*)\s*:/g)) if (isSecretField(f[1])) return f[1];
  return void 0;
}
function handWrittenDebug(text, type) {
  return new RegExp(`\\bimpl(?:\\s*<[^>{]*>)?\\s+(?:::)?(?:std::|core::)?(?:fmt::)?Debug\\s+for\\s+(?:[\\w:]*::)?${type}\\b`).test(text);
}
var CrateTypes = class {
  definers = /* @__PURE__ */ new Map();
  handDebug = /* @__PURE__ */ new Set();
  implFiles = /* @__PURE__ */ new Map();
  textOf;
  files;
  logging = /* @__PURE__ */ new Map();
  constructor(files, textOf) {
    this.textOf = textOf;
    this.files = files;
    const add = (m, k, f) => {
      const l = m.get(k) ?? [];
      if (!l.includes(f)) l.push(f);
      m.set(k, l);
    };
    for (const f of files) {
      const text = textOf(f) ?? "";
      for (const m of text.matchAll(/\b(?:struct|enum|union|type)\s+([A-Z]\w*)/g)) add(this.definers, m[1], f);
      for (const m of text.matchAll(/\bimpl\b([^{;]*)/g)) {
        const d = /\bDebug\s+for\s+(?:[\w:]*::)?([A-Z]\w*)/.exec(m[1]);
        if (d && handWrittenDebug(m[0], d[1])) this.handDebug.add(d[1]);
        for (const [w] of m[1].matchAll(/[A-Z]\w*/g)) add(this.implFiles, w, f);
      }
    }
  }
  definersOf(type) {
    return this.definers.get(type) ?? [];
  }
  hasHandWrittenDebug(type) {
    return this.handDebug.has(type);
  }
  /** Whether a file of the crate other than `file` defines `fn name(..)` that writes a parameter out (see `writesParameterOut`). */
  logsItsParameter(name2, file) {
    let definers = this.logging.get(name2);
    if (!definers) this.logging.set(name2, definers = this.files.filter((f) => writesParameterOut(this.textOf(f) ?? "", name2)));
    return definers.some((f) => f !== file);
  }
  /** Whether some `impl T` of the crate has `fn f(..)` returning `T` (or `Self`, `Option<T>`, `Result<T, _>`). */
  returns(type, fn) {
    return (this.implFiles.get(type) ?? []).some((f) => returnsType(this.textOf(f) ?? "", type, fn));
  }
};
function secretStructField(index, types, file, inline, cond) {
  const segs = pathSegments(cond.type);
  const name2 = segs[segs.length - 1];
  if (!name2 || !/^[A-Z]\w*$/.test(name2)) return void 0;
  const all = types.definersOf(name2).filter((f) => f !== file);
  if (all.length === 0 || types.hasHandWrittenDebug(name2)) return void 0;
  const m = index?.resolve(file, inline, segs, "type");
  const definers = m ? [...new Set((index.crateOf(file)?.partsOf(m) ?? []).map((p) => p.file))].filter((f) => all.includes(f)) : all;
  if (definers.length !== 1) return void 0;
  const field = derivedSecretField(types.textOf(definers[0]) ?? "", name2);
  if (!field) return void 0;
  if (cond.via && !types.returns(name2, cond.via)) return void 0;
  return field;
}
function returnsType(text, type, fn) {
  if (!new RegExp(`\\bimpl\\b[^{;]*\\b${type}\\b`).test(text)) return false;
  for (const m of text.matchAll(new RegExp(`\\bfn\\s+${fn}\\s*(?:<[^>]*>)?\\s*\\(`, "g"))) {
    let depth = 0;
    let i2 = m.index + m[0].length - 1;
    for (; i2 < text.length; i2++) {
      if (text[i2] === "(") depth++;
      else if (text[i2] === ")" && --depth === 0) break;
    }
    const ret = /^\s*->\s*([^{;]+?)\s*(?:\bwhere\b|\{|;)/.exec(text.slice(i2 + 1, i2 + 300))?.[1] ?? "";
    const inner = ret.replace(/^(?:(?:std|core)::(?:option|result)::)?(?:Option|Result|[\w:]*Result)\s*<\s*/, "");
    if (new RegExp(`^(?:Self|(?:[\\w:]*::)?${type})\\b`).test(inner)) return true;
  }
  return false;
}
var LOG_MACRO_TEXT = /\b(?:(?:std|log|tracing)::)?(?:e?print(?:ln)?|dbg|trace|debug|info|warn|error)!\s*[({[]/g;
function writesParameterOut(text, name2) {
  for (const m of text.matchAll(new RegExp(`\\bfn\\s+${name2}\\s*(?:<[^>]*>)?\\s*\\(([^)]*)\\)[^{;]*\\{`, "g"))) {
    const params = [...m[1].matchAll(/(?:^|,)\s*(?:mut\s+)?([a-z_]\w*)\s*:/g)].map((p) => p[1]);
    if (params.length === 0) continue;
    let depth = 1;
    let i2 = m.index + m[0].length;
    const start2 = i2;
    for (; i2 < text.length && depth > 0 && i2 - start2 < 4e3; i2++) {
      if (text[i2] === "{") depth++;
      else if (text[i2] === "}") depth--;
    }
    const body2 = text.slice(start2, i2);
    for (const mac of body2.matchAll(LOG_MACRO_TEXT)) {
      const args2 = body2.slice(mac.index + mac[0].length, body2.indexOf(";", mac.index) >>> 0);
      if (params.some((p) => new RegExp(`\\b${p}\\b`).test(args2))) return true;
    }
  }
  return false;
}

// src/analyzer/checks/misc.ts
init_resolve();
init_common();
var UNWRAPS_AND_DECRYPTS = /* @__PURE__ */ new Set(["unwrap", "expect", "ok", "decrypt", "decrypt_in_place", "decrypt_in_place_detached", "open_in_place", "open_within", "open_in_place_separate_tag", "decrypt_aead"]);
function uncheckedResult(ctx) {
  const { model } = ctx;
  for (const call of model.calls) {
    const name2 = calleeNameIn(call, UNWRAPS_AND_DECRYPTS);
    if (!name2) continue;
    const inner = receiverOf(call);
    if ((name2 === "unwrap" || name2 === "expect") && inner?.type === "call_expression") {
      if (isDecryptCall(inner, ctx.resolver) && !decryptsOwnCiphertext(ctx, inner)) {
        const local = servesNoNetwork(ctx);
        ctx.report(span(call), `\`${calleeName(inner)}(..).${name2}()\` panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process${local ? " (this crate has no network-facing dependency, so that is a local crash)" : ""}. Handle the error (reject the message and return an error).`, { severity: local ? "low" : "medium" });
      }
      continue;
    }
    let target = call;
    if (name2 === "ok" && inner?.type === "call_expression") target = inner;
    if (!target || !isDecryptCall(target, ctx.resolver)) continue;
    const parent = call.parent;
    const dropped = parent?.type === "expression_statement" || parent?.type === "let_declaration" && parent.childForFieldName("pattern")?.text === "_";
    if (dropped) {
      ctx.report(span(call), `The result of \`${calleeName(target)}\` is ignored: when authentication fails the buffer holds unauthenticated (attacker-chosen) bytes and the code goes on as if it were valid. Check the result and stop on error.`, { severity: "high" });
    }
  }
  uncheckedResultInMacros(ctx);
}
var NETWORK_CRATES = /* @__PURE__ */ new Set(["tokio", "async-std", "smol", "actix", "actix-web", "axum", "hyper", "warp", "rocket", "tonic", "tide", "poem", "salvo", "gotham", "iron", "rouille", "tiny_http", "tiny-http", "s2n-quic", "quinn", "quiche", "reqwest", "ureq", "surf", "isahc", "pcap", "tungstenite", "tokio-tungstenite", "async-tungstenite", "ws", "websocket", "libp2p", "mio", "rumqttc", "lapin", "tarpc", "zmq", "socket2", "rustls", "tokio-rustls", "native-tls", "ssh2", "russh", "thrussh", "smoltcp"]);
function servesNoNetwork(ctx) {
  const deps = ctx.crate?.dependencies;
  return !!deps && !deps.some((d) => NETWORK_CRATES.has(d)) && !STD_SOCKETS.test(ctx.model.source.text);
}
var STD_SOCKETS = /\b(std::net|TcpStream|TcpListener|UdpSocket|UnixStream|UnixListener|UnixDatagram)\b/;
function decryptsOwnCiphertext(ctx, decrypt) {
  for (const arg of argumentsOf(decrypt)) {
    const root = /^[&*\s]*(?:mut\s+)?([a-z_]\w*)/.exec(arg.text)?.[1];
    const b = root ? ctx.values.lookup(root, arg.startIndex) : void 0;
    if (b?.kind === "let" && /\b\w*(encrypt|seal)\w*\s*\(/.test(b.info.value?.text ?? "")) return true;
  }
  return false;
}
var UNWRAP_IN_MACRO = /\.\s*(decrypt|decrypt_in_place|decrypt_in_place_detached|open_in_place|open_within)\s*\((?:[^()]|\([^()]*\))*\)\s*\.\s*(unwrap|expect)\s*\(/g;
function uncheckedResultInMacros(ctx) {
  for (const mac of ctx.model.macros) {
    const tt = mac.namedChildren.find((c) => c?.type === "token_tree");
    if (!tt || !/decrypt|open_in_place|open_within/.test(tt.text)) continue;
    for (const m of tt.text.matchAll(UNWRAP_IN_MACRO)) {
      const start2 = tt.startIndex + m.index + 1;
      ctx.report({ start: start2, end: tt.startIndex + m.index + m[0].length }, `\`${m[1]}(..).${m[2]}()\` (inside \`${mac.childForFieldName("macro")?.text}!\`) panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process. Handle the error (reject the message and return an error).`, { severity: "medium" });
    }
  }
}
var LOG_MACROS = /^((std|log|tracing|slog)::)?(println|print|eprintln|eprint|dbg|trace|debug|info|warn|error|crit|event|(trace|debug|info|warn|error)_span|span)$/;
var PRINT_MACROS = /^(std::)?(println|print|eprintln|eprint)$/;
var PASSWORD_TOOL = /pass(word)?[-_]?(man|manager|mgr|vault|keeper|store|gen|generator)|^passm|passvault|^pwgen|^pwm$|keepass/i;
var KEY_TOOL = /(^|\/)[^/]*(keygen|genkey|key[-_]gen|gen[-_]key|generate[-_]keys?)[^/]*(\/|$)/i;
var AUTH_CONTEXT = /\b(session|auth|jwt|bearer|login|cookie|totp|csrf|oauth)\b/i;
function secretLogged(ctx) {
  const { model, values, resolver } = ctx;
  const authFile = AUTH_CONTEXT.test(model.source.text);
  const cryptoFile = resolver.imports(ctx.models.cryptoModules());
  const isSecret = (name2, at) => {
    const w = words(name2);
    if (isSecretName(name2)) {
      if (w.length === 1 && (w[0] === "key" || w[0] === "seed") && (!cryptoFile || values.lookup(name2, at)?.kind === "loop-var")) return false;
      return true;
    }
    if (w[w.length - 1] === "token" && (authFile || w.length > 1) && !w.some((x) => NOT_A_SECRET_TOKEN.test(x))) return true;
    if (w.length > 1 && (w[w.length - 1] === "pass" || w[w.length - 1] === "pwd" && isSecretName(name2.replace(/pwd$/i, "password")) && !w.some((x) => /^(dir|cwd|shell|working|time|since|last|wrong|attempts?|tries)$/.test(x)))) return true;
    if (isPasswordHashName(name2)) return true;
    return secretByValue(ctx, name2, at);
  };
  const keyTool = KEY_TOOL.test(model.path);
  const passwordTool = PASSWORD_TOOL.test(ctx.crate?.name ?? "");
  const shownPassword = (n) => words(n).some((w) => w === "password" || w === "pass" || w === "pwd") && !words(n).some((w) => /^(master|key|hash|hashed|secret|pin)$/.test(w));
  for (const site of logSites(ctx)) {
    const { at: mac, tt, name: name2 } = site;
    const print = !site.wrapper && PRINT_MACROS.test(name2);
    if (keyTool && print) continue;
    const names = /* @__PURE__ */ new Map();
    for (const id of tt.descendantsOfType(["identifier", "field_identifier"])) if (id && !isCallArgument(id, tt) && !names.has(id.text)) names.set(id.text, id);
    for (const s of tt.descendantsOfType("string_literal")) for (const m of (s?.text ?? "").matchAll(/\{([A-Za-z_]\w*)(?::[^}]*)?\}/g)) if (!names.has(m[1])) names.set(m[1], s);
    let secret = [...names].find(([n, node]) => isSecret(n, node.startIndex) && !(passwordTool && print && shownPassword(n)))?.[0];
    const printedBytes = () => tt.descendantsOfType("identifier").filter((id) => !!id && /^from_utf8(_lossy|_unchecked)?$/.test(id.parent?.previousSibling?.text ?? "") && !isCallArgument(id, id.parent));
    const candidates = [...[...names].filter(([, node]) => node.type === "identifier" || node.type === "string_literal"), ...printedBytes().map((n) => [n.text, n])];
    const found = !secret && !print && cryptoFile ? candidates.find(([n, node]) => decryptedAt(ctx, n, node.startIndex) || encryptedIn(ctx, n, node.startIndex)) : void 0;
    const plaintext = found ? { name: found[0], decrypted: decryptedAt(ctx, found[0], found[1].startIndex) } : void 0;
    let elsewhere;
    let request = false;
    if (!secret && !plaintext && /\{[^}]*:#?\?\}|\?\w/.test(tt.text)) {
      names: for (const [n, node] of names) {
        if (node.type !== "identifier") continue;
        for (const type of debugTypesOf(ctx, node)) {
          if (authFile && HTTP_REQUEST.test(ctx.resolver.expandPath(type.written.split("::")))) {
            secret = `${n}`;
            request = true;
            break names;
          }
          if (definesType(model.source.text, type.name)) {
            const field = type.via && !returnsType(model.source.text, type.name, type.via) ? void 0 : secretFieldOf(ctx, type.name);
            if (field) {
              secret = `${n}.${field}`;
              break names;
            }
          } else elsewhere ??= { n, node, type };
        }
      }
    }
    const by = site.wrapper ? `\`${name2}\`${site.wrapper === "here" ? ` (which prints its argument with \`${site.inner}!\`)` : ", which writes its argument out"}` : `\`${name2}!\``;
    const message = (what) => `\`${what}\` is written out by ${by}: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself.`;
    const ifWrapper = site.wrapper === "elsewhere" ? { ifLogWrapper: { name: name2 } } : {};
    if (plaintext) {
      ctx.report(span(mac), `\`${plaintext.name}\` is the plaintext ${plaintext.decrypted ? "a decryption returned" : "this function encrypts"}, written to the log by ${by}: what the encryption protects is kept there in the clear, for whoever reads the logs. Log its length or an id, not the content.`, ifWrapper);
      continue;
    }
    if (!secret && elsewhere && !site.wrapper) ctx.report(span(mac), message(`${elsewhere.n}.{{field}}`), { ifSecretStruct: { type: elsewhere.type.written, via: elsewhere.type.via, at: span(elsewhere.node) } });
    if (!secret) continue;
    ctx.report(span(mac), request ? `\`${secret}\` is an HTTP request, and ${by} writes it out with its Debug, which prints every header: the \`Authorization\` and \`Cookie\` of each authenticated call land in the log. Log the method, the path and the status, not the request.` : message(secret), ifWrapper);
  }
}
function logSites(ctx) {
  const { model } = ctx;
  const out2 = [];
  const wrappers = /* @__PURE__ */ new Map();
  for (const mac of model.macros) {
    const name2 = mac.childForFieldName("macro")?.text ?? "";
    if (!LOG_MACROS.test(name2)) continue;
    const fn = model.enclosingFunction(mac.startIndex);
    if (!fn?.body || fn.params.size === 0 || wrappers.has(fn.name)) continue;
    const tt = mac.namedChildren.find((c) => c?.type === "token_tree");
    if (tt && tt.descendantsOfType("identifier").some((id) => !!id && fn.params.has(id.text) && id.text !== "self")) wrappers.set(fn.name, name2.replace(/^.*::/, ""));
  }
  const defined = new Set(model.functions.map((f) => f.name));
  for (const mac of model.macros) {
    const name2 = mac.childForFieldName("macro")?.text ?? "";
    const tt = mac.namedChildren.find((c) => c?.type === "token_tree");
    if (!tt) continue;
    if (LOG_MACROS.test(name2)) {
      out2.push({ at: mac, tt, name: name2 });
      continue;
    }
    if (name2 !== "format") continue;
    let arg = mac;
    while (arg.parent && (arg.parent.type === "reference_expression" || arg.parent.type === "field_expression" && arg.parent.parent?.type === "call_expression" && /^(as_str|as_ref|to_string)$/.test(arg.parent.childForFieldName("field")?.text ?? ""))) arg = arg.parent.type === "field_expression" ? arg.parent.parent : arg.parent;
    const call = arg.parent?.type === "arguments" ? arg.parent.parent : null;
    if (call?.type !== "call_expression" || receiverOf(call) || argumentsOf(call).length !== 1) continue;
    const callee = call.childForFieldName("function");
    if (callee?.type !== "identifier" && !(callee?.type === "scoped_identifier" && /^(crate|self|super)::/.test(callee.text))) continue;
    const fnName = calleeName(call);
    const inner = wrappers.get(fnName);
    if (inner) out2.push({ at: call, tt, name: fnName, wrapper: "here", inner });
    else if (!defined.has(fnName) && /^[a-z_]\w*$/.test(fnName)) out2.push({ at: call, tt, name: fnName, wrapper: "elsewhere" });
  }
  return out2;
}
var PLAINTEXT = /* @__PURE__ */ new Set(["plaintext"]);
function encryptedIn(ctx, name2, at) {
  const fn = ctx.model.enclosingFunction(at);
  if (!fn) return false;
  return ctx.model.calls.some((c) => {
    if (c.startIndex < fn.start || c.endIndex > fn.end || !/^(encrypt|seal)/.test(calleeName(c)) && !/::(encrypt|seal)$/.test(c.childForFieldName("function")?.text ?? "")) return false;
    return ctx.resolver.sinks(c, PLAINTEXT).some(({ arg }) => {
      let n = arg ?? null;
      for (let i2 = 0; n && i2 < 6; i2++) {
        if (n.type === "reference_expression") n = n.childForFieldName("value");
        else if (n.type === "index_expression") n = n.namedChild(0);
        else if (n.type === "call_expression" && receiverOf(n) && /^(as_bytes|as_slice|as_ref|dump|to_vec|into_bytes|to_string|clone|as_str)$/.test(calleeName(n))) n = receiverOf(n);
        else break;
      }
      return n?.type === "identifier" && n.text === name2;
    });
  });
}
function decryptedAt(ctx, name2, at) {
  const b = ctx.values.lookup(name2, at);
  if (b?.kind === "let" && b.info.value) {
    let v = b.info.value;
    for (let i2 = 0; v && i2 < 6; i2++) {
      if (v.type === "try_expression" || v.type === "await_expression") v = v.namedChild(0);
      else if (v.type === "call_expression" && receiverOf(v) && /^(unwrap|expect|ok|or_else|map_err|unwrap_or_default|unwrap_or_else|context|with_context)$/.test(calleeName(v))) v = receiverOf(v);
      else break;
    }
    if (v?.type === "call_expression" && /^(decrypt|open)/.test(calleeName(v)) && isDecryptCall(v, ctx.resolver)) return true;
  }
  return callsWritingInto(ctx, name2, at).some((c) => /^decrypt/.test(calleeName(c)) && (isDecryptCall(c, ctx.resolver) || onBlockCipher(ctx, c)));
}
function onBlockCipher(ctx, call) {
  const recv = receiverOf(call);
  const t = recv ? ctx.models.type(ctx.resolver.typeOf(recv)) : void 0;
  return !!t && t.primitive === "block-cipher";
}
var HTTP_REQUEST = /^(?:axum(?:_core)?|http|hyper|actix_web|tide|poem|warp|rocket|salvo|reqwest)::(?:\w+::)*(?:Request|HttpRequest|ServiceRequest|HeaderMap|Parts)$/;
var NOT_A_SECRET_TOKEN = /^(len|count|kind|type|id|name|expired|expiry|exp|verify|csrf|cancel|cancellation|page|next|continuation|sync|lexer|parse|parser|end|start|last|first|current|prev|eof|stop|shutdown|notify|wait|resume|abort|close|span|ident|punct|lit|tree|stream|cursor)$/;
function secretByValue(ctx, name2, at) {
  const b = ctx.values.lookup(name2, at);
  if (b?.kind !== "let" || !b.info.value) return false;
  const value = b.info.value;
  const call = value.type === "try_expression" ? value.namedChild(0) : value;
  if (call?.type === "call_expression" && secretMaker(calleeName(call))) return true;
  if (passwordHashOf(value)) return true;
  const fn = ctx.model.enclosingFunction(at);
  if (!fn?.body) return false;
  const impl = implTypeOf(fn);
  const makes = words(fn.name).some((x) => MAKING.test(x));
  if (!makes || ![fn.name, impl].some(mintsSecret)) return false;
  const tail = tailExpression(fn.body);
  return tail?.text === name2 || new RegExp(`\\breturn\\s+${escapeRe(name2)}\\s*;`).test(fn.body.text);
}
var PASSWORD_HASHING = /^(hash_password|hash_password_simple|hash_encoded|hash_with_salt|hash_with_result|pbkdf2_simple|scrypt_simple)$/;
var CONVERSIONS = /^(to_string|to_owned|into|clone|unwrap|expect|map_err|context|with_context|as_str|serialize)$/;
function passwordHashOf(value) {
  let n = value;
  for (let i2 = 0; n && i2 < 8; i2++) {
    if (n.type === "try_expression" || n.type === "await_expression" || n.type === "parenthesized_expression") {
      n = n.namedChild(0);
      continue;
    }
    if (n.type !== "call_expression") return false;
    const name2 = calleeName(n);
    if (PASSWORD_HASHING.test(name2)) return true;
    if (name2 === "hash" && /\bbcrypt\s*::\s*hash\s*\(/.test(n.text)) return true;
    const recv = receiverOf(n);
    if (!recv || !CONVERSIONS.test(name2)) return false;
    n = recv;
  }
  return false;
}
function secretMaker(name2) {
  const w = words(name2);
  if (!isSecretName(name2)) return false;
  if (w.some((x) => /^(secret|password|passwd|passphrase|token|otp)$/.test(x))) return true;
  const k = w.lastIndexOf("key");
  return k > 0 && k === w.length - 1 && /^(private|secret|signing|master|session|shared|api|symmetric|aes|hmac)$/.test(w[k - 1]);
}
var MAKING = /^(new|generate|gen|create|make|mint|issue|random|derive|fresh|build)$/;
function mintsSecret(name2) {
  const w = words(name2);
  return w.some((x) => /^(token|secret|password|passphrase|key|apikey)$/.test(x)) && isSecretName(name2.replace(/token/gi, "secret"));
}
function secretFieldOf(ctx, type) {
  if (!type) return void 0;
  const text = ctx.model.source.text;
  if (handWrittenDebug(text, type)) return void 0;
  return derivedSecretField(text, type);
}
var definesType = (text, type) => new RegExp(`\\b(?:struct|enum|union|type)\\s+${type}\\b`).test(text);
var DEBUG_TRANSPARENT = /^(?:(?:[\w]+::)*(Json|Form|Query|Path|Data|Option|Vec|VecDeque|HashSet|BTreeSet|HashMap|BTreeMap|IndexMap|Box|Arc|Rc|Cow|RefCell|Mutex|RwLock|Result|Some|Ok))\s*<(.*)>$/s;
var MAPS = /^(HashMap|BTreeMap|IndexMap)$/;
function innerType(text) {
  return innerTypes(text)[0];
}
function innerTypes(text, depth = 0) {
  let t = text.replace(/\s+/g, " ").trim();
  for (let i2 = 0; i2 < 6; i2++) {
    t = t.replace(/^&\s*('\w+\s+)?(mut\s+)?/, "").replace(/^\[(.*)\]$/s, "$1").trim();
    const tuple = /^\((.*)\)$/s.exec(t);
    if (tuple && depth < 2) return typeArguments(tuple[1]).flatMap((e) => innerTypes(e, depth + 1)).filter((x) => x !== "String");
    const m = DEBUG_TRANSPARENT.exec(t);
    if (!m) break;
    const args2 = typeArguments(m[2]);
    t = (MAPS.test(m[1]) ? args2[args2.length - 1] : args2[0]).trim();
  }
  const path = t.replace(/<.*$/s, "").trim();
  const last = path.split("::").pop() ?? "";
  return /^[A-Z]\w*$/.test(last) ? [path] : [];
}
function typeArguments(text) {
  const out2 = [];
  let depth = 0;
  let start2 = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "<" || c === "(" || c === "[") depth++;
    else if (c === ">" || c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      out2.push(text.slice(start2, i2).trim());
      start2 = i2 + 1;
    }
  }
  out2.push(text.slice(start2).trim());
  return out2.filter(Boolean);
}
function debugTypesOf(ctx, node) {
  const b = ctx.values.lookup(node.text, node.startIndex);
  const declared = b?.kind === "param" ? b.fn.paramTypes.get(b.name) : b?.kind === "let" ? b.info.node.childForFieldName("type")?.text : void 0;
  const fromDecl = declared ? innerTypes(declared) : [];
  if (fromDecl.length) return fromDecl.map((t2) => ({ name: t2.split("::").pop(), written: t2 }));
  if (b?.kind !== "param") {
    const bound = boundBySomeOrOk(ctx, node);
    if (bound) return [bound];
  }
  const t = ctx.resolver.typeOf(node);
  return t && /^[A-Z]\w*$/.test(t) ? [{ name: t, written: t }] : [];
}
function boundBySomeOrOk(ctx, id) {
  const name2 = id.text;
  for (let p = id.parent; p; p = p.parent) {
    let pattern = null;
    let value = null;
    if (p.type === "match_arm") {
      pattern = p.childForFieldName("pattern");
      value = p.parent?.parent?.type === "match_expression" ? p.parent.parent.childForFieldName("value") : null;
    } else if (p.type === "let_condition" || p.type === "if_expression" && p.childForFieldName("condition")?.type === "let_condition") {
      const cond = p.type === "let_condition" ? p : p.childForFieldName("condition");
      pattern = cond.childForFieldName("pattern");
      value = cond.childForFieldName("value");
    }
    if (!pattern || !value) continue;
    const m = /^(?:Some|Ok)\s*\(\s*(?:ref\s+)?(?:mut\s+)?([a-z_]\w*)\s*\)$/.exec(pattern.text.replace(/^\w+\s*::\s*/, ""));
    if (!m || m[1] !== name2) continue;
    let v = value;
    const unwrapped = () => {
      while (v && (v.type === "try_expression" || v.type === "await_expression" || v.type === "parenthesized_expression")) v = v.namedChild(0);
    };
    unwrapped();
    if (v?.type === "identifier") {
      const b = ctx.values.lookup(v.text, v.startIndex);
      v = b?.kind === "let" && b.info.simple ? b.info.value : null;
      unwrapped();
    }
    if (v?.type !== "call_expression") return void 0;
    const fn = v.childForFieldName("function");
    if (fn?.type === "identifier") return returnedType(ctx.model.functionsNamed(fn.text).find((f) => !implTypeOf(f))?.node.childForFieldName("return_type")?.text);
    if (fn?.type === "scoped_identifier" && fn.childForFieldName("path")?.text === "Self") {
      const own = ctx.resolver.implType(v.startIndex);
      const name3 = fn.childForFieldName("name")?.text ?? "";
      const f = own ? ctx.model.functionsNamed(name3).find((x) => typeName(implTypeOf(x)) === own) : void 0;
      return f ? returnedType(f.node.childForFieldName("return_type")?.text, own) : void 0;
    }
    if (fn?.type === "generic_function" && fn.childForFieldName("function")?.type === "field_expression") {
      const args2 = fn.childForFieldName("type_arguments")?.namedChildren.filter((c) => !!c) ?? [];
      const t = args2.length === 1 ? innerType(args2[0].text) : void 0;
      return t ? { name: t.split("::").pop(), written: t } : void 0;
    }
    if (fn?.type === "scoped_identifier") {
      const path = fn.childForFieldName("path")?.text ?? "";
      const owner = typeName(path);
      if (owner && /^[A-Z]/.test(owner) && owner !== "Self") return { name: owner, written: path.replace(/<.*$/s, ""), via: fn.childForFieldName("name")?.text };
    }
    return void 0;
  }
  return void 0;
}
var RETURNED_WRAPPER = /^(?:[\w:]*::)?(?:Result|Option)\s*<\s*(?:&\s*(?:'\w+\s+)?(?:mut\s+)?)?/;
function returnedType(returns, own, nested = false) {
  const text = returns?.trim() ?? "";
  const head = RETURNED_WRAPPER.exec(text);
  if (!head) return void 0;
  const rest = text.slice(head[0].length);
  if (!nested && RETURNED_WRAPPER.test(rest)) return returnedType(rest, own, true);
  const inner = /^([\w:]+)\s*[,>]/.exec(rest)?.[1];
  const t = inner === "Self" ? own : inner;
  return t && /^[A-Z]/.test(t.split("::").pop()) ? { name: t.split("::").pop(), written: t } : void 0;
}
function isCallArgument(id, top) {
  for (let tt = id.parent; tt && tt.id !== top.id; tt = tt.parent) {
    if (tt.type !== "token_tree") continue;
    const before2 = tt.previousSibling;
    if (before2?.type === "identifier") return true;
  }
  let next = id.nextSibling;
  for (let i2 = 0; i2 < 8 && next?.text === "." && next.nextSibling?.type === "identifier"; i2++) {
    if (!/^(as_ref|as_slice|as_bytes|as_str|as_deref|to_vec|to_string|to_owned|clone|expose_secret|reveal)$/.test(next.nextSibling.text)) return true;
    let after = next.nextSibling.nextSibling;
    if (after?.type === "token_tree" && after.text.startsWith("(")) after = after.nextSibling;
    next = after;
  }
  return false;
}
var SECRET_CMP_WORDS = /* @__PURE__ */ new Set(["tag", "mac", "hmac", "signature", "sig", "sign", "secret", "password", "passwd", "pwd", "otp", "csrf", "token", "hash", "apikey"]);
var CRYPTO_ONLY_WORDS = /* @__PURE__ */ new Set(["tag", "mac", "hmac", "signature", "sig", "sign", "hash"]);
var CMP_EXCLUDE = /* @__PURE__ */ new Set(["len", "length", "size", "kind", "type", "name", "id", "count", "algorithm", "alg", "confirm", "confirmation", "retype", "repeat", "repeated", "again", "policy", "prefix", "format"]);
var KEY_QUALIFIERS = /^(api|auth|access|secret|private|shared|master|session|admin|client|signing|hmac|mac)$/;
function boundFromSecret(ctx, n, cryptoFile) {
  if (n.type !== "identifier") return false;
  const fn = ctx.model.enclosingFunction(n.startIndex);
  if (!fn) return false;
  const matched = matchedFrom(n);
  if (matched) {
    const last = [matched, ...matched.descendantsOfType(["identifier", "field_identifier"])].filter((x) => !!x && /identifier/.test(x.type)).pop();
    if (last && isSecretOperandName(last.text, cryptoFile)) return true;
  }
  const source = unwrappedFrom(ctx, fn.start, n);
  const w = words(source);
  if (!source || w.some((x) => CMP_EXCLUDE.has(x))) return false;
  return w.length > 1 && w[w.length - 1] === "pass" || isSecretOperandName(source, cryptoFile);
}
function unwrappedFrom(ctx, fnStart, id) {
  const before2 = ctx.model.source.text.slice(fnStart, id.startIndex);
  const m = new RegExp(`\\blet\\s+(?:Some|Ok)\\s*\\(\\s*(?:ref\\s+)?${escapeRe(id.text)}\\s*\\)\\s*=\\s*&?([\\w.]+)`).exec(before2);
  return m?.[1].split(".").filter((x) => x && !/^(clone|as_ref|as_deref|as_str|to_string|to_owned|unwrap|cloned)$/.test(x)).pop() ?? "";
}
function elementOfSecretList(ctx, n, cryptoFile) {
  let id = n;
  while (id && /^(parenthesized_expression|unary_expression|reference_expression)$/.test(id.type)) id = id.namedChild(id.namedChildCount - 1);
  if (id?.type !== "identifier") return false;
  let closure = id.parent;
  while (closure && closure.type !== "closure_expression") closure = /function_item/.test(closure.type) ? null : closure.parent;
  const params = closure?.childForFieldName("parameters");
  if (!closure || !params || !params.descendantsOfType("identifier").some((p) => p?.text === id.text)) return false;
  const call = closure.parent?.parent;
  if (call?.type !== "call_expression" || !SEARCHES.test(calleeName(call))) return false;
  let list = receiverOf(call);
  while (list?.type === "call_expression" && /^(iter|into_iter|copied|cloned)$/.test(calleeName(list))) list = receiverOf(list);
  if (!list || list.type !== "identifier" && list.type !== "field_expression") return false;
  let name2 = list.type === "identifier" ? list.text : list.childForFieldName("field")?.text ?? "";
  const fn = ctx.model.enclosingFunction(n.startIndex);
  if (list.type === "identifier" && fn) name2 = unwrappedFrom(ctx, fn.start, list) || name2;
  const one = /[a-z]s$/i.test(name2) && !/ss$/i.test(name2) ? name2.slice(0, -1) : "";
  const w = words(one);
  return !!one && !w.some((x) => CMP_EXCLUDE.has(x)) && isSecretOperandName(one, cryptoFile);
}
var SEARCHES = /^(any|all|find|position|rposition|filter|find_map|filter_map|take_while|skip_while)$/;
function secretOperand(n, cryptoFile) {
  if (/^(integer_literal|string_literal|boolean_literal|char_literal|scoped_identifier)$/.test(n.type)) return false;
  if (/\.len\(\)|\.is_empty\(\)|::[A-Z]/.test(n.text)) return false;
  if (/\.(finalize|finalize_fixed|into_bytes|compute_tag|sign)\(\)/.test(n.text) && /mac|hmac|Mac|tag|sign/i.test(n.text)) return true;
  const idents = n.type === "identifier" ? [n] : n.descendantsOfType(["identifier", "field_identifier"]);
  const last = idents.filter((x) => !!x && x.text !== "self" && !/^(as_slice|as_ref|to_vec|as_bytes|into_bytes|unwrap|clone|to_owned|iter|collect|as_str|trim|to_string|expose_secret)$/.test(x.text)).pop();
  return !!last && isSecretOperandName(last.text, cryptoFile);
}
function matchedFrom(id) {
  let arm = id.parent;
  while (arm && arm.type !== "match_arm" && !/function_item|closure_expression/.test(arm.type)) arm = arm.parent;
  if (arm?.type !== "match_arm") return null;
  const pattern = arm.childForFieldName("pattern")?.namedChild(0) ?? arm.childForFieldName("pattern");
  const scrutinee = arm.parent?.parent?.type === "match_expression" ? arm.parent.parent.childForFieldName("value") : null;
  if (!pattern || !scrutinee) return null;
  const binds = (p) => p.descendantsOfType("identifier").some((x) => x?.text === id.text) || p.text === id.text;
  if (pattern.type === "tuple_pattern" && scrutinee.type === "tuple_expression") {
    const i2 = pattern.namedChildren.findIndex((p) => !!p && binds(p));
    return i2 >= 0 ? scrutinee.namedChildren[i2] ?? null : null;
  }
  return binds(pattern) && pattern.type !== "identifier" ? scrutinee : null;
}
function isSecretOperandName(name2, cryptoFile) {
  const w = words(name2).map((x) => x === "hashed" ? "hash" : x);
  if (w.some((x) => CMP_EXCLUDE.has(x))) return false;
  if (w.includes("hash") && !w.some((x) => /^(password|passwd|pass|pwd|pw|pin|passcode|expected|stored|secret|token)$/.test(x))) return false;
  if (w.includes("hash") && w.some((x) => x === "pin" || x === "passcode")) return true;
  if (w.includes("token") && !w.some((x) => /^(api|auth|access|bearer|session|csrf|secret|expected|provided|refresh|reset)$/.test(x))) return false;
  const k = w.indexOf("key");
  if (k > 0 && KEY_QUALIFIERS.test(w[k - 1])) return true;
  return w.some((x) => SECRET_CMP_WORDS.has(x) && (cryptoFile || !CRYPTO_ONLY_WORDS.has(x) || w.some((y) => /^(password|passwd|pwd|expected|stored|computed|provided|secret|token|api)$/.test(y))));
}
function knownValue(n) {
  if (/literal$/.test(n.type)) return true;
  const t = n.text.replace(/\s+/g, "");
  if (/^(String|Vec|Default)::(new|default)\(\)$|^(String|Vec)::<[^>]*>::(new|default)\(\)$/.test(t)) return true;
  return /^(Some\()?&?([\w]+::)*[A-Z][A-Z0-9_]*\)?$/.test(t) || /^(Some\()?&?([\w]+::)+[A-Z]\w*\)?$/.test(t) || /^b?'.*'$/.test(t);
}
var comparisons = oncePerFile((ctx) => {
  const out2 = [];
  for (const bin of ctx.model.binaries) {
    const op = bin.childForFieldName("operator")?.text;
    const left = bin.childForFieldName("left");
    const right = bin.childForFieldName("right");
    if ((op === "==" || op === "!=") && left && right) out2.push({ at: bin, op, left, right });
  }
  for (const call of ctx.model.calls) {
    const name2 = calleeNameIn(call, EQ_METHODS);
    if (!name2) continue;
    const recv = receiverOf(call);
    const arg = argumentsOf(call)[0];
    if (name2 && recv && arg && argumentsOf(call).length === 1 && !isQueryFilter(ctx, call, recv)) out2.push({ at: call, op: `.${name2}()`, left: recv, right: arg });
  }
  return out2;
});
var QUERY_METHODS = /^(filter|or_filter|set|and|or|having|on|find|values|inner_join|left_join|eq_any|update|delete)$/;
function isQueryFilter(ctx, call, recv) {
  const args2 = call.parent;
  const outer = args2?.type === "arguments" ? args2.parent : null;
  if (outer?.type === "call_expression" && QUERY_METHODS.test(calleeName(outer))) return true;
  return recv.type === "identifier" && /\b(diesel|sea_orm|sea_query)::/.test(ctx.model.source.text) && !ctx.values.lookup(recv.text, recv.startIndex);
}
var EQ_METHODS = /* @__PURE__ */ new Set(["eq", "ne"]);
function confirmationPair(a, b) {
  const base = (x2) => x2.trim().replace(/^[&*]+/, "").replace(/(_?(2|again|repeat|repeated|confirm|confirmation|check|retype|retyped|validation|verification))$/i, "").replace(/(^|_)(pass|pwd|pw|passwd)$/i, "$1password");
  const [x, y] = [a.trim().replace(/^[&*]+/, ""), b.trim().replace(/^[&*]+/, "")];
  return x !== y && /^[\w.]+$/.test(x) && /^[\w.]+$/.test(y) && base(x) === base(y);
}
function nonConstantTimeCompare(ctx) {
  const cryptoFile = ctx.resolver.imports(ctx.models.cryptoModules());
  const authFile = AUTH_CONTEXT.test(ctx.model.source.text) || /(^|[/_])(auth|session|login|token)/i.test(ctx.model.path);
  const tokenOperand = (n) => {
    const last = n.type === "identifier" ? n : n.descendantsOfType(["identifier", "field_identifier"]).filter((x) => !!x && x.text !== "Some").pop();
    const w = last ? words(last.text) : [];
    return authFile && w[w.length - 1] === "token" && !w.some((x) => NOT_A_SECRET_TOKEN.test(x) || CMP_EXCLUDE.has(x));
  };
  const verifyingHash = (n, at) => {
    const fn = ctx.model.enclosingFunction(at.startIndex);
    if (!fn || !/^(verify|check|validate|authenticate|compare)/.test(fn.name) || /checksum|crc|etag|integrity|file|digest|signature|pss|padding|rsa/i.test(fn.name + ctx.model.path)) return false;
    return words(n.text.replace(/[^\w]+/g, "_")).includes("hash") && /\b(Sha\d+|sha\d|Md5|md5|Sha1|Blake\w*|digest|Hasher)\b/.test(ctx.model.text(fn));
  };
  for (const { at, op, left, right } of comparisons(ctx)) {
    if (knownValue(left) || knownValue(right)) continue;
    if (/checksum|crc|etag|integrity/i.test(ctx.model.enclosingFunction(at.startIndex)?.name ?? "")) continue;
    const excluded = [left, right].some((n) => words(n.text.replace(/[^\w]+/g, "_")).some((x) => NOT_A_SECRET_TOKEN.test(x) && x !== "token"));
    const secret = [left, right].some((n) => secretOperand(n, cryptoFile) || boundFromSecret(ctx, n, cryptoFile) || elementOfSecretList(ctx, n, cryptoFile) || !excluded && tokenOperand(n) || verifyingHash(n, at));
    if (!secret) continue;
    if (/^self\./.test(left.text) && /^other\./.test(right.text)) continue;
    if ([left, right].some((n) => words(n.text.replace(/\.\s*\w+\s*\(/g, "(").replace(/"[^"]*"/g, "").replace(/[^\w]+/g, "_")).some((x) => CMP_EXCLUDE.has(x)))) continue;
    if (confirmationPair(left.text, right.text)) continue;
    ctx.report(span(at), `\`${quote(ctx.model, at)}\` compares secret bytes with \`${op}\`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use \`subtle::ConstantTimeEq\` (\`a.ct_eq(b).into()\`), \`Mac::verify_slice\`, or \`ring::constant_time::verify_slices_are_equal\` \u2014 and for passwords, a password hash's \`verify_password\`.`);
  }
}
var FIXED_ARRAY = /^\s*&?\s*(?:'\w+\s+)?(?:mut\s+)?\[.*;[^\]]*\]\s*$/s;
function uncheckedSliceLength(ctx) {
  const { model } = ctx;
  const chosen = /* @__PURE__ */ new Map();
  const consider = (at, receiver, bound) => {
    if (!receiver || receiver.type !== "identifier" || !bound) return;
    if (!isFixedBound(ctx, bound)) return;
    const fn = model.enclosingFunction(at.startIndex);
    if (!fn) return;
    const name2 = receiver.text;
    const feeds = feedsDecryption(ctx, fn, at, name2);
    if (!feeds || lengthContract(ctx, fn, name2, at)) return;
    const type = fn.paramTypes.get(name2);
    if (type !== void 0 && (FIXED_ARRAY.test(type) || !/\[[^\[\];]*\]|Vec\s*<|Bytes|impl\s|dyn\s/.test(type))) return;
    if (isFixedLocal(ctx, name2, receiver.startIndex) || writesInto(at)) return;
    const before2 = model.source.text.slice(fn.start, at.startIndex);
    const checked = [name2, ...slicedParents(ctx, receiver)].some((n) => new RegExp(`\\b${escapeRe(n)}\\s*\\.\\s*(len|get|is_empty|split_at_checked|split_first_chunk|first_chunk)\\s*\\(`).test(before2));
    if (checked) return;
    if (new RegExp(`&\\s*mut\\s+${escapeRe(name2)}\\s*\\[\\s*(?:0\\s*)?\\.\\.\\s*${escapeRe(bound.text)}\\s*\\]`).test(before2)) return;
    const { root, steps } = inputRoot(ctx, receiver);
    const key2 = `${fn.start}:${root}`;
    const direct = feeds === "direct";
    const prev = chosen.get(key2);
    if (!prev || steps < prev.steps || steps === prev.steps && direct && !prev.direct) chosen.set(key2, { at, name: name2, bound, direct, steps });
  };
  for (const idx of model.indexes) {
    const value = idx.namedChild(0);
    const range = idx.namedChild(1);
    if (range?.type !== "range_expression") continue;
    const parts2 = range.namedChildren.filter((c) => !!c);
    if (parts2.length === 1) consider(idx, value, parts2[0]);
    else if (parts2.length === 2) consider(idx, value, parts2[1]);
  }
  for (const call of model.calls) {
    const name2 = calleeName(call);
    if (name2 === "drain") {
      const r = argumentsOf(call)[0];
      const parts2 = r?.type === "range_expression" ? r.namedChildren.filter((c) => !!c) : [];
      if (parts2.length === 1) consider(call, receiverOf(call), parts2[0]);
      continue;
    }
    if (!/^(split_at|split_at_mut|split_off|split_to)$/.test(name2)) continue;
    consider(call, receiverOf(call), argumentsOf(call)[0]);
  }
  decodedNonces(ctx);
  for (const { at, name: name2, bound } of chosen.values()) {
    ctx.report(span(at), `\`${quote(model, at)}\` cuts the nonce or tag off \`${name2}\` without checking its length first: an input shorter than ${bound.text} bytes panics (a remote crash for anyone who can send one). Check \`${name2}.len()\` first, or use \`split_at_checked\` / \`get(..)\`.`);
  }
}
function lengthContract(ctx, fn, name2, at) {
  if (fn.params.size !== 1 || !fn.params.has(name2) || at.type !== "index_expression") return false;
  if (!/^(Self|\[u8;\w+\])$/.test(fn.node.childForFieldName("return_type")?.text.replace(/\s+/g, "") ?? "")) return false;
  if (!/^\.\.\s*[^.=\s]/.test(at.namedChild(1)?.text ?? "")) return false;
  return !ctx.model.calls.some((c) => c.startIndex >= fn.start && c.endIndex <= fn.end && isDecryptCall(c, ctx.resolver));
}
var DECODE_CALL = /^(?:[\w:]*\s*::\s*)?decode(?:_config|_to_vec)?$/;
function decodedNonces(ctx) {
  const { model, values } = ctx;
  for (const call of model.calls) {
    if (calleeName(call) !== "from_slice" || receiverOf(call)) continue;
    const path = (call.childForFieldName("function")?.text ?? "").replace(/\s+/g, "");
    if (!/(^|::)(X?Nonce|Tag)(::<[^>]*>)?::from_slice$/.test(path)) continue;
    let arg = argumentsOf(call)[0] ?? null;
    while (arg && (arg.type === "reference_expression" || arg.type === "call_expression" && /^(as_slice|as_ref)$/.test(calleeName(arg)) && receiverOf(arg))) arg = arg.type === "reference_expression" ? arg.childForFieldName("value") : receiverOf(arg);
    if (arg?.type !== "identifier") continue;
    const b = values.lookup(arg.text, arg.startIndex);
    if (b?.kind !== "let" || !b.info.value) continue;
    let v = b.info.value;
    for (let i2 = 0; v && i2 < 4; i2++) {
      if (v.type === "try_expression") v = v.namedChild(0);
      else if (v.type === "call_expression" && /^(unwrap|expect|unwrap_or_default|unwrap_or|unwrap_or_else|map_err|ok|context|with_context)$/.test(calleeName(v)) && receiverOf(v)) v = receiverOf(v);
      else if (v.type === "match_expression") v = v.childForFieldName("value");
      else break;
    }
    if (v?.type !== "call_expression" || !DECODE_CALL.test(calleeName(v))) continue;
    const fn = model.enclosingFunction(call.startIndex);
    if (!fn) continue;
    const between = model.source.text.slice(b.info.start, call.startIndex);
    if (new RegExp(`\\b${escapeRe(arg.text)}\\s*\\.\\s*(len|is_empty|try_into)\\s*\\(`).test(between)) continue;
    const text = (argumentsOf(v)[0]?.text ?? receiverOf(v)?.text ?? "").replace(/^[&*\s]+/, "").replace(/\.(clone|as_str|as_bytes|trim)\(\)$/, "").replace(/\s+/g, "");
    const before2 = model.source.text.slice(fn.start, b.info.start).replace(/\s+/g, "");
    if (text && /^[\w.]+$/.test(text) && before2.includes(`${text}.len()`)) continue;
    ctx.report(span(call), `\`${quote(model, call)}\` takes the nonce decoded from text (\`${quote(model, v, 40)}\`) without checking its length: \`from_slice\` panics unless it is exactly the nonce's size, so a crafted or corrupted input crashes the program. Check \`${arg.text}.len()\` first (or convert with \`try_into()\` and return an error).`);
  }
}
function inputRoot(ctx, id) {
  let name2 = id.text;
  let at = id.startIndex;
  let steps = 0;
  for (let i2 = 0; i2 < 12; i2++) {
    const b = ctx.values.lookup(name2, at);
    const from = b?.kind === "let" && b.info.value ? pieceOf(b.info.value) : null;
    if (b?.kind !== "let" || !from) break;
    name2 = from.text;
    at = b.info.start;
    steps++;
  }
  return { root: name2, steps };
}
function pieceOf(value) {
  let v = value;
  for (let i2 = 0; v && i2 < 6; i2++) {
    if (v.type === "identifier") return v;
    if (v.type === "try_expression" || v.type === "parenthesized_expression") v = v.namedChild(0);
    else if (v.type === "reference_expression") v = v.childForFieldName("value");
    else if (v.type === "index_expression" && v.namedChild(1)?.type === "range_expression") v = v.namedChild(0);
    else if (v.type === "call_expression") {
      const recv = receiverOf(v);
      if (recv) v = /^(split_at|split_at_mut|to_vec|to_owned|clone|as_slice|as_ref)$/.test(calleeName(v)) ? recv : null;
      else v = argumentsOf(v).length === 1 ? argumentsOf(v)[0] : null;
    } else return null;
  }
  return null;
}
function isInputCopy(ctx, at, name2) {
  const b = ctx.values.lookup(name2, at.startIndex);
  if (b?.kind === "param") return true;
  if (b?.kind !== "let") return false;
  const m = /^[&\s]*([a-z_]\w*)\s*\.\s*(clone|to_vec|to_owned)\(\)$/.exec(b.info.value?.text ?? "");
  return !!m && ctx.values.lookup(m[1], b.info.start)?.kind === "param";
}
function cryptoCode(ctx) {
  const modules = ctx.models.cryptoModules();
  return ctx.resolver.imports(modules) || !!ctx.crate?.dependencies.some((d) => modules.includes(d.replace(/-/g, "_")));
}
function slicedParents(ctx, id) {
  const out2 = [];
  let cur = id;
  for (let i2 = 0; i2 < 3 && cur?.type === "identifier"; i2++) {
    const b = ctx.values.lookup(cur.text, cur.startIndex);
    let v = b?.kind === "let" && b.info.simple ? b.info.value : null;
    if (v?.type === "reference_expression") v = v.childForFieldName("value");
    if (v?.type !== "index_expression" || v.namedChild(1)?.type !== "range_expression") break;
    cur = v.namedChild(0);
    if (cur?.type === "identifier") out2.push(cur.text);
  }
  return out2;
}
function isFixedLocal(ctx, name2, at) {
  const b = ctx.values.lookup(name2, at);
  if (b?.kind !== "let") return false;
  if (!b.info.value) {
    return ctx.model.assigns.some((a) => a.startIndex > b.info.start && a.startIndex < at && a.childForFieldName("left")?.text === name2 && /^(vec\s*!\s*\[[^;\]]+;[^\]]+\]|\[[^;\]]+;[^\]]+\])$/.test(a.childForFieldName("right")?.text ?? ""));
  }
  const type = b.info.node.childForFieldName("type")?.text ?? "";
  const value = b.info.value;
  if (value?.type === "array_expression" || FIXED_ARRAY.test(type)) return true;
  if (value?.type === "macro_invocation" && /^vec\s*!\s*\[[^;\]]+;[^\]]+\]$/.test(value.text)) return true;
  if (value?.type === "call_expression" && /^to_(be|le|ne)_bytes$/.test(calleeName(value))) return true;
  let made = value;
  while (made?.type === "call_expression" && /^(into|clone|to_owned|to_vec|as_slice|as_ref)$/.test(calleeName(made)) && receiverOf(made)) made = receiverOf(made);
  if (made?.type === "call_expression" && /^(digest|finalize|finalize_fixed|finalize_reset)$/.test(calleeName(made))) return true;
  const pattern = b.info.node.childForFieldName("pattern");
  return !!value && value.type === "call_expression" && /^split_at(_mut)?$/.test(calleeName(value)) && pattern?.type === "tuple_pattern" && pattern.namedChild(0)?.text === name2;
}
function isFixedBound(ctx, n, depth = 0) {
  const t = n.text.replace(/\s+/g, "");
  if (n.type === "integer_literal" || /^([A-Za-z_]\w*::)*[A-Z][A-Z0-9_]*$/.test(t)) return true;
  const fixedLocal = (id) => {
    if (depth > 3) return false;
    const b = ctx.values.lookup(id.text, id.startIndex);
    return b?.kind === "let" && !!b.info.value && b.info.simple && !b.info.node.children.some((c) => c?.type === "mutable_specifier") && isFixedBound(ctx, b.info.value, depth + 1);
  };
  if (n.type === "identifier") return fixedLocal(n);
  if (n.type === "binary_expression" || n.type === "parenthesized_expression" || n.type === "call_expression") {
    const ids = n.descendantsOfType("identifier").filter((x) => !!x);
    const fn = n.type === "call_expression" ? calleeName(n) : "";
    const fixedIds = ids.every((x) => x.text === fn || /^[A-Z][A-Z0-9_]*$/.test(x.text) || /^(usize|u32|u64)$/.test(x.text) || x.text.endsWith("_len") || x.text.endsWith("_size") || fixedLocal(x));
    return fixedIds && (/[A-Z][A-Z0-9_]{2,}|\b\d+\b/.test(t) || ids.some((x) => fixedLocal(x)));
  }
  return false;
}
function writesInto(slice) {
  const field = slice.parent;
  const call = field?.type === "field_expression" ? field.parent : null;
  if (call?.type === "call_expression" && /^(copy_from_slice|clone_from_slice|fill|copy_within|fill_bytes)$/.test(calleeName(call))) return true;
  const ref = slice.parent;
  const args2 = ref?.type === "reference_expression" && /^&\s*mut\b/.test(ref.text) ? ref.parent : null;
  const reader = args2?.type === "arguments" ? args2.parent : null;
  return reader?.type === "call_expression" && /^(read|read_exact|read_buf|fill_bytes|try_fill_bytes|fill|getrandom|recv|recv_from|peek)$/.test(calleeName(reader));
}
var NONCE_INPUTS = /^(from_slice|clone_from_slice|assume_unique_for_key|try_assume_unique_for_key|try_from|from|from_bytes)$/;
function feedsDecryption(ctx, fn, slice, name2) {
  const bound = [];
  let up2 = slice.parent;
  while (up2 && up2.type !== "let_declaration" && /expression|arguments|reference/.test(up2.type)) up2 = up2.parent;
  if (up2?.type === "let_declaration") {
    const pattern = up2.childForFieldName("pattern");
    if (pattern) bound.push(...pattern.descendantsOfType("identifier").map((i2) => i2?.text ?? ""), pattern.text);
  }
  const re = (names) => names.length ? new RegExp(`\\b(${names.map(escapeRe).join("|")})\\b`) : void 0;
  const viaLet = re(bound.filter(Boolean));
  const mentions = re([name2]);
  let found = false;
  for (const call of ctx.model.calls) {
    if (call.startIndex < fn.start || call.endIndex > fn.end) continue;
    if (!isDecryptCall(call, ctx.resolver) && !(NONCE_INPUTS.test(calleeName(call)) && /Nonce|nonce/.test(call.text))) continue;
    const args2 = call.childForFieldName("arguments");
    if (!args2) continue;
    if (args2.startIndex <= slice.startIndex && slice.endIndex <= args2.endIndex || viaLet?.test(args2.text)) return "direct";
    if (mentions?.test(args2.text)) found = "mention";
  }
  if (!found && [...bound, ...isInputCopy(ctx, slice, name2) ? [name2] : []].some((b) => /(^|_)(nonce|iv)(_|$)/i.test(b)) && cryptoCode(ctx)) return "direct";
  return found;
}

// src/analyzer/checks/hashes.ts
init_apis();
init_model();
init_common();
init_values();
init_names();
init_names();
var HASH_KINDS = /* @__PURE__ */ new Set(["hash-input", "hash-new"]);
var UPDATES = /^(update|chain_update|input|input_str|consume|write_all|digest_update)$/;
function algorithmOf(ctx, call, row) {
  const rowCall = row.call;
  const shape = ctx.resolver.shape(call);
  const t = ctx.models.type(shape.path?.selfType);
  if (t && t.primitive === "hash") return { algorithm: t.algorithm, weak: t.weak === "collisions" };
  if (row.algorithm) return { algorithm: row.algorithm, weak: /^(MD4|MD5|SHA-1)$/.test(row.algorithm) };
  const alg = argumentsOf(call)[0]?.text ?? call.text;
  if (/\bmd5\b|MD5/.test(alg)) return { algorithm: "MD5", weak: true };
  if (/\bsha1\b|SHA1/.test(alg)) return { algorithm: "SHA-1", weak: true };
  if (/sha(256|384|512)|SHA(256|384|512)/i.test(alg)) return { algorithm: `SHA-${/(256|384|512)/.exec(alg)[1]}`, weak: false };
  if (/MessageDigest::/.test(call.text) || rowCall === "hash::hash" || rowCall === "digest::digest") return { algorithm: "a hash", weak: false };
  return void 0;
}
function hashUses(ctx) {
  const { model, resolver } = ctx;
  const names = ctx.models.names(HASH_KINDS);
  const uses = [];
  const covered = [];
  for (const call of model.calls) {
    if (!calleeNameIn(call, names)) continue;
    if (covered.some((c) => contains(c, span(call)))) continue;
    for (const { row, arg } of resolver.sinks(call, HASH_KINDS)) {
      const alg = algorithmOf(ctx, call, row);
      if (!alg) continue;
      const use = { call, ...alg, inputs: [] };
      if (row.kind === "hash-input" && arg) use.inputs.push({ value: arg, at: call });
      else use.inputs.push(...updatesOf(ctx, call));
      covered.push(span(call));
      uses.push(use);
      break;
    }
  }
  return uses;
}
function updatesOf(ctx, ctor) {
  const out2 = [];
  for (let n = ctor.parent; n?.type === "field_expression" && n.parent?.type === "call_expression"; n = n.parent.parent) {
    const call = n.parent;
    if (UPDATES.test(calleeName(call))) for (const a of argumentsOf(call)) out2.push({ value: a, at: call });
  }
  let up2 = ctor.parent;
  while (up2 && /^(try_expression|call_expression|field_expression)$/.test(up2.type)) up2 = up2.parent;
  if (up2?.type !== "let_declaration") return out2;
  const name2 = up2.childForFieldName("pattern")?.text.replace(/^mut\s+/, "");
  const fn = ctx.model.enclosingFunction(ctor.startIndex);
  if (!name2 || !fn) return out2;
  for (const call of ctx.model.calls) {
    if (call.startIndex < up2.endIndex || call.endIndex > fn.end || !UPDATES.test(calleeName(call))) continue;
    const recv = receiverOf(call);
    if (recv?.text.replace(/^\*|^&mut\s*/, "") !== name2) continue;
    for (const a of argumentsOf(call)) out2.push({ value: a, at: call });
  }
  return out2;
}
function isSecretExpr(n) {
  const ids = n.type === "identifier" || n.type === "field_identifier" ? [n] : n.descendantsOfType(["identifier", "field_identifier"]);
  return ids.some((id) => !!id && isSecretName(id.text));
}
var NON_CRYPTO_RNG = /\b(Xoroshiro\w*|Xorshift\w*|Xoshiro\w*|Pcg\w*|SmallRng|SplitMix\w*|Mt19937\w*|Lcg\w*|WyRand|Wyrand)\b/;
function seedOfSimulation(ctx, n) {
  const ids = n.type === "identifier" ? [n] : n.descendantsOfType(["identifier", "field_identifier"]);
  const secrets = ids.filter((id) => !!id && isSecretName(id.text));
  if (!secrets.every((id) => words(id.text).includes("seed"))) return false;
  const fn = ctx.model.enclosingFunction(n.startIndex);
  const impl = fn ? implTypeOf(fn) : "";
  return !!fn && (NON_CRYPTO_RNG.test(ctx.model.text(fn)) || NON_CRYPTO_RNG.test(impl));
}
function hashesPasswordParam(ctx, use) {
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  if (!fn) return false;
  const params = use.inputs.flatMap((i2) => i2.value.descendantsOfType("identifier").concat(i2.value.type === "identifier" ? [i2.value] : [])).map((id) => id?.text ?? "").filter((id) => fn.params.has(id));
  return params.length > 0 && (passwordFunction(ctx, fn) || calledWithPassword(ctx, fn, params));
}
var PASSWORD_PROMPT = /\b(prompt_password\w*|read_password\w*)\s*\(|\bPassword\s*::\s*(new|with_theme)\b/;
function typedAsPassword(ctx, value) {
  let n = value;
  for (let i2 = 0; n && i2 < 4; i2++) {
    const root = /^[&*\s]*(?:mut\s+)?([A-Za-z_]\w*)/.exec(n.text)?.[1];
    if (!root) return false;
    const fn = ctx.model.enclosingFunction(n.startIndex);
    const at = n.startIndex;
    if (fn && ctx.model.assigns.some((a) => a.startIndex >= fn.start && a.endIndex <= at && a.childForFieldName("left")?.text === root && PASSWORD_PROMPT.test(a.childForFieldName("right")?.text ?? ""))) return true;
    const b = ctx.values.lookup(root, n.startIndex);
    if (b?.kind !== "let" || !b.info.value) return false;
    if (PASSWORD_PROMPT.test(b.info.value.text)) return true;
    n = b.info.value;
  }
  return false;
}
function passwordFunction(ctx, fn) {
  const owner = implTypeOf(fn);
  return [fn.name, owner].some((n) => words(n).some((w) => PASSWORD_WORDS.has(w)));
}
function calledWithPassword(ctx, fn, params) {
  const names = fn.node.childForFieldName("parameters")?.namedChildren.filter((p) => p && p.type !== "self_parameter" && p.type !== "attribute_item") ?? [];
  const indexes2 = params.map((p) => names.findIndex((n) => n?.childForFieldName("pattern")?.text === p)).filter((i2) => i2 >= 0);
  return ctx.model.calls.some((c) => calleeName(c) === fn.name && !(c.startIndex >= fn.start && c.endIndex <= fn.end) && indexes2.some((i2) => {
    const arg = argumentsOf(c)[i2];
    return !!arg && isPasswordExpr(arg);
  }));
}
function hashesInMacros(ctx) {
  const rows = macroHashRows(ctx.models);
  const out2 = [];
  for (const mac of ctx.model.macros) {
    const tt = mac.namedChildren.find((c) => c?.type === "token_tree");
    if (!tt) continue;
    const text = tt.text;
    for (const { name: name2, re, algorithm, weak } of rows) {
      if (!text.includes(name2)) continue;
      re.lastIndex = 0;
      for (const hit of text.matchAll(re)) {
        const start2 = tt.startIndex + hit.index;
        out2.push({ start: start2, end: start2 + hit[0].length, algorithm, weak, input: hit[1] });
      }
    }
  }
  return out2;
}
var macroRows = /* @__PURE__ */ new WeakMap();
function macroHashRows(models) {
  let rows = macroRows.get(models);
  if (rows) return rows;
  rows = [];
  for (const m of models.all) {
    for (const r of m.sinks) {
      if (r.kind !== "hash-input" || r.call.startsWith(".")) continue;
      const segs = r.call.split("::");
      const t = m.types.find((x) => x.name === segs[0]);
      const algorithm = t?.algorithm ?? (segs[0] === "md5" ? "MD5" : segs[0] === "blake3" ? "BLAKE3" : "");
      if (!algorithm) continue;
      const re = new RegExp(`\\b${segs.map((x) => x.replace(/[^\w]/g, "")).join("\\s*::\\s*")}\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)`, "g");
      rows.push({ name: segs[segs.length - 1].replace(/[^\w]/g, ""), re, algorithm, weak: t ? t.weak === "collisions" : segs[0] === "md5" });
    }
  }
  macroRows.set(models, rows);
  return rows;
}
var PASSWORD_TEXT = /(^|[^a-z])(password|passwd|pwd|passphrase)(?![a-z_]*hash)/i;
function hashesPassword(ctx, h) {
  if (PASSWORD_TEXT.test(h.input)) return true;
  const fn = ctx.model.enclosingFunction(h.start);
  const params = fn ? (h.input.match(/[A-Za-z_]\w*/g) ?? []).filter((id) => fn.params.has(id)) : [];
  return !!fn && params.length > 0 && calledWithPassword(ctx, fn, params);
}
function weakHash(ctx) {
  for (const h of hashesInMacros(ctx)) {
    if (!h.weak || hashesPassword(ctx, h)) continue;
    const secret = h.input.split(/[^\w]+/).some((w) => w && isSecretName(w));
    ctx.report(h, secret ? `${h.algorithm} of \`${h.input.trim()}\`: ${h.algorithm} has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys.` : `\`${ctx.model.text(h).slice(0, 40)}\` uses ${h.algorithm}, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) \u2014 use SHA-256 there.`, { severity: secret ? "high" : "low" });
  }
  for (const use of hashUses(ctx)) {
    if (!use.weak) continue;
    const password = use.inputs.find((i2) => isPasswordExpr(i2.value));
    if (password || hashesPasswordParam(ctx, use) || keptAsPasswordHash(ctx, use)) continue;
    const secret = use.inputs.find((i2) => isSecretExpr(i2.value) && !seedOfSimulation(ctx, i2.value));
    const transcript = secret && use.inputs.some((i2) => /public_?key|pub_?key|server_id|\bpeer\b/i.test(i2.value.text));
    if (secret && !transcript) {
      ctx.report(span(use.call), `${use.algorithm} of \`${quote(ctx.model, secret.value, 40)}\`: ${use.algorithm} has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys.`, {
        severity: "high",
        related: secret.at !== use.call ? [{ at: span(secret.at), message: "the secret goes into the hash here" }] : []
      });
    } else {
      ctx.report(span(use.call), `\`${quote(ctx.model, use.call, 40)}\` uses ${use.algorithm}, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) \u2014 use SHA-256 there.`, { severity: "low" });
    }
  }
}
var PLAIN_CONVERSIONS = /^(as_str|as_bytes|as_ref|trim|to_string|to_owned|clone|deref)$/;
var STORED_PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "pass", "passphrase"]);
function plaintextPasswordCompares(ctx) {
  const out2 = [];
  for (const { at, left, right } of comparisons(ctx)) {
    const sides = [left, right];
    if (!sides.every((n) => isPasswordExpr(n))) continue;
    if (sides.some((n) => [n, ...n.descendantsOfType("call_expression")].some((c) => c?.type === "call_expression" && !PLAIN_CONVERSIONS.test(calleeName(c))))) continue;
    if (sides.some((n) => words(n.text.replace(/[^\w]+/g, "_")).some((x) => CMP_EXCLUDE.has(x)))) continue;
    const stored = (n) => {
      let cur = n;
      while (cur && /^(unary_expression|reference_expression|parenthesized_expression|call_expression)$/.test(cur.type)) cur = cur.type === "call_expression" ? receiverOf(cur) : cur.namedChild(0);
      const field = cur?.type === "field_expression" ? cur.childForFieldName("field") : null;
      return !!field && words(field.text).some((w) => STORED_PASSWORD_WORDS.has(w));
    };
    if (sides.some(stored)) out2.push(at);
  }
  return out2;
}
var PLAIN_WRAPPERS = /^(Set|Some|Ok|into|to_string|to_owned|clone|as_str|String::from|from|Into::into)$/;
function plainPassword(n) {
  for (let cur = n, i2 = 0; cur && i2 < 6; i2++) {
    if (cur.type === "identifier" || cur.type === "field_expression") return isPasswordExpr(cur) && !isPasswordHashName(cur.text.split(".").pop() ?? "") ? cur : void 0;
    if (cur.type === "reference_expression") cur = cur.childForFieldName("value");
    else if (cur.type === "call_expression" && PLAIN_WRAPPERS.test(calleeName(cur))) {
      const args2 = argumentsOf(cur);
      cur = args2.length === 1 ? args2[0] : args2.length === 0 ? receiverOf(cur) : null;
    } else return void 0;
  }
  return void 0;
}
function plaintextInHashField(ctx) {
  const out2 = [];
  for (const [field, values] of ctx.model.fieldInits) {
    if (!isPasswordHashName(field)) continue;
    for (const v of values) {
      const plain = plainPassword(v);
      if (plain && !filledByCall(ctx, plain)) out2.push({ at: span(v.parent ?? v), field, value: plain, lookup: false });
    }
  }
  for (const call of ctx.model.calls) {
    if (!/^(eq|ne|like|eq_ignore_case)$/.test(calleeName(call))) continue;
    const column = receiverOf(call)?.text.split("::").pop() ?? "";
    const plain = isPasswordHashName(column) ? plainPassword(argumentsOf(call)[0] ?? null) : void 0;
    if (plain) out2.push({ at: span(call), field: column, value: plain, lookup: true });
  }
  return out2;
}
function filledByCall(ctx, value) {
  if (value.type !== "identifier") return false;
  return callsWritingInto(ctx, value.text, value.startIndex).some((c) => /hash|crypt|pbkdf|scrypt|argon|derive|kdf|digest/i.test(calleeName(c)));
}
function weakPasswordHash(ctx) {
  const plain = plaintextInHashField(ctx).sort((a, b) => a.at.start - b.at.start);
  for (const { at, field, value, lookup } of plain.slice(0, 1)) {
    const related = plain.slice(1).map((p) => ({ at: p.at, message: p.lookup ? "the plaintext password is looked up here" : "and stored here" }));
    if (lookup) ctx.report(at, `\`${quote(ctx.model, at, 50)}\` looks the user up by the password itself in the \`${field}\` column: the passwords are stored as plaintext, so whoever reads the database (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (\`argon2::Argon2::default().hash_password(pw, &salt)\`), fetch the user by name and check with \`verify_password\`.`, { related });
    else ctx.report(at, `\`${field}\` is given the password \`${quote(ctx.model, value, 40)}\` itself, not a hash of it: the passwords are stored as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (\`argon2::Argon2::default().hash_password(pw, &salt)\`) and check with \`verify_password\`.`, { related });
  }
  for (const at of plaintextPasswordCompares(ctx)) {
    ctx.report(span(at), `\`${quote(ctx.model, at, 50)}\` compares a stored password with the one presented, in the clear: the passwords are kept as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (\`argon2::Argon2::default().hash_password(pw, &salt)\`) and check with \`verify_password\`.`);
  }
  for (const h of hashesInMacros(ctx)) {
    if (!hashesPassword(ctx, h) || macroPreHashed(ctx, h)) continue;
    ctx.report(h, `Password hashed with one pass of ${h.algorithm} (\`${h.input.trim()}\`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id, scrypt or bcrypt, and check them with \`verify_password\`.`);
  }
  let saltedReported = false;
  for (const use of hashUses(ctx)) {
    const password = passwordInput(ctx, use);
    const kept = password ? void 0 : keptAsPasswordHash(ctx, use);
    if (kept && !feedsKey(ctx, use.call)) {
      ctx.report(span(use.call), `\`${kept}\` is a password hash made with one pass of ${use.algorithm}: a fast hash lets an attacker who gets the stored hashes test billions of guesses per second${use.weak ? ", and MD5/SHA-1 add collisions" : ""}. Store passwords (and PINs) with a password hash: Argon2id (\`argon2::Argon2::default().hash_password(pw, &salt)\`), scrypt or bcrypt, and check them with \`verify_password\`.`);
      continue;
    }
    if (!password) {
      const salted = !saltedReported && !feedsKey(ctx, use.call) ? saltedInput(ctx, use) : void 0;
      if (salted) {
        saltedReported = true;
        ctx.report(span(salted.at), `\`${quote(ctx.model, salted.value, 40)}\` is stored as one pass of ${use.algorithm} over a salt and the value: salted or not, a fast hash lets whoever gets the stored hashes test billions of guesses per second \u2014 if these are passwords (a salted hash checked by recomputing is how passwords are stored), use a password hash: Argon2id (\`argon2::Argon2::default().hash_password(pw, &salt)\`), scrypt or bcrypt.`, {
          related: salted.at !== use.call ? [{ at: span(use.call), message: `the ${use.algorithm} hasher is made here` }] : []
        });
      }
      continue;
    }
    if (feedsKey(ctx, use.call) || keptAsKeyName(ctx, use, password) || preHashed(ctx, use)) continue;
    ctx.report(span(password.at), `Password hashed with one pass of ${use.algorithm} (\`${quote(ctx.model, password.value, 40)}\`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second${use.weak ? ", and MD5/SHA-1 add collisions" : ""}. Store passwords with a password hash: Argon2id (\`argon2::Argon2::default().hash_password(pw, &salt)\`), scrypt or bcrypt, and check them with \`verify_password\`.`, {
      related: password.at !== use.call ? [{ at: span(use.call), message: `the ${use.algorithm} hasher is made here` }] : []
    });
  }
}
var FINALIZE = /^(finalize|finish|finalize_reset|result|sum|hexdigest|digest)$/;
function keptAs(ctx, use) {
  let at = use.call;
  const binding = destinationOf(use.call);
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  if (fn && binding && use.inputs.length && use.inputs.every((i2) => i2.at !== use.call)) {
    const fin = ctx.model.calls.find((c) => c.startIndex > use.call.endIndex && c.endIndex <= fn.end && FINALIZE.test(calleeName(c)) && receiverOf(c)?.text === binding);
    if (fin) at = fin;
  }
  const kept = at === use.call ? binding : destinationOf(at);
  if (!kept || !fn?.body) return kept;
  const tail = tailExpression(fn.body);
  const returned = tail?.type === "identifier" ? tail.text : tail?.type === "return_expression" ? tail.namedChild(0)?.text : void 0;
  return returned === kept ? fn.name : kept;
}
function keptAsPasswordHash(ctx, use) {
  const kept = keptAs(ctx, use);
  return kept && isPasswordHashName(kept) ? kept : void 0;
}
function keptAsKeyName(ctx, use, password) {
  const kept = keptAs(ctx, use);
  const root = /^[&*\s]*(?:mut\s+)?([A-Za-z_]\w*)/.exec(password.value.text)?.[1];
  return kept && kept !== root && isKeyName(kept) ? kept : void 0;
}
function isKeyName(name2) {
  const w = words(name2);
  return w.includes("key") && !isPasswordHashName(name2) && !w.some((x) => /^(cache|map|lookup|id|ids|index|public|pub|hash|hashed|len|name)$/.test(x));
}
function passwordInput(ctx, use) {
  return use.inputs.find((i2) => isPasswordExpr(i2.value) || typedAsPassword(ctx, i2.value)) ?? (hashesPasswordParam(ctx, use) ? use.inputs[0] : void 0);
}
var PASSWORD_HASHER = /^(hash|hash_with_result|hash_with_salt|non_truncating_hash|verify|hash_password|verify_password|hash_encoded|verify_encoded|hash_raw|scrypt_simple|scrypt_check)$/;
var PASSWORD_HASH_CRATES = ["bcrypt", "argon2", "scrypt", "pbkdf2", "password_hash"];
function preHashed(ctx, use) {
  if (!ctx.resolver.imports(PASSWORD_HASH_CRATES)) return false;
  if (inHasher(use.call)) return true;
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  return !!fn && keptAs(ctx, use) === fn.name && everyCallHashed(ctx, fn);
}
function macroPreHashed(ctx, h) {
  if (!ctx.resolver.imports(PASSWORD_HASH_CRATES)) return false;
  const fn = ctx.model.enclosingFunction(h.start);
  const tail = tailExpression(fn?.body ?? null);
  return !!fn && !!tail && tail.startIndex <= h.start && h.start < tail.endIndex && everyCallHashed(ctx, fn);
}
function inHasher(n) {
  for (let p = n.parent, i2 = 0; p && i2 < 8; p = p.parent, i2++) {
    if (p.type === "call_expression" && PASSWORD_HASHER.test(calleeName(p)) && (p.childForFieldName("arguments")?.startIndex ?? Infinity) <= n.startIndex) return true;
    if (/statement|block|let_declaration/.test(p.type)) return false;
  }
  return false;
}
function everyCallHashed(ctx, fn) {
  const calls = ctx.model.calls.filter((c) => calleeName(c) === fn.name && !(c.startIndex >= fn.start && c.endIndex <= fn.end));
  return calls.length > 0 && calls.every(inHasher);
}
function saltedInput(ctx, use) {
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  if (!fn || !use.inputs.length || !words(fn.name).some((w) => /^(hash|hashed|salted|verify|check)$/.test(w))) return void 0;
  if (!comparisons(ctx).some((c) => /hash/i.test(`${c.left.text} ${c.right.text}`))) return void 0;
  const ids = use.inputs.flatMap((i2) => {
    let text = i2.value.text;
    const root = /^[&*\s]*([a-z_]\w*)/.exec(text)?.[1];
    const b = root ? ctx.values.lookup(root, i2.value.startIndex) : void 0;
    if (b?.kind === "let") text += ` ${b.info.value?.text ?? ""}`;
    return text.match(/[A-Za-z_]\w*/g) ?? [];
  });
  if (ids.some((id) => words(id).includes("key"))) return void 0;
  const salted = ids.some((id) => words(id).includes("salt")) && ids.some((id) => fn.params.has(id) && !words(id).includes("salt"));
  return salted ? use.inputs[0] : void 0;
}
var KEY_OR_SALT = /* @__PURE__ */ new Set(["key", "salt"]);
function feedsKey(ctx, call) {
  const fn = ctx.model.enclosingFunction(call.startIndex);
  if (!fn) return false;
  const names = ctx.models.names(KEY_OR_SALT);
  const sinks = ctx.model.calls.filter((c) => calleeNameIn(c, names) && ctx.resolver.sinks(c, KEY_OR_SALT).length > 0);
  if (sinks.some((c) => c.startIndex >= fn.start && c.endIndex <= fn.end)) return true;
  let up2 = call.parent;
  for (let i2 = 0; up2 && i2 < 4 && up2.type !== "field_initializer"; i2++) up2 = up2.parent;
  const field = up2?.type === "field_initializer" ? up2.childForFieldName("field")?.text : void 0;
  if (!field) return false;
  const read = new RegExp(`\\bself\\s*\\.\\s*${field}\\b`);
  return sinks.some((c) => ctx.resolver.sinks(c, KEY_OR_SALT).some(({ arg }) => !!arg && read.test(arg.text)));
}

// src/analyzer/checks/keys.ts
init_names();
init_names();
var keySinks = oncePerFile((ctx) => {
  const out2 = [];
  for (const call of ctx.model.calls) {
    const sink = keySinkOf(call, ctx.resolver);
    if (!sink) continue;
    if (containsKeySink(sink.arg, ctx.resolver)) continue;
    const value = ctx.values.resolve(sink.arg);
    const b = value.binding;
    if (b?.kind === "let" && b.info.value && containsKeySink(b.info.value, ctx.resolver)) continue;
    const direct = unwrapRef(sink.arg);
    if (direct.type === "identifier") {
      const own = ctx.values.lookup(direct.text, direct.startIndex);
      if (own?.kind === "let" && own.info.value && containsKeySink(own.info.value, ctx.resolver)) continue;
    }
    out2.push({ sink, value });
  }
  return out2;
});
function isPasswordOrString(ctx, v, sink) {
  if (!v.origin) return false;
  const recv = ctx.model.tree.rootNode.descendantForIndex(v.origin.start, Math.max(v.origin.start, v.origin.end - 1));
  if (!recv) return false;
  if (isPasswordExpr(recv)) return true;
  if (sink.row.model.modules.includes("hmac") || sink.row.model.modules.includes("jsonwebtoken")) return false;
  const t = ctx.resolver.typeOf(recv);
  if (t === "str" || t === "String") return true;
  const b = v.binding;
  const made = b?.kind === "let" ? b.info.value?.text ?? "" : "";
  return /^(String::from|format!|std::env::var|env::var)|\.to_string\(\)|\.to_owned\(\)|read_line|\bargs\(\)/.test(made);
}
function isPasswordParam(name2) {
  const w = words(name2);
  return w.some((x) => x === "password" || x === "passwd" || x === "passphrase" || x === "pwd") && !w.some((x) => /^(hash|hashed|len|length|policy|key|salt|derived)$/.test(x));
}
function isMacKey(sink) {
  return sink.row.model.modules.includes("hmac") || sink.row.model.modules.includes("jsonwebtoken") || /^(Hmac|SimpleHmac|Cmac|EncodingKey|DecodingKey|hmac|PKey)\b/.test(sink.api);
}
function unwrapRef(n) {
  let cur = n;
  while (cur.type === "reference_expression") cur = cur.childForFieldName("value") ?? cur;
  return cur;
}
function hardcodedKey(ctx) {
  const { model, values } = ctx;
  const reachedItems = /* @__PURE__ */ new Set();
  const hits = keySinks(ctx).filter(({ value: v }) => v.kind === "const" || v.kind === "external");
  const named = (v) => v.kind === "external" ? `ext:${v.name}` : v.binding?.kind === "item" ? `item:${v.binding.info.node.startIndex}` : void 0;
  const done = /* @__PURE__ */ new Set();
  for (const { sink, value: v } of hits) {
    const call = sink.call;
    if (v.binding?.kind === "item") reachedItems.add(v.binding.info);
    const id = named(v);
    if (id && done.has(id)) continue;
    if (id) done.add(id);
    const others = id ? hits.filter((h) => h.sink.call.id !== call.id && named(h.value) === id).map((h) => ({ at: span(h.sink.call), message: `the same key is used here` })) : [];
    const message = `Hard-coded key: \`${quote(model, sink.arg)}\` reaches \`${sink.api}\`${others.length ? ` (and ${others.length} more place${others.length > 1 ? "s" : ""} in this file)` : ""}. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.`;
    if (v.kind === "external") ctx.report(span(call), message, { ifExternalConst: { name: v.name, at: v.origin }, related: others });
    else ctx.report(span(call), message, { related: [...v.origin ? [{ at: v.origin, message: "the key bytes are defined here" }] : [], ...others] });
  }
  literalFallbacks(ctx);
  defaultSecrets(ctx);
  literalCredentials(ctx);
  heuristicKeySinks(ctx);
  const secretNames = new Set(model.source.declaredConsts.filter(isSecretName));
  for (const name2 of secretNames) {
    const item = model.items.get(name2)?.[0];
    if (!item) continue;
    if (reachedItems.has(item) || !isSecretName(name2) || !item.value) continue;
    if (/^(u8|u16|u32|u64|u128|usize|i\d+|isize|bool|f32|f64|char)$/.test(item.typeText.trim())) continue;
    const v = values.resolve(item.value);
    if (v.kind !== "const" || item.value.text.length <= 2) continue;
    if (v.literal !== void 0 && !/^(b|r|br)?#*["']/.test(v.literal)) continue;
    if (v.literal !== void 0 && isLabelText(name2, v.literal)) continue;
    ctx.report(span(item.node), `${SECRET_NAMED} ${item.kind} \`${name2}\` holds a literal value (\`${quote(model, item.value, 40)}\`): a secret committed to source control is a secret shared with everyone who can read it. Load it at run time instead.`, { severity: "high" });
  }
}
function isLabelText(name2, literal) {
  const text = /^"(.*)"$/s.exec(literal)?.[1];
  if (text === void 0 || !/\S\s+\S/.test(text)) return false;
  const said = new Set(words(text));
  const named = words(name2);
  return named.length >= 2 && named.filter((w) => said.has(w)).length * 2 >= named.length;
}
var SECRET_NAMED = "Secret-named";
var KEY_FN = /^(?:(?:set|with|use|from|new_with|load)_)?(?:(?:secret|private|signing|encryption|master|api|hmac|aes|session|shared)_)?(key|secret|password|passphrase)$/;
function literalSecretValue(model, v) {
  if (v.kind !== "const") return false;
  const lit = v.literal ?? (v.origin ? model.text(v.origin) : "");
  if (!lit) return false;
  const str = /^(?:b|r|br)?#*"(.*)"#*$/s.exec(lit)?.[1];
  if (str !== void 0) return str.length >= 8 && !/[\s/:{}]/.test(str);
  return /^\[\s*(0x[0-9a-f]+|\d+)(u8)?\s*(;\s*\d{2,}\s*|(,\s*(0x[0-9a-f]+|\d+)(u8)?\s*){7,})\]$/i.test(lit);
}
function heuristicKeySinks(ctx) {
  const { model, values } = ctx;
  for (const call of model.calls) {
    const name2 = calleeName(call);
    const m = KEY_FN.exec(name2);
    if (!m) continue;
    if (name2 === m[1] && !receiverOf(call)) continue;
    if (model.functionsNamed(name2).length > 0 || keySinkOf(call, ctx.resolver) || nonceSinkOf(call, ctx.resolver)) continue;
    const arg = argumentsOf(call).find((a) => literalSecretValue(model, values.resolve(a)));
    if (!arg) continue;
    const v = values.resolve(arg);
    const method = call.childForFieldName("function")?.childForFieldName("field");
    const at = method ? { start: method.startIndex, end: call.endIndex } : span(call);
    ctx.report(at, `\`${quote(model, at, 50)}\` is given a literal ${m[1] === "password" || m[1] === "passphrase" ? "password" : "key"} (\`${quote(model, v.origin ? { start: v.origin.start, end: v.origin.end } : arg, 30)}\`): by its name, \`${name2}\` takes secret material, and a secret in the source is shared with everyone who can read it. (No model describes \`${name2}\` and its body is not in the crate, so this is judged by the name.) Load it at run time instead.`, {
      severity: "medium",
      related: v.origin ? [{ at: v.origin, message: "the literal" }] : []
    });
  }
}
var CONFIG_READ = /\b(var|var_os|get_string|get_str|get|env|lookup|get_env|dotenv::var)\s*\(/;
var LITERAL_FALLBACK = /^(\|[^|]*\|\s*)?(\{\s*)?(String::from\(|Vec::from\(|)?(b?r?#*"[^"]{4,}"#*)\)?((\s*\.\s*(to_string\(\)|to_owned\(\)|into\(\)|to_vec\(\)|repeat\(\s*\d+\s*\)|as_bytes\(\)|into_bytes\(\)))*)(\s*\})?$/;
var DEFAULT_VALUE_ATTR = /#\[(?:arg|clap|structopt)\([^\]]*\bdefault_value(?:_t)?\s*=\s*"([^"]{4,})"[^\]]*\)\]\s*(?:\/\/\/[^\n]*\n\s*|#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?([a-z_]\w*)\s*:/g;
function literalFallbacks(ctx) {
  const { model } = ctx;
  for (const call of model.calls) {
    const name2 = calleeNameIn(call, FALLBACKS);
    const recv = receiverOf(call);
    const arg = argumentsOf(call)[0];
    if (!name2 || !recv || !arg) continue;
    const fallback = arg.text.replace(/\s+/g, " ").trim();
    if (!LITERAL_FALLBACK.test(fallback)) continue;
    if (!CONFIG_READ.test(recv.text) && !isSecretName(model.enclosingFunction(call.startIndex)?.name ?? "")) continue;
    const setting = /"([^"]+)"/.exec(recv.text)?.[1] ?? "";
    const fn = model.enclosingFunction(call.startIndex);
    let holder;
    for (let up2 = call.parent; up2; up2 = up2.parent) {
      if (/^(let_declaration|static_item|const_item)$/.test(up2.type)) {
        holder = up2.childForFieldName("pattern")?.text ?? up2.childForFieldName("name")?.text;
        break;
      }
      if (up2.type === "function_item") break;
    }
    if (![setting, holder ?? "", fn?.name ?? ""].some((n) => n && isSecretName(n.toLowerCase()))) continue;
    ctx.report(span(call), `\`${quote(model, call, 60)}\` falls back to a literal secret when ${setting ? `\`${setting}\`` : "the setting"} is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (\`.expect("${setting || "SECRET"} must be set")\`), or generate a random key.`, { severity: "high", related: [{ at: span(arg), message: "the literal fallback" }] });
  }
  for (const m of model.source.text.matchAll(DEFAULT_VALUE_ATTR)) {
    if (!isSecretName(m[2])) continue;
    const start2 = m.index;
    ctx.report({ start: start2, end: start2 + m[0].indexOf("]") + 1 }, `Command-line secret \`${m[2]}\` has the literal default \`"${m[1]}"\`: run without the flag, the program uses a key everyone with the source knows. Make the argument required, or read it from the environment without a default.`, { severity: "high" });
  }
}
function defaultSecrets(ctx) {
  const { model } = ctx;
  for (const fn of model.functionsNamed("default")) {
    const impl = fn.node.parent?.parent;
    if (impl?.type !== "impl_item" || impl.childForFieldName("trait")?.text !== "Default" || !fn.body) continue;
    const type = impl.childForFieldName("type")?.text ?? "Self";
    if (!CONFIG_TYPE.test(type.replace(/<.*$/s, ""))) continue;
    for (const [field, values] of model.fieldInits) {
      if (!isSecretName(field)) continue;
      for (const value of values) {
        if (value.startIndex < fn.body.startIndex || value.endIndex > fn.body.endIndex) continue;
        const lit = stringLiteralOf(value);
        if (!lit || lit.length < 8 || /\s/.test(lit)) continue;
        ctx.report(span(value.parent ?? value), `\`${type}::default()\` gives the secret \`${field}\` the literal \`"${lit.length > 30 ? `${lit.slice(0, 29)}\u2026` : lit}"\`: wherever the default is used (a config file without it, \`#[serde(default)]\`, \`..Default::default()\`), the program runs with a key everyone with the source knows. Make the field required (no default), or fail at startup when it is unset.`, { severity: "high" });
      }
    }
  }
}
var CONFIG_TYPE = /(Config|Conf|Cfg|Settings|Options|Opts|Env|Environment|Params|Secrets|Credentials)$/;
function stringLiteralOf(n) {
  let v = n;
  for (let i2 = 0; v && i2 < 3; i2++) {
    if (v.type === "string_literal") return /^"(.*)"$/s.exec(v.text)?.[1];
    if (v.type !== "call_expression") return void 0;
    const recv = receiverOf(v);
    const name2 = calleeName(v);
    if (recv && /^(into|to_string|to_owned)$/.test(name2)) v = recv;
    else if (!recv && name2 === "from" && /^String\s*::/.test(v.text) && argumentsOf(v).length === 1) v = argumentsOf(v)[0];
    else return void 0;
  }
  return void 0;
}
function literalCredentials(ctx) {
  const { model } = ctx;
  if (!/(==|!=)\s*b?"/.test(model.source.text)) return;
  for (const { at, op, left, right } of comparisons(ctx)) {
    const [secret, literal] = right.type === "string_literal" ? [left, right] : left.type === "string_literal" ? [right, left] : [];
    if (!secret || !literal || op !== "==" && op !== "!=") continue;
    const content = literal.text.replace(/^b?"|"$/g, "");
    if (content.length < 3 || /^\s|^(none|null|undefined|true|false)$/i.test(content) || !secretOperand(secret, true) || !CREDENTIAL.test(secret.text)) continue;
    const branch = at.parent?.type === "binary_expression" ? at.parent.parent : at.parent;
    const then = branch?.type === "if_expression" ? branch.childForFieldName("consequence")?.text ?? "" : "";
    if (op === "==" && /\b(Err|bail!|panic!|anyhow!)|return\s+false/.test(then)) continue;
    ctx.report(span(at), `\`${quote(model, at)}\` checks a credential against a literal in the source: anyone who reads the code (or the binary's strings) can log in with it. Compare against a hash stored outside the code (a password hash's \`verify_password\`), or a secret loaded at run time, in constant time.`, { severity: "high" });
  }
}
var CREDENTIAL = /secret|passw|passwd|pwd|token|api_?key/i;
var FALLBACKS = /* @__PURE__ */ new Set(["unwrap_or", "unwrap_or_else", "or", "or_else", "unwrap_or_default"]);
function weakKdf(ctx) {
  const { model, values } = ctx;
  const fromString = /* @__PURE__ */ new Map();
  for (const { sink: key2, value: v } of keySinks(ctx)) {
    const call = key2.call;
    {
      if (v.kind === "string-bytes" && isPasswordOrString(ctx, v, key2)) {
        const written = key2.arg.text.replace(/\s+/g, "");
        const field = /^[&*]*([a-z_]\w*\.[a-z_]\w*)(?![\w(])/.exec(written)?.[1];
        const text = field ?? `${model.enclosingFunction(call.startIndex)?.start ?? 0}:${written}`;
        const first = fromString.get(text);
        if (first) first.others.push(call);
        else fromString.set(text, { call, api: key2.api, arg: key2.arg, origin: v.origin, others: [] });
      } else if (v.kind === "unknown" && v.binding?.kind === "param" && isPasswordParam(v.binding.name) && !isMacKey(key2)) {
        ctx.report(span(call), `Key material for \`${key2.api}\` is the password parameter \`${v.binding.name}\` itself: a password has far less entropy than a key and no salt, so the key falls to a dictionary attack. Derive the key with Argon2id (the \`argon2\` crate) or PBKDF2 with a random salt, and pass the derived key in.`, {
          related: [{ at: span(v.binding.fn.params.get(v.binding.name) ?? key2.arg), message: "the password parameter" }]
        });
      } else if (v.kind === "fast-hash") {
        ctx.report(span(call), `The key for \`${key2.api}\` is one fast hash of its input (\`${quote(model, key2.arg)}\`): an attacker can test billions of password guesses per second. Use a password hashing KDF (Argon2id, scrypt, or PBKDF2 with \u2265 600 000 iterations) with a random salt.`, {
          related: v.origin ? [{ at: v.origin, message: "the single hash" }] : []
        });
      }
    }
  }
  for (const { call, api, arg, origin, others } of fromString.values()) {
    ctx.report(span(call), `Key material for \`${api}\` is taken straight from a string (\`${quote(model, arg)}\`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the \`argon2\` crate) or PBKDF2 with a random salt.`, {
      related: [...origin ? [{ at: origin, message: "the string used as key" }] : [], ...others.map((o) => ({ at: span(o), message: "the same string is the key here too" }))]
    });
  }
  stringCopiedIntoKey(ctx);
  passwordHashedIntoKey(ctx);
  const saltsSeen = /* @__PURE__ */ new Set();
  for (const call of model.calls) {
    const ikm = kdfInputOf(call, ctx.resolver);
    if (ikm && isPassword(ikm.arg, values)) {
      ctx.report(span(call), `\`${ikm.api}\` derives key material from the password \`${quote(model, ikm.arg, 40)}\` in one HKDF pass: HKDF is for input that is already strong (a DH secret, a random key) and does no work per guess. Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with \u2265 600 000 iterations) and a random salt, then HKDF if you need several keys.`);
    }
    const salt = saltSinkOf(call, ctx.resolver);
    if (salt) {
      const v = values.resolve(salt.arg);
      const saltKey = `${model.enclosingFunction(call.startIndex)?.start}:${v.origin?.start ?? v.name ?? ""}`;
      if ((v.kind === "const" || v.kind === "external") && saltsSeen.has(saltKey)) continue;
      saltsSeen.add(saltKey);
      const message = `Constant salt \`${quote(model, salt.arg)}\` passed to \`${salt.api}\`: the same password gives the same key everywhere, so one precomputed table attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`;
      if (v.kind === "fast-hash") {
        ctx.report(span(call), `Salt \`${quote(model, salt.arg)}\` for \`${salt.api}\` is a hash of the input, not random: the same password always gets the same salt, so equal passwords give equal keys and one precomputed table per password attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`, { severity: "medium", related: v.origin ? [{ at: v.origin, message: "the salt is computed here" }] : [] });
      } else if (v.kind === "const") ctx.report(span(call), message, { severity: "medium", related: v.origin ? [{ at: v.origin, message: "the salt is defined here" }] : [] });
      else if (v.kind === "external") ctx.report(span(call), message, { severity: "medium", ifExternalConst: { name: v.name, at: v.origin } });
      else if (v.kind === "unknown" || v.kind === "string-bytes") {
        const fromPassword = saltFromPassword(ctx, salt.arg);
        if (fromPassword) {
          ctx.report(span(call), `Salt \`${quote(model, salt.arg)}\` for \`${salt.api}\` is cut from the password itself (\`${quote(model, fromPassword, 50)}\`), not random: the same password always gets the same salt, so equal passwords give equal keys and one precomputed table per password attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`, { severity: "medium", related: [{ at: span(fromPassword), message: "the salt is copied from the password here" }] });
          continue;
        }
        const env = configuredSalt(ctx, salt.arg);
        if (env) ctx.report(span(call), `Salt \`${quote(model, salt.arg)}\` for \`${salt.api}\` is one value from the configuration (\`${quote(model, env, 50)}\`), not a salt per password: every password of the installation gets the same salt, so equal passwords give equal hashes and one precomputed table attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`, { severity: "medium", related: [{ at: span(env), message: "the salt is read here" }] });
      }
    }
  }
}
function saltFromPassword(ctx, arg) {
  let id = arg;
  while (id?.type === "reference_expression") id = id.childForFieldName("value");
  if (id?.type !== "identifier") return void 0;
  const fn = ctx.model.enclosingFunction(arg.startIndex);
  if (!fn) return void 0;
  return ctx.model.calls.find((c) => {
    if (c.startIndex < fn.start || c.endIndex > arg.startIndex || !/^(copy_from_slice|clone_from_slice)$/.test(calleeName(c)) || receiverOf(c)?.text !== id.text) return false;
    let src = argumentsOf(c)[0] ?? null;
    while (src && (src.type === "reference_expression" || src.type === "index_expression")) src = src.type === "reference_expression" ? src.childForFieldName("value") : src.namedChild(0);
    return !!src && isPassword(src, ctx.values);
  });
}
var CONFIG_VAR = /^(std::)?env::var(_os)?$|^var(_os)?$|^dotenv::var$|^dotenvy::var$/;
function configuredSalt(ctx, arg) {
  const { model, values } = ctx;
  let n = arg;
  for (let i2 = 0; n && i2 < 6; i2++) {
    const read = [n, ...n.descendantsOfType("call_expression")].find((c) => !!c && c.type === "call_expression" && CONFIG_VAR.test(c.childForFieldName("function")?.text.replace(/\s+/g, "") ?? ""));
    if (read) return read;
    const call = [n, ...n.descendantsOfType("call_expression")].find((c) => !!c && c.type === "call_expression" && !receiverOf(c) && model.functionsNamed(calleeName(c)).length === 1);
    const root = /^[&*\s]*(?:mut\s+)?([a-z_]\w*)\s*(?:\.|$)/.exec(n.text)?.[1];
    const b = root ? values.lookup(root, n.startIndex) : void 0;
    if (b?.kind === "let" && b.info.value) n = b.info.value;
    else if (call) n = model.functionsNamed(calleeName(call))[0].body ?? null;
    else return void 0;
  }
  return void 0;
}
function passwordHashedIntoKey(ctx) {
  const { model } = ctx;
  const keyCalls = new Set(keySinks(ctx).map((k) => k.sink.call.id));
  for (const use of hashUses(ctx)) {
    const password = passwordInput(ctx, use);
    const kept = password ? keptAsKeyName(ctx, use, password) : void 0;
    if (!password || !kept) continue;
    const fn = model.enclosingFunction(use.call.startIndex);
    if (fn && model.calls.some((c) => keyCalls.has(c.id) && c.startIndex >= fn.start && c.endIndex <= fn.end)) continue;
    ctx.report(span(use.call), `\`${kept}\` is one pass of ${use.algorithm} over the password \`${quote(model, password.value, 40)}\`: a fast hash with no salt lets an attacker test billions of password guesses per second against anything encrypted with it. Derive the key with a password hashing KDF (Argon2id, scrypt, or PBKDF2 with \u2265 600 000 iterations) and a random salt.`, {
      related: password.at !== use.call ? [{ at: span(password.at), message: "the password goes into the hash here" }] : []
    });
  }
}
function stringCopiedIntoKey(ctx) {
  const { model, values } = ctx;
  for (const call of model.calls) {
    if (!/^(copy_from_slice|clone_from_slice)$/.test(calleeName(call))) continue;
    const target = /^\s*([a-z_]\w*)/.exec(receiverOf(call)?.text ?? "")?.[1];
    const arg = argumentsOf(call)[0];
    if (!target || !arg || !words(target).includes("key") || !isSecretName(target)) continue;
    const root = /^[&*\s]*([a-z_]\w*)/.exec(arg.text)?.[1];
    const b = root ? values.lookup(root, arg.startIndex) : void 0;
    const made = b?.kind === "let" ? b.info.value : arg;
    if (!made || !/\.(as_bytes|bytes)\(\)/.test(made.text)) continue;
    const text = /^[&*\s]*([a-z_]\w*)\s*\.\s*(as_bytes|bytes)\(\)/.exec(made.text)?.[1];
    const fn = model.enclosingFunction(call.startIndex);
    const type = text ? fn?.paramTypes.get(text) ?? ctx.resolver.typeOf(made.descendantsOfType("identifier")[0] ?? made) : void 0;
    if (!text || !(/^&?\s*(mut\s+)?(str|String)$/.test(type?.trim() ?? "") || isPasswordExpr(made))) continue;
    ctx.report(span(call), `Key buffer \`${target}\` is filled with the bytes of the string \`${text}\`: the key is that text, padded or cut to size, with a password's entropy at best and no salt. Derive the key with Argon2id (the \`argon2\` crate) or PBKDF2 and a random salt, or decode a random key (hex/base64) of the right length.`);
  }
}
var KEYISH = /key|nonce|iv|salt|secret|seed/i;
var GENERATORS = /* @__PURE__ */ new Set(["generate", "generate_key", "generate_nonce", "generate_salt", "generate_keypair", "gen_keypair", "generate_key_pair", "generate_secret", "fill_bytes", "try_fill_bytes", "fill", "fill_random", "random_bytes"]);
function weakRng(ctx) {
  const { model, values } = ctx;
  const reported = /* @__PURE__ */ new Set();
  const report = (at, message, related = []) => {
    if (reported.has(at.start)) return;
    reported.add(at.start);
    for (const r of related) reported.add(r.at.start);
    ctx.report(at, message, { related });
  };
  for (const call of model.calls) {
    const name2 = calleeNameIn(call, GENERATORS);
    if (!name2) continue;
    const recv = receiverOf(call);
    const args2 = argumentsOf(call);
    let rngArg;
    if (/^(generate|gen)(_key|_nonce|_salt|_keypair|_key_pair|_secret)?$/.test(name2)) rngArg = args2[0];
    else if (/^(fill_bytes|try_fill_bytes|fill)$/.test(name2) && recv && args2[0] && KEYISH.test(args2[0].text)) rngArg = recv;
    else if (!recv && args2.length >= 2 && args2.some((a) => KEYISH.test(a.text))) rngArg = args2.find((a) => !KEYISH.test(a.text));
    if (!rngArg) continue;
    const v = values.rngValue(rngArg, call);
    if (v?.kind !== "weak-random") continue;
    report(span(call), `\`${quote(model, call)}\` draws key material from ${v.note ?? "a weak generator"}, which is not cryptographically secure (predictable from its seed or output). Use \`OsRng\` or \`rand::thread_rng()\`.`, v.origin ? [{ at: v.origin, message: "the weak generator" }] : []);
  }
  predictableSecretMakers(ctx, report);
  const keys = new Set(keySinks(ctx).map((k) => k.sink.call.id));
  for (const call of model.calls) {
    const sink = nonceSinkOf(call, ctx.resolver) ?? (keys.has(call.id) ? keySinkOf(call, ctx.resolver) : null) ?? saltSinkOf(call, ctx.resolver);
    if (!sink) continue;
    const v = values.resolve(sink.arg);
    if (v.kind !== "weak-random" || v.origin && reported.has(v.origin.start)) continue;
    report(span(call), `\`${quote(model, sink.arg)}\` for \`${sink.api}\` comes from ${v.note ?? "a weak generator"}, which an attacker can predict or repeat. Use \`OsRng\` (or \`generate_nonce(&mut OsRng)\`).`, v.origin ? [{ at: v.origin, message: "the predictable source" }] : []);
  }
  weakSecretDraws(ctx, report);
}
var MAKER = /^(new|generate|gen|create|make|mint|issue|fresh)$/;
var SECRET_THING = /^(token|secret|key|nonce|salt|iv|password|passphrase|otp|secure|crypto|csprng)$/;
function predictableSecretMakers(ctx, report) {
  const { model, models } = ctx;
  for (const fn of model.functions) {
    const w = words(fn.name);
    if (!fn.body || !w.some((x) => MAKER.test(x)) || !w.some((x) => SECRET_THING.test(x))) continue;
    const inFn = model.calls.filter((c) => c.startIndex >= fn.body.startIndex && c.endIndex <= fn.body.endIndex);
    const seeded = inFn.find((c) => /^(seed_from_u64|from_seed)$/.test(calleeName(c)) && (models.weakRandom.test(c.text) || /\bSmallRng\b/.test(c.text)));
    if (seeded) {
      const seed = argumentsOf(seeded)[0];
      const v = seed ? ctx.values.resolve(seed) : void 0;
      report(span(seeded), `\`${fn.name}\` hands out \`${quote(model, seeded, 50)}\`: a non-cryptographic generator seeded with ${v?.kind === "weak-random" ? v.note ?? "a guessable value" : "a 64-bit value"}, so everything drawn from it (nonces, keys, tokens) can be predicted from the seed. Use \`OsRng\` or \`rand::thread_rng()\` for anything secret.`, v?.origin ? [{ at: v.origin, message: "the seed" }] : []);
      continue;
    }
    if (!w.some((x) => /^(token|secret|key|password|otp)$/.test(x))) continue;
    const body2 = fn.body.text;
    if (models.random.test(body2) || /\b(rand|getrandom|uuid|Uuid)::|\brandom\w*\s*\(|\bfill(_bytes)?\s*\(/.test(body2)) continue;
    if (/\b(encode|sign\w*|new_from_slice)\s*\(|EncodingKey|Hmac|\b[Cc]laims\b|\bjwt\b/.test(body2)) continue;
    if (inFn.some((c) => c !== fn.node && /token|secret/i.test(calleeName(c)) && calleeName(c) !== fn.name)) continue;
    const clock = inFn.find((c) => models.clock.test(c.childForFieldName("function")?.text ?? ""));
    if (!clock) continue;
    report(span(clock), `\`${fn.name}\` makes its value from the clock (\`${quote(model, clock, 40)}\`) and nothing random: anyone who knows roughly when it ran can compute it. Draw 32 random bytes from \`OsRng\` (or \`rand::thread_rng()\`) for the token.`);
  }
}
var SECRET_KEPT = /^(token|otp|secret|password|passwd|passphrase|pwd)$/;
function weakSecretDraws(ctx, report) {
  const { model, values, resolver, models } = ctx;
  const namesWeak = models.weakRandom.test(model.source.text);
  for (const call of model.calls) {
    const draw = /^(r#gen|gen|sample|sample_iter|gen_range|random_range|random|next_u32|next_u64)$/.test(calleeName(call));
    if (!draw && !namesWeak) continue;
    const recv = receiverOf(call);
    let v;
    if (recv) {
      if (draw) v = values.rngValue(recv, call);
    } else {
      const resolved = resolver.shape(call).path?.resolved ?? "";
      const weak = models.weakRandom.exec(resolved);
      if (weak && !/seed|from_rng|from_entropy/.test(resolved)) v = { kind: "weak-random", origin: span(call), note: `\`${weak[0]}\`` };
    }
    if (v?.kind !== "weak-random" || v.note === "the system clock") continue;
    const kept = destinationOf(call);
    const w = kept ? words(kept) : [];
    if (!kept || w.some((x) => /^(seed|rng|random)$/.test(x)) || !(w.some((x) => SECRET_KEPT.test(x)) || w.length > 1 && isSecretName(kept))) continue;
    report(span(call), `\`${kept}\` is drawn from ${v.note ?? "a weak generator"}, which is not cryptographically secure: whoever sees a few of its outputs (or guesses its seed) can predict the next \`${kept}\`. Draw secrets from \`OsRng\` or \`rand::thread_rng()\` (e.g. \`Alphanumeric.sample_string(&mut OsRng, 32)\`).`, v.origin && v.origin.start !== call.startIndex ? [{ at: v.origin, message: "the weak generator" }] : []);
  }
}
function containsKeySink(n, r) {
  for (let cur = n; cur; ) {
    if (cur.type === "call_expression") {
      if (keySinkOf(cur, r)) return true;
      cur = receiverOf(cur);
    } else if (cur.type === "reference_expression" || cur.type === "try_expression" || cur.type === "parenthesized_expression" || cur.type === "unary_expression" && cur.text.startsWith("*")) {
      cur = cur.type === "reference_expression" ? cur.childForFieldName("value") : cur.namedChild(0);
    } else return false;
  }
  return false;
}

// src/analyzer/checks/nonce.ts
init_apis();
init_names();
init_model();
init_common();
function nonceUses(ctx) {
  const out2 = [];
  for (const call of ctx.model.calls) {
    const sink = nonceSinkOf(call, ctx.resolver);
    if (sink) out2.push(sink);
    else if (/^(try_)?assume_unique_for_key$/.test(calleeName(call)) && ctx.model.enclosingFunction(call.startIndex)?.name === "advance") {
      const arg = argumentsOf(call)[0];
      if (arg) out2.push({ call, arg, api: "NonceSequence::advance" });
    }
  }
  return out2;
}
function helperNonceUses(ctx, direct) {
  const { model } = ctx;
  const byHelper = /* @__PURE__ */ new Map();
  for (const { call, arg, api } of direct) {
    const fn = model.enclosingFunction(call.startIndex);
    const root = /^[&*\s]*(?:mut\s+)?([a-z_]\w*)\s*$/.exec(arg.text)?.[1];
    if (!fn || !root || root === "self" || !fn.params.has(root)) continue;
    const params = fn.node.childForFieldName("parameters")?.namedChildren.filter((p) => p && p.type !== "attribute_item" && p.type !== "self_parameter") ?? [];
    const index = params.findIndex((p) => p?.childForFieldName("pattern")?.text.replace(/^mut\s+/, "") === root);
    if (index >= 0 && !byHelper.has(fn.name)) byHelper.set(fn.name, { index, api });
  }
  if (byHelper.size === 0) return [];
  const out2 = [];
  for (const call of model.calls) {
    const recv = receiverOf(call);
    const helper = byHelper.get(calleeName(call));
    if (!helper || recv && recv.type !== "self") continue;
    const arg = argumentsOf(call)[helper.index];
    if (arg) out2.push({ call, arg, api: `${calleeName(call)}` });
  }
  return out2;
}
var AEAD_TYPES = {
  "AES-128-GCM": "Aes128Gcm",
  "AES-256-GCM": "Aes256Gcm",
  "AES-128-GCM-SIV": "Aes128GcmSiv",
  "AES-256-GCM-SIV": "Aes256GcmSiv",
  "ChaCha20-Poly1305": "ChaCha20Poly1305",
  "XChaCha20-Poly1305": "XChaCha20Poly1305"
};
function freshNonceAdvice(cipher, api) {
  const tail = "or use a counter that never repeats.";
  if (/^(LessSafeKey|SealingKey|OpeningKey)$/.test(cipher.type ?? "") || /seal_in_place|open_in_place|assume_unique_for_key|NonceSequence/.test(api))
    return `Generate a fresh random nonce for each message (e.g. \`let mut n = [0u8; NONCE_LEN]; SystemRandom::new().fill(&mut n)?;\` then \`Nonce::assume_unique_for_key(n)\`) ${tail}`;
  if (/^(secretbox|box_|aead|[a-z0-9_]+)::seal$/.test(api) && /secretbox|box_/.test(api)) return `Generate a fresh random nonce for each message (e.g. \`let nonce = ${api.replace(/::seal$/, "")}::gen_nonce();\`) ${tail}`;
  if (/StreamBE32|StreamLE31|EncryptorBE32|EncryptorLE31|from_aead/.test(api) || cipher.label === "STREAM")
    return `Generate a fresh random stream nonce for each message (e.g. \`let mut n = [0u8; 7]; OsRng.fill_bytes(&mut n);\`, 7 bytes for a 12-byte AEAD nonce with StreamBE32) ${tail}`;
  if (/symm::|Crypter/.test(api) || !cipher.type && /^(en|de)crypt(_aead)?$/.test(api) && /^[A-Za-z]+\d*-\d+(-\w+)?$/.test(cipher.label))
    return `Generate a fresh random IV for each message (e.g. \`let mut iv = [0u8; 16]; openssl::rand::rand_bytes(&mut iv)?;\`, sized to the cipher's IV) ${tail}`;
  const aead = cipher.type && /^(Aes\d+(Gcm(Siv)?|SivAead)|X?ChaCha(8|12|20)Poly1305)$/.test(cipher.type) ? cipher.type : AEAD_TYPES[cipher.label];
  if (aead) return `Generate a fresh random nonce for each message (e.g. \`${aead}::generate_nonce(&mut OsRng)\`) ${tail}`;
  if (/CBC|ECB|CFB|OFB|CTR|ChaCha20$|Salsa20|stream|block mode/i.test(cipher.label)) {
    const size = /^X(ChaCha|Salsa)20$/.test(cipher.label) ? 24 : cipher.type === "ChaCha20Legacy" || cipher.label === "Salsa20" ? 8 : cipher.label === "ChaCha20" ? 12 : 16;
    return `Generate a fresh random IV for each message (e.g. \`let mut iv = [0u8; ${size}]; OsRng.fill_bytes(&mut iv);\`) ${tail}`;
  }
  return `Generate a fresh random nonce for each message with the cipher's \`generate_nonce(&mut OsRng)\` ${tail}`;
}
function constantNonce(ctx) {
  const { model, values } = ctx;
  for (const { call, arg, api } of nonceUses(ctx)) {
    const v = values.resolve(arg);
    if (v.kind !== "const" && v.kind !== "external") continue;
    if (/^(new|new_var|new_from_slices)$/.test(calleeName(call)) && /decrypt|decipher/i.test(model.enclosingFunction(call.startIndex)?.name ?? "")) continue;
    const cipher = cipherOf(ctx, call);
    const { label, misuseResistant } = cipher;
    const fresh = freshKeyOf(ctx, call);
    const severity = fresh ? "low" : misuseResistant ? "high" : void 0;
    const consequence = severity ? "GCM-SIV tolerates a repeated nonce better than GCM, but it still reveals which messages are equal" : /CBC|ECB|CFB|OFB/.test(label) ? `with ${label} a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts` : `with ${label} a repeated nonce reveals the XOR of the plaintexts${/GCM|Poly1305|cipher/.test(label) ? " and lets an attacker forge authentication tags" : ""}`;
    const shown = quote(model, arg);
    const defined = v.kind === "external" ? v.name : v.origin ? quote(model, v.origin, 40) : "";
    const what = defined && !shown.includes(defined) ? `\`${shown}\` (= \`${defined}\`)` : `\`${shown}\``;
    const message = fresh ? `Constant nonce ${what} passed to \`${api}\`, under a key made fresh in this function (\`${quote(model, fresh, 40)}\`), so no key and nonce pair repeats as written; if the key is ever kept or reused, every message reuses the nonce. Prefer a random nonce anyway.` : `Constant nonce ${what} passed to \`${api}\`: every message under this key reuses it, and ${consequence}. ${freshNonceAdvice(cipher, api)}`;
    if (v.kind === "external") ctx.report(span(call), message, { severity, ifExternalConst: { name: v.name, at: v.origin } });
    else ctx.report(span(call), message, { severity, related: v.origin ? [{ at: v.origin, message: "the constant nonce is defined here" }] : [] });
  }
}
var FRESH_KEY = /\b(diffie_hellman|ephemeral|Ephemeral|EphemeralSecret)\b/;
function freshKeyOf(ctx, call) {
  const recv = receiverOf(call);
  if (recv?.type !== "identifier") return void 0;
  const b = ctx.values.lookup(recv.text, recv.startIndex);
  const ctor = b?.kind === "let" ? b.info.value : void 0;
  const fn = ctx.model.enclosingFunction(call.startIndex);
  if (!ctor || !fn || ctor.type !== "call_expression" && ctor.type !== "try_expression") return void 0;
  let built = ctor;
  for (let i2 = 0; i2 < 4; i2++) {
    const inner = built.type === "try_expression" ? built.namedChild(0) : built.type === "call_expression" && /^(unwrap|expect)$/.test(calleeName(built)) ? receiverOf(built) : null;
    if (!inner) break;
    built = inner;
  }
  const keyArg = argumentsOf(built)[0] ?? (ctor.namedChild(0) ? argumentsOf(ctor.namedChild(0))[0] : void 0);
  if (!keyArg) return void 0;
  const root = /^[&*\s]*([a-z_]\w*)/.exec(keyArg.text)?.[1];
  const kb = root ? ctx.values.lookup(root, keyArg.startIndex) : void 0;
  const made = kb?.kind === "let" ? kb.info.value?.text ?? "" : "";
  return FRESH_KEY.test(made) || FRESH_KEY.test(keyArg.text) ? keyArg : void 0;
}
function nonceReuse(ctx) {
  const { model, values } = ctx;
  const uses = nonceUses(ctx);
  const reported = /* @__PURE__ */ new Set();
  const report = (call, message, related) => {
    if (reported.has(call.id)) return;
    reported.add(call.id);
    ctx.report(span(call), message, { related });
  };
  const firstUse = /* @__PURE__ */ new Map();
  const fieldsReported = /* @__PURE__ */ new Set();
  let derived;
  nonceSequenceThatStays(ctx);
  const viaHelpers = new Set(helperNonceUses(ctx, uses).map((u) => (uses.push(u), u.call.id)));
  for (const { call, arg, api } of uses) {
    const v = values.resolve(arg);
    if (viaHelpers.has(call.id) && v.binding?.kind !== "field") continue;
    if (v.kind === "const" || v.kind === "external" || v.mutated) continue;
    const b = v.binding;
    const argText = quote(model, arg);
    if (b?.kind === "let" || b?.kind === "param") {
      const bindAt = b.kind === "let" ? b.info.start : b.fn.params.get(b.name)?.startIndex ?? b.fn.start;
      const loops = model.loopsBetween(bindAt, span(call)).filter((l) => !cipherMadeIn(ctx, call, l));
      if (loops.length > 0) {
        const bindLine = model.source.lineOf(bindAt);
        report(call, `Nonce \`${argText}\` is made once (line ${bindLine}) outside the loop at line ${model.source.lineOf(loops[0].start)} and used by \`${api}\` on every iteration: each message after the first is encrypted under the same key and nonce. Make a fresh nonce inside the loop.`, [
          { at: b.kind === "let" ? b.info : span(b.fn.params.get(b.name)), message: "the nonce is made here, once" }
        ]);
        continue;
      }
      const fn = model.enclosingFunction(call.startIndex);
      const key2 = `${fn?.start}:${b.kind === "let" ? b.info.start : b.name}:${receiverOf(call)?.text ?? ""}`;
      const first = firstUse.get(key2);
      if (first && first.origin === v.origin?.start && !inDifferentBranches(first.call, call)) {
        report(call, `Nonce \`${argText}\` was already used for an encryption at line ${model.source.lineOf(first.call.startIndex)} under the same key; using it again for \`${api}\` repeats the nonce. Make a new nonce for each message.`, [
          { at: span(first.call), message: "first encryption with this nonce" }
        ]);
      } else firstUse.set(key2, { call, origin: v.origin?.start });
    }
    const kept = keptInStatic(ctx, arg);
    if (kept && !freshCipher(ctx, call)) {
      const def = kept.item ? [{ at: span(kept.item.node), message: `\`${kept.name}\` holds one nonce for the whole process` }] : [];
      report(call, `Nonce \`${argText}\` is made once per process and kept in the static \`${kept.name}\` (${kept.how}): every \`${api}\` after the first encrypts under the same key and nonce. Generate a fresh nonce for each message (\`generate_nonce(&mut OsRng)\` at the call) and keep only the key in the static.`, [...def, ...kept.at ? [{ at: span(kept.at), message: "the nonce is taken from the static here" }] : []]);
      continue;
    }
    if (b?.kind === "field" && !b.advanced) {
      if (fieldsReported.has(b.name)) continue;
      fieldsReported.add(b.name);
      const setIn = v.origin ? model.enclosingFunction(v.origin.start) : void 0;
      if (setIn && (derived ??= keyDerivedNonces(ctx)).has(setIn.start)) continue;
      const fn = model.enclosingFunction(call.startIndex);
      report(call, `Nonce \`${argText}\` comes from the field \`${b.name}\`, which nothing ever advances: every call of \`${fn?.name ?? "this method"}\` encrypts under the same key and nonce. Generate a nonce per message, or increment a counter field and refuse to wrap.`, v.origin ? [{ at: v.origin, message: `\`${b.name}\` is set here and never changed` }] : []);
    }
  }
  if (uses.length === 0) return;
  for (const call of model.calls) {
    if (!/^wrapping_(add|inc)$/.test(calleeName(call))) continue;
    const recv = receiverOf(call);
    if (recv && /nonce|counter|ctr|seq/i.test(recv.text)) {
      report(call, `Nonce counter \`${quote(model, recv)}\` uses \`${calleeName(call)}\`: after it wraps around, nonces repeat under the same key. Use \`checked_add\` and stop (or re-key) when it would overflow.`, []);
    }
  }
}
var ONCE_INIT = /^(get_or_init|get_or_try_init|get_or_insert_with|get_or_init_with|force)$/;
var PASS_THROUGH2 = /^(unwrap|expect|clone|cloned|copied|as_ref|as_slice|deref|to_owned)$/;
var STATIC_NAME = /^[A-Z][A-Z0-9_]*$/;
var LAZY_VALUE = /^(?:[\w:]*::)?(?:Lazy|LazyLock|LazyCell)\s*(?:::<[^>]*>)?\s*::\s*new\b/;
function keptInStatic(ctx, arg) {
  const { model, values } = ctx;
  let n = arg;
  for (let depth = 0; n && depth < 8; depth++) {
    if (n.type === "reference_expression") n = n.childForFieldName("value");
    else if (n.type === "unary_expression" || n.type === "parenthesized_expression") n = n.namedChild(0);
    else if (n.type === "identifier" && STATIC_NAME.test(n.text)) {
      const item = model.items.get(n.text)?.[0];
      if (item?.kind !== "static" || item.mutable || !item.value) return void 0;
      if (LAZY_VALUE.test(item.value.text)) return { name: item.name, how: "a lazily initialised static", item };
      return values.resolve(item.value).kind === "random" ? { name: item.name, how: "a lazy static", item } : void 0;
    } else if (n.type === "identifier") {
      const b = values.lookup(n.text, n.startIndex);
      if (b?.kind !== "let" || !b.info.simple) return void 0;
      n = b.info.value;
    } else if (n.type === "call_expression") {
      const name2 = calleeName(n);
      const recv = receiverOf(n);
      if (recv && PASS_THROUGH2.test(name2)) n = recv;
      else if (!recv && /^(from_slice|clone_from_slice|from)$/.test(name2) && argumentsOf(n).length === 1) n = argumentsOf(n)[0];
      else if (recv && ONCE_INIT.test(name2)) {
        const cell = recv.type === "identifier" ? recv.text : recv.type === "scoped_identifier" ? recv.childForFieldName("name")?.text ?? "" : "";
        if (!STATIC_NAME.test(cell)) return void 0;
        return { name: cell, how: `\`${name2}\` fills it on first use`, item: model.items.get(cell)?.[0], at: n };
      } else return void 0;
    } else return void 0;
  }
  return void 0;
}
function freshCipher(ctx, call) {
  const recv = receiverOf(call);
  if (recv?.type !== "identifier") return false;
  const b = ctx.values.lookup(recv.text, recv.startIndex);
  const made = b?.kind === "let" ? b.info.value : null;
  if (made?.type !== "call_expression" || receiverOf(made) || !/^(new|new_from_slice|new_from_slices)$/.test(calleeName(made))) return false;
  const key2 = argumentsOf(made)[0];
  return !!key2 && ctx.values.resolve(key2).kind === "random";
}
var ADVANCES = /self\s*\.\s*\w+(\s*\.\s*\w+)*\s*(=[^=]|\+=|-=|\^=|\|=)|&mut\s+self\s*\.|\.\s*(increment\w*|checked_add\w*|wrapping_add\w*|overflowing_add|fetch_add|fill|fill_bytes|try_fill_bytes|next\w*)\s*\(|\b(OsRng|thread_rng|SystemRandom|getrandom|rand_bytes)\b/;
function nonceSequenceThatStays(ctx) {
  for (const fn of ctx.model.functionsNamed("advance")) {
    const impl = fn.node.parent?.parent;
    if (impl?.type !== "impl_item" || !/NonceSequence/.test(impl.childForFieldName("trait")?.text ?? "") || !fn.body) continue;
    const body2 = fn.body.text;
    if (ADVANCES.test(body2)) continue;
    const made = ctx.model.calls.find((c) => c.startIndex >= fn.body.startIndex && c.endIndex <= fn.body.endIndex && /^(try_)?assume_unique_for_key$/.test(calleeName(c)));
    const arg = made ? argumentsOf(made)[0] : void 0;
    if (!made || !arg || /^&?\s*self\s*\.\s*\w+\s*$/.test(arg.text) || ["const", "external"].includes(ctx.values.resolve(arg).kind)) continue;
    ctx.report(span(made), `\`advance\` of \`${impl.childForFieldName("type")?.text ?? "this NonceSequence"}\` returns a nonce without changing anything: every seal under a key built with it uses the same nonce, and with AES-GCM or ChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Count a field up (refusing to wrap) and build the nonce from it.`, { related: [{ at: span(fn.body), message: "nothing here advances the sequence" }] });
  }
}
function cipherMadeIn(ctx, call, within) {
  const recv = receiverOf(call);
  if (!recv) return false;
  if (recv.type !== "identifier") return within.start <= recv.startIndex && recv.type === "call_expression";
  const b = ctx.values.lookup(recv.text, recv.startIndex);
  return b?.kind === "let" && within.start <= b.info.start && b.info.end <= within.end;
}
function predictableNonce(ctx) {
  for (const { at, source } of keyDerivedNonces(ctx).values()) {
    ctx.report(span(at), `The nonce is made from key material (\`${source}\`): it is the same for every message under that key, so every encryption reuses one nonce \u2014 with AES-GCM or ChaCha20-Poly1305 that reveals the XOR of the plaintexts and lets an attacker forge tags \u2014 and the nonce, which travels in the clear, gives away part of what the key was made from. Generate a random nonce per message (\`Aes256Gcm::generate_nonce(&mut OsRng)\`) and store it beside the ciphertext.`);
  }
}
function keyDerivedNonces(ctx) {
  const { model } = ctx;
  const around = (n) => model.functionsAround(n.startIndex);
  const keyIds = /* @__PURE__ */ new Map();
  for (const c of model.calls) {
    const s = keySinkOf(c, ctx.resolver);
    if (!s) continue;
    for (const fn of around(s.call)) {
      let ids = keyIds.get(fn);
      if (!ids) keyIds.set(fn, ids = /* @__PURE__ */ new Set());
      for (const id of identifiersOf(s.arg)) ids.add(id);
      for (const m of s.arg.text.matchAll(/\bself\s*\.\s*(\w+)/g)) {
        for (const v of model.fieldInits.get(m[1]) ?? []) if (fn.start <= v.startIndex && v.endIndex <= fn.end) for (const id of identifiersOf(v)) ids.add(id);
      }
    }
  }
  const found = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  const consider = (kind, at, value) => {
    for (const fn of around(at)) {
      if (found[kind].has(fn)) continue;
      const ids = keyIds.get(fn);
      const src = slicedFrom(value).find((id) => ids?.has(id) || isSecretName(id) && !NONCE_NAME.test(id));
      if (src) found[kind].set(fn, { at, source: src });
    }
  };
  for (const l of model.lets) if (l.simple && l.value && NONCE_NAME.test(l.names[0] ?? "") && COPYING.test(l.value.type)) consider(0, l.node, l.value);
  for (const a of model.assigns) {
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    const target = left?.type === "index_expression" ? left.namedChild(0) : left;
    if (target && right && NONCE_NAME.test(target.text) && COPYING.test(right.type)) consider(1, a, right);
  }
  for (const call of model.calls) {
    const name2 = calleeName(call);
    const recv = receiverOf(call);
    const arg = argumentsOf(call)[0];
    if (recv && arg && /^(copy_from_slice|clone_from_slice)$/.test(name2) && NONCE_NAME.test(recv.text)) consider(2, call, arg);
    const sink = nonceSinkOf(call, ctx.resolver);
    const nonceArg = sink?.arg ?? (/^(from_slice|clone_from_slice|from)$/.test(name2) && /Nonce|Iv\b|IV/.test(call.childForFieldName("function")?.text ?? "") ? arg : void 0);
    if (nonceArg) consider(2, call, nonceArg);
  }
  const out2 = /* @__PURE__ */ new Map();
  for (const fn of model.functions) {
    const first = found[0].get(fn) ?? found[1].get(fn) ?? found[2].get(fn);
    if (first) out2.set(fn.start, first);
  }
  return out2;
}
var NONCE_NAME = /(^|_)(nonce|iv)(_|$)|^(nonce|iv)\w*$/i;
var COPYING = /^(index_expression|reference_expression|field_expression|call_expression)$/;
function identifiersOf(n) {
  const ids = n.type === "identifier" ? [n] : n.descendantsOfType("identifier");
  return ids.map((i2) => i2?.text ?? "").filter((t) => t && t !== "self" && !/^[A-Z]/.test(t));
}
function slicedFrom(n) {
  const out2 = [];
  for (const idx of n.type === "index_expression" ? [n] : n.descendantsOfType("index_expression")) {
    let cur = idx?.namedChild(0) ?? null;
    while (cur && cur.type !== "identifier") {
      if (cur.type === "call_expression") cur = cur.childForFieldName("function");
      else if (cur.type === "field_expression") cur = cur.childForFieldName("value");
      else if (cur.type === "reference_expression" || cur.type === "parenthesized_expression") cur = cur.namedChild(0);
      else cur = null;
    }
    if (cur && cur.text !== "self") out2.push(cur.text);
  }
  return out2;
}

// src/analyzer/checks/index.ts
init_cost();

// src/analyzer/checks/rsa.ts
init_apis();
init_values();
init_model();
init_common();
var KINDS = /* @__PURE__ */ new Set(["rsa-bits", "rsa-encrypt-padding"]);
var MIN_BITS = 2048;
function weakRsa(ctx) {
  const { model, values, resolver } = ctx;
  const names = ctx.models.names(KINDS);
  weakDefaultPadding(ctx);
  const sizedIn = /* @__PURE__ */ new Set();
  const firstInFn = (at) => {
    const fn = model.enclosingFunction(at)?.start ?? -1;
    if (sizedIn.has(fn)) return false;
    sizedIn.add(fn);
    return true;
  };
  for (const call of model.calls) {
    if (!calleeNameIn(call, names)) continue;
    for (const { row, arg } of resolver.sinks(call, KINDS)) {
      if (!arg) continue;
      if (row.kind === "rsa-bits") {
        const v = values.resolve(arg);
        const message = (bits2) => `RSA key of ${bits2} bits (\`${quote(model, call, 60)}\`): keys under ${MIN_BITS} bits are below NIST's minimum (SP 800-57, SP 800-131A) and 1024-bit moduli are within reach of well-funded attackers. Generate at least 2048-bit keys (3072 for use beyond 2030).`;
        if (v.kind === "external" && v.name) ctx.report(span(call), message("{{value}}"), { ifExternalConst: { name: v.name, below: MIN_BITS, at: v.origin } });
        const bits = v.kind === "const" ? integerLiteral(v.literal) : void 0;
        if (bits !== void 0 && bits < MIN_BITS && firstInFn(call.startIndex)) ctx.report(span(call), message(bits.toLocaleString("en-US")), { related: v.origin && v.binding ? [{ at: v.origin, message: "the key size is set here" }] : [] });
        continue;
      }
      const b = arg.type === "identifier" ? values.lookup(arg.text, arg.startIndex) : void 0;
      const text = b?.kind === "let" && b.info.value ? b.info.value.text : arg.text;
      const weak = [...text.matchAll(/[A-Za-z_][\w:]*/g)].map((m) => ctx.models.value(m[0])).find((v) => v?.kind === "weak-rsa-padding" || v?.kind === "no-rsa-padding");
      if (!weak) continue;
      if (weak.kind === "no-rsa-padding") {
        ctx.report(span(call), `Textbook RSA: \`${quote(model, call, 60)}\` ${/decrypt/.test(call.text) ? "decrypts" : "encrypts"} without padding (\`${quote(model, arg, 40)}\`). Raw RSA is deterministic (equal messages give equal ciphertexts, so a guessed message can be confirmed), malleable (ciphertexts multiply), and a short or zero-prefixed message leaks through small-exponent and Coppersmith attacks. Use OAEP (\`Padding::PKCS1_OAEP\`, \`Oaep::new::<Sha256>()\`), or better a hybrid scheme (HPKE, or X25519 + an AEAD).`);
        continue;
      }
      ctx.report(span(call), `RSA ${/decrypt/.test(call.text) ? "decryption" : "encryption"} with PKCS#1 v1.5 padding (\`${quote(model, arg, 40)}\`): it is open to padding-oracle attacks (Bleichenbacher 1998; the Marvin attack still finds timing oracles in current libraries), so anyone who can submit ciphertexts may decrypt them. Use OAEP (\`Oaep::new::<Sha256>()\`, \`Padding::PKCS1_OAEP\`), or better a hybrid scheme (HPKE, or X25519 + an AEAD).`);
    }
  }
}
function weakDefaultPadding(ctx) {
  const { model } = ctx;
  if (!/=>\s*[\w:]*PKCS1\b|=>\s*[\w:]*Pkcs1v15Encrypt\b/.test(model.source.text)) return;
  for (const arm of model.tree.rootNode.descendantsOfType("match_arm")) {
    const pattern = arm?.childForFieldName("pattern");
    const value = arm?.childForFieldName("value");
    if (!arm || !pattern || !value) continue;
    const alternatives2 = pattern.text.split("|").map((p) => p.trim());
    if (!alternatives2.some((p) => p === "None" || p === "_")) continue;
    const weak = ctx.models.value(value.text.trim());
    if (weak?.kind !== "weak-rsa-padding") continue;
    ctx.report(span(arm), `PKCS#1 v1.5 is the default RSA padding here (\`${quote(model, arm, 50)}\`): whoever does not name a padding encrypts with the one open to padding-oracle attacks (Bleichenbacher; Marvin). Default to OAEP (\`Padding::PKCS1_OAEP\`, \`Oaep::new::<Sha256>()\`) and make PKCS#1 v1.5 an explicit, legacy choice.`);
  }
}

// src/analyzer/checks/ciphers.ts
init_apis();
init_model();
init_common();
init_names();
var CONSTRUCTORS2 = /^(new|new_from_slices?|new_var\w*|new_with\w*|new_varkey|new_fix|from_core|init|inner_iv_init|inner_iv_slice_init|with_(en|de)crypt_key|with_key_and_nonce)$/;
var RUST_CRYPTO_MODULES = /^(aes|aes_gcm|aessafe|blockmodes|blowfish|buffer|chacha20|chacha20poly1305|curve25519|digest|ed25519|fortuna|hmac|hkdf|mac|md5|pbkdf2|poly1305|rc4|ripemd160|salsa20|scrypt|sha1|sha2|sha3|symmetriccipher|util|bcrypt|bcrypt_pbkdf|aead|cryptoutil|des|ghash|whirlpool|blake2b|blake2s|sosemanuk)\b/;
var MAC_IN_SIGHT = /\b(Hmac\w*|hmac::|Mac::|Mac>|verify_slice|verify_truncated_left|Poly1305|Cmac|constant_time_eq|ct_eq)\b|\.verify\(/;
function brokenCipher(ctx) {
  const { model } = ctx;
  const text = model.source.text;
  reportRustCrypto(ctx);
  handWrittenRc4(ctx);
  const broken = ctx.models.all.flatMap((m) => m.types.filter((t) => t.weak === "broken" && t.name !== "Ecb"));
  const unauth = ctx.models.all.flatMap((m) => m.types.filter((t) => t.weak === "unauthenticated"));
  const brokenRe = broken.length ? new RegExp(`\\b(${broken.map((t) => t.name).join("|")})\\b`) : /$^/;
  const macInSight = (at) => MAC_IN_SIGHT.test(model.text(model.enclosingFunction(at.startIndex) ?? { start: 0, end: text.length }));
  const unauthenticated = [];
  const ecbEncrypt = [];
  const ecbDecrypt = [];
  const paddedEncrypt = [];
  const paddedDecrypt = [];
  const bufferEncrypt = [];
  const bufferDecrypt = [];
  for (const call of model.calls) {
    const name2 = calleeName(call);
    if (CONSTRUCTORS2.test(name2) && !receiverOf(call)) {
      if (ctx.resolver.shape(call).path?.local) continue;
      const typeText = constructedTypeText(ctx, call);
      if (!typeText) continue;
      const weak = brokenRe.exec(typeText);
      if (weak) {
        const alg = broken.find((t) => t.name === weak[1]).algorithm;
        ctx.report(span(call), `\`${quote(model, call, 50)}\` constructs ${alg}, which is broken or weak (DES keys fall to brute force, 64-bit blocks to Sweet32, RC4's keystream is biased). Use an AEAD: AES-256-GCM (\`aes-gcm\`) or ChaCha20-Poly1305.`, { related: importOf(ctx, weak[1]) });
        continue;
      }
      if (/\becb::|\bEcb\b/.test(typeText)) {
        ctx.report(span(call), `\`${quote(model, call, 50)}\` uses ECB mode: equal plaintext blocks give equal ciphertext blocks, so the structure of the data shows through. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`, { related: importOf(ctx, "ecb") });
        continue;
      }
      const u = unauth.find((t) => new RegExp(`\\b${t.name}\\b`).test(typeText));
      if (u && u.name !== "Decryptor" && !macInSight(call) && ctx.models.isModelType(ctx.resolver.shape(call).path?.selfType)) {
        const label = unauthLabel(typeText, u.algorithm);
        unauthenticated.push({ key: `type:${u.name}`, call, message: `\`${quote(model, call, 50)}\` encrypts with ${label} and nothing in this function authenticates the ciphertext: an attacker can change it undetected${label.startsWith("CBC") ? " (and CBC with padding errors is a decryption oracle)" : ""}. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305), or add an HMAC over IV and ciphertext and check it first.`, severity: label.startsWith("CBC") || label.startsWith("CTR") && !MAC_IN_SIGHT.test(text) ? "medium" : "low", related: importOf(ctx, u.name) });
      }
      continue;
    }
    const openssl = /(^|::)Cipher::aes_\d+_(cbc|ctr|cfb\d*|ofb)$/.exec(call.childForFieldName("function")?.text ?? "");
    if (!receiverOf(call) && openssl && !macInSight(call)) {
      unauthenticated.push({ key: `openssl:${openssl[2]}`, call, message: `\`${quote(model, call)}\` is unauthenticated and nothing in this function checks a MAC: an attacker can change the ciphertext undetected${openssl[2] === "cbc" ? " (and CBC invites padding-oracle attacks)" : ""}. Use an AEAD mode such as \`Cipher::aes_256_gcm()\`, or add an HMAC.`, severity: openssl[2] === "cbc" ? "medium" : "low", related: [] });
    }
    if (!receiverOf(call) && /^(ecb_encryptor|cbc_encryptor)$/.test(name2) && /(^|::)aes::/.test(call.childForFieldName("function")?.text ?? "")) {
      if (name2 === "ecb_encryptor") ctx.report(span(call), `\`${quote(model, call, 50)}\` uses ECB mode: equal plaintext blocks give equal ciphertext blocks. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`);
      else if (!macInSight(call)) unauthenticated.push({ key: "rust-crypto:cbc", call, message: `\`${quote(model, call, 50)}\` encrypts with CBC mode and nothing in this function authenticates the ciphertext: an attacker can change it undetected (and CBC with padding errors is a decryption oracle). Use an AEAD, or add an HMAC over IV and ciphertext and check it first.`, severity: "medium", related: [] });
    }
    if (/^(en|de)crypt_blocks?(_mut|_b2b|_b2b_mut|_inout|_inout_mut)?$/.test(name2) && isEcbByHand(ctx, call)) (name2.startsWith("en") ? ecbEncrypt : ecbDecrypt).push(call);
    if (PADDED.test(name2) && isBareBlockCipher(ctx, receiverOf(call))) (name2.startsWith("en") ? paddedEncrypt : paddedDecrypt).push(call);
    if (/^(en|de)crypt$/.test(name2) && argumentsOf(call).length === 2 && isBareBlockCipher(ctx, receiverOf(call))) (name2.startsWith("en") ? bufferEncrypt : bufferDecrypt).push(call);
  }
  for (const call of bufferEncrypt.length ? bufferEncrypt : bufferDecrypt) {
    ctx.report(span(call), `\`${quote(model, call, 50)}\` runs the bare block cipher over the whole buffer, block by block \u2014 that is ECB${bufferEncrypt.length ? "" : " (this is its decryption side)"}: equal plaintext blocks give equal ciphertext blocks, there is no IV and nothing authenticates the result. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`);
  }
  for (const call of paddedEncrypt.length ? paddedEncrypt : paddedDecrypt) {
    ctx.report(span(call), `\`${quote(model, call, 50)}\` pads the data and runs the bare block cipher over it block by block \u2014 that is ECB${paddedEncrypt.length ? "" : " (this is its decryption side)"}: equal plaintext blocks give equal ciphertext blocks, there is no IV and nothing authenticates the result. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`);
  }
  for (const key2 of new Set(unauthenticated.map((u) => u.key))) {
    const same = unauthenticated.filter((u) => u.key === key2);
    const first = same.find((u) => u.severity === "medium") ?? same[0];
    const others = same.filter((u) => u !== first).map((u) => ({ at: span(u.call), message: "the same mode, also unauthenticated, here" }));
    ctx.report(span(first.call), first.message, { severity: first.severity, related: [...first.related, ...others] });
  }
  for (const call of ecbEncrypt.length ? ecbEncrypt : ecbDecrypt) {
    const helper = model.enclosingFunction(call.startIndex);
    const callers = helper ? model.calls.filter((c) => calleeName(c) === helper.name && !receiverOf(c) && model.loops.some((l) => l.start <= c.startIndex && c.endIndex <= l.end && !inIterator(l.node, c))) : [];
    ctx.report(span(call), `\`${quote(model, call, 50)}\` applies the raw block cipher to the data itself, one block at a time \u2014 that is ECB${ecbEncrypt.length ? "" : " (this is its decryption side)"}: equal blocks encrypt equally and the data's structure shows through. Use an AEAD (AES-256-GCM) instead of a bare block cipher.`, {
      related: callers.slice(0, 3).map((c) => ({ at: span(c), message: `\`${helper.name}\` is called block by block over the buffer here` }))
    });
  }
}
var PADDED = /^(en|de)crypt_padded(_vec)?(_mut|_b2b|_b2b_mut|_inout|_inout_mut)?$/;
function isBareBlockCipher(ctx, recv) {
  const t = recv ? ctx.resolver.typeOf(recv) : void 0;
  const type = t ? ctx.models.type(t) : void 0;
  return !!type && type.primitive.includes("block-cipher") && !type.weak;
}
function inIterator(loop, call) {
  const value = loop.type === "for_expression" ? loop.childForFieldName("value") : null;
  return !!value && value.startIndex <= call.startIndex && call.endIndex <= value.endIndex;
}
function unauthLabel(typeText, algorithm) {
  const mode = /\b(cbc|ctr|cfb_mode|cfb8|ofb)::/.exec(typeText)?.[1] ?? (/\bCbc\b|Cbc(Enc|Dec)|cbc/i.test(typeText) ? "cbc" : void 0);
  return mode ? `${mode.replace("_mode", "").toUpperCase()} mode` : algorithm;
}
function constructedTypeText(ctx, call) {
  let fn = call.childForFieldName("function");
  if (fn?.type === "generic_function") fn = fn.childForFieldName("function");
  if (fn?.type !== "scoped_identifier") return void 0;
  const path = fn.childForFieldName("path")?.text ?? "";
  const head = path.replace(/<.*$/, "").split("::").pop() ?? "";
  const alias = new RegExp(`\\btype\\s+${head}\\s*(?:<[^=]*>)?\\s*=\\s*([^;]+);`).exec(ctx.model.source.text)?.[1] ?? "";
  const names = ctx.resolver.useMap.names;
  const used = [...`${path} ${alias}`.matchAll(/[A-Za-z_]\w*/g)].map((m) => names.get(m[0]) ?? "").filter(Boolean).join(" ");
  return `${used} ${path} ${alias}`;
}
function importOf(ctx, name2) {
  const u = ctx.model.uses.find((n) => new RegExp(`\\b${name2}\\b`).test(n.text));
  return u ? [{ at: span(u), message: "imported here" }] : [];
}
function isEcbByHand(ctx, call) {
  const recv = receiverOf(call);
  const t = recv ? ctx.resolver.typeOf(recv) : void 0;
  const type = t ? ctx.models.type(t) : void 0;
  if (t && (!type?.primitive.includes("block-cipher") || type.weak === "unauthenticated")) return false;
  const arg = argumentsOf(call)[0];
  if (!arg) return false;
  const argText = arg.text;
  if (/ctr|counter|nonce|iv\b|keystream|tweak/i.test(argText)) return false;
  const fn = ctx.model.enclosingFunction(call.startIndex);
  const body2 = fn ? ctx.model.text(fn) : "";
  if (/ctr|counter|keystream/i.test(body2)) return false;
  const inChunks = ctx.model.loops.some((l) => l.start <= call.startIndex && call.endIndex <= l.end && /\.chunks(_exact)?(_mut)?\(/.test(l.node.text.slice(0, 200)) && !/\^=|[\w)\]]\s*\^\s*[\w(*&!]/.test(l.node.text));
  if (inChunks) return true;
  const root = argText.replace(/^&\s*(mut\s+)?/, "");
  const b = ctx.values.lookup(root, arg.startIndex);
  const made = b?.kind === "let" ? b.info.value?.text ?? "" : "";
  if (!fn || !/from_(mut_)?slice|clone_from_slice|GenericArray/.test(made)) return false;
  const fromParam = (t2) => [...fn.params.keys()].some((p) => new RegExp(`\\b${p}\\b`).test(t2));
  if (fromParam(made)) return true;
  const inner = /([a-z_]\w*)\s*\.\s*as_bytes\(\)|\(\s*&?\s*([a-z_]\w*)\s*(?:\)|\[)/.exec(made);
  const innerName = inner?.[1] ?? inner?.[2];
  const ib = innerName ? ctx.values.lookup(innerName, arg.startIndex) : void 0;
  return ib?.kind === "let" && fromParam(ib.info.value?.text ?? "");
}
var isRc4Name = (name2) => !!name2 && words(name2).some((w) => /^(a?rc4|arcfour)$/.test(w));
function handWrittenRc4(ctx) {
  const { model } = ctx;
  const swaps = [...model.source.text.matchAll(/\.swap\s*\(/g)].map((m) => m.index);
  if (swaps.length === 0) return;
  for (const fn of model.functions) {
    if (!fn.body || !swaps.some((at) => fn.start <= at && at < fn.end)) continue;
    const body2 = fn.body.text;
    if (!/\.swap\s*\(/.test(body2) || !/\b256\b/.test(body2)) continue;
    const impl = implTypeOf(fn);
    if (![fn.name, impl, ...model.path.split("/").slice(-2)].some(isRc4Name)) continue;
    ctx.report(span(fn.node.childForFieldName("name") ?? fn.node), `\`${impl ? `${impl}::` : ""}${fn.name}\` is a hand-written RC4: its keystream is biased (plaintext recovery from many messages, RFC 7465 bans it from TLS), and it authenticates nothing. Use an AEAD from a maintained crate: AES-256-GCM (\`aes-gcm\`) or ChaCha20-Poly1305.`);
    return;
  }
}
function reportRustCrypto(ctx) {
  const deps = ctx.crate?.dependencies;
  if (deps && !deps.includes("rust-crypto")) return;
  const used = ctx.model.uses.find((u) => u.type === "extern_crate_declaration" && u.childForFieldName("name")?.text === "crypto" || u.type === "use_declaration" && /^(::)?crypto::/.test(u.childForFieldName("argument")?.text ?? "") && (deps || RUST_CRYPTO_MODULES.test((u.childForFieldName("argument")?.text ?? "").replace(/^(::)?crypto::\{?\s*/, ""))));
  const path = deps && !used ? /(^|[^\w:])(crypto::[a-z]\w*(?:::\w+)*)/.exec(ctx.model.source.text) : null;
  const first = used ? span(used) : path ? { start: path.index + path[1].length, end: path.index + path[1].length + path[2].length } : void 0;
  if (!first) return;
  ctx.report(first, `\`${quote(ctx.model, first, 50)}\`: the \`rust-crypto\` crate is unmaintained since 2016 and has known vulnerabilities (RUSTSEC-2022-0011, RUSTSEC-2016-0005). Move to the RustCrypto crates (\`aes-gcm\`, \`chacha20poly1305\`, \`sha2\`, \`argon2\`).${deps ? "" : " (Reported once per crate.)"}`, { oncePer: `rust-crypto:${ctx.crate?.manifest ?? ""}` });
}

// src/analyzer/checks/stream.ts
init_apis();
init_model();
init_common();
var NONCE2 = /* @__PURE__ */ new Set(["nonce"]);
function streamTruncation(ctx) {
  const { model, resolver } = ctx;
  const text = model.source.text;
  if (!/\.\s*encrypt_next(_in_place)?\s*\(/.test(text) || /\.\s*encrypt_last(_in_place)?\s*\(/.test(text)) return;
  for (const call of model.calls) {
    if (!/^(new|from_aead)$/.test(calleeName(call))) continue;
    const stream = resolver.sinks(call, NONCE2).find(({ row }) => row.model.types.some((t) => t.algorithm === "STREAM" && row.call.startsWith(`${t.name}::`)));
    if (!stream) continue;
    ctx.report(span(call), `\`${quote(model, call, 50)}\` starts an AEAD stream that this file feeds with \`encrypt_next\` but never finishes with \`encrypt_last\`: without the last-chunk flag a reader cannot tell a complete stream from one cut short, so an attacker can drop chunks off the end undetected. Seal the final chunk with \`encrypt_last\` (and read it with \`decrypt_last\`).`);
  }
}

// src/analyzer/checks/index.ts
var CHECKS = {
  "constant-nonce": constantNonce,
  "nonce-reuse": nonceReuse,
  "predictable-nonce": predictableNonce,
  "hardcoded-key": hardcodedKey,
  "weak-kdf": weakKdf,
  "weak-kdf-cost": weakKdfCost,
  "weak-rsa": weakRsa,
  "weak-hash": weakHash,
  "broken-cipher": brokenCipher,
  "stream-truncation": streamTruncation,
  "weak-password-hash": weakPasswordHash,
  "weak-rng": weakRng,
  "unchecked-result": uncheckedResult,
  "secret-logged": secretLogged,
  "non-constant-time-compare": nonConstantTimeCompare,
  "unchecked-slice-length": uncheckedSliceLength,
  // Reasonless suppressions are found by the engine itself (they need every file's findings).
  "suppression-without-reason": () => {
  },
  // Build findings come from the compiler (src/build), not from the syntax tree.
  cargo: () => {
  }
};
var CHECK_NAMES = new Set(Object.keys(CHECKS));

// src/analyzer/partial.ts
init_source();
var MODIFIERS = /* @__PURE__ */ new Set(["pub", "unsafe", "async", "default", "auto", "safe"]);
var DATA = /* @__PURE__ */ new Set(["use", "static", "struct", "enum", "union", "type"]);
var TYPES = /* @__PURE__ */ new Set(["struct", "enum", "union", "type"]);
var frame = (start2) => ({ items: [], start: start2, depth: 0, words: [], inner: false, bang: false, bodyOpen: -1 });
function kindOf(words2, bang = false) {
  let k = 0;
  while (k < words2.length && MODIFIERS.has(words2[k])) k++;
  const w = words2[k];
  const next = words2[k + 1];
  if (w === "fn") return { kind: "fn" };
  if (w === "const" && (next === "fn" || next === "unsafe" || next === "async" || next === "extern")) return { kind: "fn" };
  if (w === "const" || w === "static") return { kind: "data", constName: next === "mut" ? words2[k + 2] : next };
  if (w === "extern") return { kind: next === "crate" ? "data" : next === "fn" ? "fn" : "container" };
  if (w === "impl" || w === "trait" || w === "mod") return { kind: "container" };
  if (w !== void 0 && DATA.has(w)) return TYPES.has(w) ? { kind: "data", head: "type" } : { kind: "data" };
  return bang ? { kind: "other", head: "macro" } : { kind: "other" };
}
function textItems(text) {
  const stack = [];
  let f = frame(0);
  const finish = (end, body2) => {
    const { kind, constName, head } = kindOf(f.words, f.bang);
    f.items.push({ start: f.start, end, kind: body2 ? kind : kind === "container" ? "data" : kind, ...constName ? { constName } : {}, ...head ? { head } : {}, ...body2 ? { body: body2 } : {} });
    f.start = end;
    f.words = [];
    f.inner = false;
    f.bang = false;
    f.bodyOpen = -1;
  };
  const afterBrace = (i3) => {
    let j = i3 + 1;
    for (; ; ) {
      while (j < text.length && isSpace2(text.charCodeAt(j))) j++;
      const e = commentEnd(text, j);
      if (e === j) break;
      j = e;
    }
    return text.charCodeAt(j) === 59 ? j + 1 : i3 + 1;
  };
  let i2 = 0;
  while (i2 < text.length) {
    let c = text.charCodeAt(i2);
    if (f.depth > 0 || f.words.length >= WORDS2) {
      while (c >= 128 || SPECIAL2[c] === 0) {
        if (++i2 >= text.length) break;
        c = text.charCodeAt(i2);
      }
      if (i2 >= text.length) break;
    }
    if (c === 47) {
      const e = commentEnd(text, i2);
      if (e > i2) {
        i2 = e;
        continue;
      }
    } else if (c === 34 || c === 39) {
      const e = literalEnd(text, i2);
      if (e < 0) return void 0;
      i2 = e > i2 ? e : i2 + 1;
      continue;
    } else if (isIdentChar(c)) {
      let j = i2 + 1;
      while (j < text.length && isIdentChar(text.charCodeAt(j))) j++;
      if (f.depth === 0 && f.words.length < WORDS2) f.words.push(text.slice(i2, j));
      i2 = j;
      continue;
    } else if (c === 123 || c === 40 || c === 91) {
      if (f.depth === 0 && c === 123 && kindOf(f.words).kind === "container") {
        f.bodyOpen = i2;
        stack.push(f);
        f = frame(i2 + 1);
        i2++;
        continue;
      }
      if (f.depth === 0 && c === 91 && text.charCodeAt(i2 - 1) === 33 && text.charCodeAt(i2 - 2) === 35) f.inner = true;
      f.depth++;
    } else if (c === 125 || c === 41 || c === 93) {
      if (f.depth === 0) {
        const outer = stack.pop();
        if (c !== 125 || !outer) return void 0;
        if (text.slice(f.start, i2).trim()) f.items.push({ start: f.start, end: i2, kind: "other" });
        const body2 = { open: outer.bodyOpen, close: i2, items: f.items };
        f = outer;
        const end = afterBrace(i2);
        finish(end, body2);
        i2 = end;
        continue;
      }
      f.depth--;
      if (f.depth === 0 && c === 125) {
        const end = afterBrace(i2);
        finish(end);
        i2 = end;
        continue;
      }
      if (f.depth === 0 && c === 93 && f.inner) {
        finish(i2 + 1);
        i2++;
        continue;
      }
    } else if (c === 59 && f.depth === 0) {
      finish(i2 + 1);
      i2++;
      continue;
    } else if (c === 33 && f.depth === 0 && f.words.length > 0 && isIdentChar(text.charCodeAt(i2 - 1))) {
      f.bang = true;
    }
    i2++;
  }
  if (stack.length || f.depth !== 0) return void 0;
  if (text.slice(f.start).trim()) f.items.push({ start: f.start, end: text.length, kind: "other" });
  return f.items;
}
var SPECIAL2 = new Uint8Array(128);
for (const ch of `/"'{}()[];`) SPECIAL2[ch.charCodeAt(0)] = 1;
var WORDS2 = 5;
var isSpace2 = (c) => c === 32 || c >= 9 && c <= 13;
function partialRanges(source, code, scopes) {
  const text = source.text;
  if (scopes.some((s) => !s.functions && !s.consts && !s.macros && !s.types)) return void 0;
  const items = textItems(text);
  if (!items) return void 0;
  const fnNeeds = scopes.map((s) => s.functions ? new Needs(code, [...s.functions, "w:use"]) : void 0);
  const keepFn = (item) => fnNeeds.some((n) => !n || n.within(item.start, item.end));
  const constNeeds = scopes.map((s) => s.consts ? new Needs(code, s.consts) : void 0);
  const keepConst = (item) => !plainValue(code, item.start, item.end) || constNeeds.some((n) => !n || n.within(item.start, item.end));
  const macroNeeds = scopes.map((s) => s.macros ? new Needs(code, s.macros) : void 0);
  const typeNeeds = scopes.map((s) => s.types ? new Needs(code, s.types) : void 0);
  const keep = (item) => {
    if (item.kind === "fn") return keepFn(item);
    if (item.constName) return keepConst(item);
    if (item.head === "macro") return macroNeeds.some((n) => !n || n.within(item.start, item.end));
    if (item.head === "type") return typeNeeds.some((n) => !n || n.within(item.start, item.end));
    return true;
  };
  const spans = [];
  const select = (list) => {
    for (const item of list) {
      if (item.body) {
        spans.push({ start: item.start, end: item.body.open + 1, keep: true });
        select(item.body.items);
        spans.push({ start: item.body.close, end: item.end, keep: true });
      } else spans.push({ start: item.start, end: item.end, keep: keep(item), item });
    }
  };
  select(items);
  const waiting = /* @__PURE__ */ new Map();
  for (const s of spans) if (!s.keep && s.item?.constName) waiting.set(s.item.constName, [...waiting.get(s.item.constName) ?? [], s]);
  if (waiting.size) {
    const queue = spans.filter((s) => s.keep);
    const firsts = new Uint8Array(128);
    const lengths = new Uint8Array(256);
    for (const name2 of waiting.keys()) {
      firsts[name2.charCodeAt(0) & 127] = 1;
      lengths[Math.min(name2.length, 255)] = 1;
    }
    while (queue.length && waiting.size) {
      const s = queue.pop();
      namesIn(code, s.start, s.end, firsts, lengths, (name2) => {
        const named = waiting.get(name2);
        if (!named) return;
        waiting.delete(name2);
        for (const c of named) {
          c.keep = true;
          queue.push(c);
        }
      });
    }
  }
  const ranges = [];
  let kept = 0;
  for (const s of spans) {
    if (!s.keep || s.end <= s.start) continue;
    kept += s.end - s.start;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === s.start) last[1] = s.end;
    else ranges.push([s.start, s.end]);
  }
  if (kept > 0.9 * text.length) return void 0;
  const point = (offset) => {
    const p = source.position(offset);
    return { row: p.line - 1, column: p.column - 1 };
  };
  return ranges.map(([s, e]) => ({ startIndex: s, endIndex: e, startPosition: point(s), endPosition: point(e) }));
}
var Needs = class {
  re;
  code;
  next = -2;
  constructor(code, needs) {
    this.code = code;
    const anyCase = (t) => [...t].map((ch) => ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRe(ch)).join("");
    const alternatives2 = needs.map((n) => n.startsWith("i:") ? anyCase(n.slice(2)) : n.startsWith("w:") ? `(?<![A-Za-z0-9_])${escapeRe(n.slice(2))}(?![A-Za-z0-9_])` : escapeRe(n));
    this.re = new RegExp(alternatives2.join("|"), "g");
    if (needs.length === 0) this.next = -1;
  }
  /** Whether one of the strings starts in [start, end); `start` never goes back between calls. */
  within(start2, end) {
    if (this.next === -1) return false;
    if (this.next < start2) {
      this.re.lastIndex = start2;
      this.next = this.re.exec(this.code)?.index ?? -1;
    }
    return this.next >= 0 && this.next < end;
  }
};
function plainValue(code, start2, end) {
  for (let i2 = start2; i2 < end; i2++) {
    const c = code.charCodeAt(i2);
    if (c === 40 || c === 123 || c === 124 || c === 33) return false;
  }
  return true;
}
function namesIn(code, start2, end, firsts, lengths, each) {
  let i2 = start2;
  while (i2 < end) {
    const c = code.charCodeAt(i2);
    if (!isIdentChar(c)) {
      i2++;
      continue;
    }
    let j = i2 + 1;
    while (j < end && isIdentChar(code.charCodeAt(j))) j++;
    if (firsts[c & 127] === 1 && lengths[Math.min(j - i2, 255)] === 1) each(code.slice(i2, j));
    i2 = j;
  }
}

// src/analyzer/fingerprint.ts
import { createHash } from "node:crypto";
function assignFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key2 = `${f.file}\0${f.ruleId}\0${f.lineText.replace(/\s+/g, "")}`;
    const n = (seen.get(key2) ?? 0) + 1;
    seen.set(key2, n);
    const hash = createHash("sha256").update(`${f.ruleId}\0${f.lineText.replace(/\s+/g, "")}`).digest("hex").slice(0, 16);
    f.fingerprint = `${hash}:${n}`;
  }
}

// src/analyzer/engine.ts
init_model();
init_source();

// src/analyzer/suppress.ts
var MARKER = /\/\/\s*rust-crypto-gate:\s*ignore\[([^\]]*)\]\s*(.*)$/;
function parseSuppressions(lines, lineCount, text) {
  if (!text.includes("rust-crypto-gate:")) return [];
  const out2 = [];
  for (let n = 1; n <= lineCount; n++) {
    const line = lines(n);
    const m = MARKER.exec(line);
    if (!m) continue;
    out2.push({
      line: n,
      ruleIds: m[1].split(",").map((s) => s.trim()).filter(Boolean),
      reason: m[2].trim(),
      column: m.index + 1,
      length: m[0].length,
      text: line
    });
  }
  return out2;
}
function suppressionFor(suppressions, ruleId, line) {
  return suppressions.find((s) => s.reason && (s.line === line || s.line === line - 1) && (s.ruleIds.includes(ruleId) || s.ruleIds.includes("*")));
}

// node_modules/@eslint-community/regexpp/index.mjs
var latestEcmaVersion = 2025;
var largeIdStartRanges = void 0;
var largeIdContinueRanges = void 0;
function isIdStart(cp) {
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp);
}
function isIdContinue(cp) {
  if (cp < 48)
    return false;
  if (cp < 58)
    return true;
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp === 95)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp) || isLargeIdContinue(cp);
}
function isLargeIdStart(cp) {
  return isInRange(cp, largeIdStartRanges !== null && largeIdStartRanges !== void 0 ? largeIdStartRanges : largeIdStartRanges = initLargeIdStartRanges());
}
function isLargeIdContinue(cp) {
  return isInRange(cp, largeIdContinueRanges !== null && largeIdContinueRanges !== void 0 ? largeIdContinueRanges : largeIdContinueRanges = initLargeIdContinueRanges());
}
function initLargeIdStartRanges() {
  return restoreRanges("4q 0 b 0 5 0 6 m 2 u 2 cp 5 b f 4 8 0 2 0 3m 4 2 1 3 3 2 0 7 0 2 2 2 0 2 j 2 2a 2 3u 9 4l 2 11 2 1 7 14 3 1 1w q 5 3 1a 16 10 1 2 2q 2 0 g 1 8 1 b 2 3 0 h 0 2 t u 2g c 0 p w a 1 5 0 6 l 5 0 a 0 4 0 o o 8 a 6 n 2 6 h 15 1n 1h 4 0 j 0 8 9 g f 5 7 3 1 3 l 2 6 2 0 4 3 4 0 h 0 e 1 2 2 f 1 b 0 9 5 5 1 3 l 2 6 2 1 2 1 2 1 w 3 2 0 k 2 h 8 2 2 2 l 2 6 2 1 2 4 4 0 j 0 g 1 o 0 c 7 3 1 3 l 2 6 2 1 2 4 4 0 v 1 2 2 g 0 i 0 2 5 4 2 2 3 4 1 2 0 2 1 4 1 4 2 4 b n 0 1h 7 2 2 2 m 2 f 4 0 r 2 2 1 3 1 v 0 5 7 2 2 2 m 2 9 2 4 4 0 v 2 2 1 g 1 i 8 2 2 2 14 3 0 h 0 6 2 9 2 p 5 6 h 4 n 2 8 2 0 3 6 1n 1b 2 1 d 6 1n 1 2 0 2 4 2 n 2 0 2 9 2 1 a 0 3 4 2 0 m 3 x 0 1s 7 2 z s 4 38 16 l 0 h 5 5 3 4 0 4 1 8 2 5 c d 0 i 11 2 0 6 0 3 16 2 98 2 3 3 6 2 0 2 3 3 14 2 3 3 w 2 3 3 6 2 0 2 3 3 e 2 1k 2 3 3 1u 12 f h 2d 3 5 4 h7 3 g 2 p 6 22 4 a 8 h e i f h f c 2 2 g 1f 10 0 5 0 1w 2g 8 14 2 0 6 1x b u 1e t 3 4 c 17 5 p 1j m a 1g 2b 0 2m 1a i 7 1j t e 1 b 17 r z 16 2 b z 3 a 6 16 3 2 16 3 2 5 2 1 4 0 6 5b 1t 7p 3 5 3 11 3 5 3 7 2 0 2 0 2 0 2 u 3 1g 2 6 2 0 4 2 2 6 4 3 3 5 5 c 6 2 2 6 39 0 e 0 g g 2r 0 5 0 3 9 2 0 3 5 7 0 2 0 2 0 2 f 3 3 6 4 5 0 i 14 22g 6c 7 3 4 1 d 11 2 0 6 0 3 1j 8 0 h m a 6 2 6 2 6 2 6 2 6 2 6 2 6 2 6 fb 2 q 8 8 4 3 4 5 2d 5 4 2 2h 2 3 6 16 2 2l i v 1d f e9 533 1t h3g 1w 19 3 7g 4 f b 1 l 1a h u 3 27 14 8 3 2u 3 2a 5 0 f g 2 2 2 3 2 m u 1f f 1d 1r 5 4 0 2 1 c r b m q s 8 1a t 0 h 4 2 9 b 4 2 14 o 2 2 7 l m 4 0 4 1d 2 0 4 1 3 4 3 0 2 0 p 2 3 a 8 2 d 5 3 5 3 5 a 6 2 6 2 16 2 d 3 1 3 36 u 8mb d m 5 1c 6it a5 3 2x 13 6 d 4 6 0 2 9 2 c 2 4 2 0 2 1 2 1 2 2z y a2 j 1r 3 1h 15 b 39 4 2 3q 11 p 7 p c 2g 4 5 3 5 3 5 3 2 10 b 2 p 2 i 2 1 2 e 3 d z 3e 1y 1g 7g s 4 1c 1c v e t 6 11 b t 3 z 5 7 2 4 17 4d j z 5 z 5 13 9 1f d a 2 e 2 6 2 1 2 a 2 e 2 6 2 1 4 1f d 8m a l b 7 p 5 2 15 2 d 1t 5 3 0 2 17 2 1 4 0 3 m b m a u 1u i 2 1 b l b p 7 p 13 1j 7 1 1t 0 g 3 2 2 2 s 17 s 4 s 10 7 2 r s 1h b l b i e h 33 20 1k 1e e 1e e z 13 r a m 6z 15 7 1 h 5 i l i s b 0 9 l 17 h 1b k s m d 1g 1m 1 3 0 e 18 x o r z u 0 3 0 9 y 4 0 d 1b f 3 m 0 2 0 10 h 2 o k 1 1s 6 2 0 2 3 2 e 2 9 8 1a 13 7 3 1 3 l 2 6 2 1 2 4 4 0 j 0 d 4 v 9 2 0 3 0 2 11 2 0 q 0 2 0 19 1g j 3 l 2 v 1b l 1 2 0 55 1a 16 3 11 1b l 0 1o 16 e 0 20 q 12 6 56 17 39 1r w 7 3 0 3 7 2 1 2 n g 0 2 0 2n 7 3 12 h 0 2 0 t 0 b 13 8 0 m 0 c 19 k 0 j 20 i 0 52 w w 8 2 10 i 0 1e t 35 6 2 1 2 11 m 0 q 5 2 1 2 v f 0 o 17 m 0 6n i g 0 2 c 2 x 3h 0 28 pl 2v 33 6 5q d 8m 1sa 2o g tr i 5 q 32y 6 g6 5a2 t 1cz fs 8 u i 26 i t j 1b h 3 w k 6 i c1 18 5w 1r x o 3 o 19 22 6 0 1v c 1t 1 2 0 f 4 a 5p6 11 x 2o 36 e pd f 1e 5y6 3 2 6 2 1 2 88 a 0 u 2 3 0 f 4 8 az 1s5 2y 6 c 4 8 8 9 4mf 2c 2 1y 2 1 3 0 3 1 3 3 2 b 2 0 2 6 2 1s 2 3 3 7 2 6 2 r 2 3 2 4 2 0 4 6 2 9g 2 o 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 7 1f9 3l f 6 1j 1e 1d 1p 43 18 b 6 h 0 8y t j 17 dh r 6d t 3 0 5s u 2 2 2 1 2 6 3 4 a 1 69 6 2 3 2 1 2 e 2 5g 1o 1v 8 0 xh 3 2 q 2 1 2 0 3 0 2 9 2 3 2 0 2 0 7 0 5 0 2 0 2 0 2 2 2 1 2 0 3 0 2 0 2 0 2 0 2 0 2 1 2 0 3 3 2 6 2 3 2 3 2 0 2 9 2 g 6 2 2 4 2 g 3et wyn x 3dq 2 4gd 3 5rk g h9 1wj f1 15v 3t6 6 6jt upz 8qn");
}
function initLargeIdContinueRanges() {
  return restoreRanges("53 0 g9 33 o 0 70 4 7e 18 2 0 2 1 2 1 2 2 1z a 1d u 7 0 2u 6 3 5 3 1 2 3 3 9 o 0 v q 2k a g 9 y 8 a 0 p 3 2 8 2 2 2 4 18 2 1o 8 17 n 2 w 1j 2 2 h 2 6 b 1 3 9 i 2 1l 0 2 6 3 1 3 2 a 0 b 1 3 9 f 0 3 2 1l 0 2 4 5 1 3 2 4 0 l b 4 0 c 2 1l 0 2 7 2 2 2 2 l 1 3 9 b 5 2 2 1l 0 2 6 3 1 3 2 6 4 b 1 3 9 j 0 1o 4 4 2 2 3 a 0 f 9 h 4 1k 0 2 6 2 2 2 3 8 1 c 1 3 9 i 2 1l 0 2 6 2 2 2 3 8 1 c 1 3 9 4 0 d 3 1k 1 2 6 2 2 2 3 a 0 b 1 3 9 i 2 1z 0 5 5 2 0 2 7 7 9 3 1 1q 0 3 6 d 7 2 9 2g 0 3 8 c 6 2 9 1r 1 7 9 c 0 2 0 2 0 5 1 1e j 2 1 6 a 2 z a 0 2t j 2 9 d 3 5 2 2 2 3 6 4 3 e b 2 e jk 2 a 8 pt 3 t 2 u 1 v 1 1t v a 0 3 9 y 2 2 a 40 0 3b b 5 b b 9 3l a 1p 4 1m 9 2 s 3 a 7 9 n d 2 1d g 4 1c g c 9 i 8 d 2 v c 3 9 19 d 1d j 9 9 7 9 3b 2 2 k 5 0 7 0 3 2 5j 1r el 1 1e 1 k 0 3g c 5 0 4 b 2db 2 3y 0 2p v ff 5 2y 1 2p 0 n51 9 1y 0 5 9 x 1 29 1 7l 0 4 0 5 0 o 4 5 0 2c 1 1f h b 9 7 h e a t 7 q c 19 3 1c d g 9 c 0 b 9 1c d d 0 9 1 3 9 y 2 1f 0 2 2 3 1 6 1 2 0 16 4 6 1 6l 7 2 1 3 9 fmt 0 ki f h f 4 1 p 2 5d 9 12 0 12 0 ig 0 6b 0 46 4 86 9 120 2 2 1 6 3 15 2 5 0 4m 1 fy 3 9 9 7 9 w 4 8u 1 v 4 x f 1z a 1e 3 3f 2 1i e w a 3 1 b 3 1a a 8 0 1a 9 7 2 11 d 2 9 6 1 19 0 d 2 1d d 9 3 2 b 2b b 7 0 3 0 4e b 6 9 7 3 1k 1 2 6 3 1 3 2 a 0 b 1 3 6 4 4 1w 8 2 0 3 0 2 3 2 4 2 0 f 1 2b h a 9 5 0 2a j d 9 5y 6 3 8 s 1 2b g g 9 2a c 9 9 7 j 1m e 5 9 6r e 4m 9 1z 5 2 1 3 3 2 0 2 1 d 9 3c 6 3 6 4 0 t 9 15 6 2 3 9 0 a a 1b f 5j 7 3t 9 1i 7 2 7 h 9 1l l 2 d 3f 5 4 0 2 1 2 6 2 0 9 9 1d 4 2 1 2 4 9 9 1j 9 7 0 77 3 a 1 2 0 1d 6 4 4 e a 44m 0 7 e 8uh r 1t3 9 2f 9 13 4 1o 6 q 9 ev 9 d2 0 2 1i 8 3 2a 0 c 1 f58 1 382 9 ef 19 3 m dd 1 1p 4 4 5 9 7 3 6 v 3 45 2 c 2 9 1 3 0 x 1 11p 1d e9 1i 5 1d 9 0 f 0 n 4 2 e 11t 6 2 g 3 6 2 1 2 4 2t 0 4h 6 a 9 9x 0 1q d dv d 6t 1 2 9 6h 0 3 0 8 1 6 0 d7 6 32 6 6 9 3o7 9 gvt3 6n");
}
function isInRange(cp, ranges) {
  let l = 0, r = ranges.length / 2 | 0, i2 = 0, min = 0, max = 0;
  while (l < r) {
    i2 = (l + r) / 2 | 0;
    min = ranges[2 * i2];
    max = ranges[2 * i2 + 1];
    if (cp < min) {
      r = i2;
    } else if (cp > max) {
      l = i2 + 1;
    } else {
      return true;
    }
  }
  return false;
}
function restoreRanges(data) {
  let last = 0;
  return data.split(" ").map((s) => last += parseInt(s, 36) | 0);
}
var DataSet = class {
  constructor(raw2018, raw2019, raw2020, raw2021, raw2022, raw2023, raw2024, raw2025, raw2026) {
    this._raw2018 = raw2018;
    this._raw2019 = raw2019;
    this._raw2020 = raw2020;
    this._raw2021 = raw2021;
    this._raw2022 = raw2022;
    this._raw2023 = raw2023;
    this._raw2024 = raw2024;
    this._raw2025 = raw2025;
    this._raw2026 = raw2026;
  }
  get es2018() {
    var _a;
    return (_a = this._set2018) !== null && _a !== void 0 ? _a : this._set2018 = new Set(this._raw2018.split(" "));
  }
  get es2019() {
    var _a;
    return (_a = this._set2019) !== null && _a !== void 0 ? _a : this._set2019 = new Set(this._raw2019.split(" "));
  }
  get es2020() {
    var _a;
    return (_a = this._set2020) !== null && _a !== void 0 ? _a : this._set2020 = new Set(this._raw2020.split(" "));
  }
  get es2021() {
    var _a;
    return (_a = this._set2021) !== null && _a !== void 0 ? _a : this._set2021 = new Set(this._raw2021.split(" "));
  }
  get es2022() {
    var _a;
    return (_a = this._set2022) !== null && _a !== void 0 ? _a : this._set2022 = new Set(this._raw2022.split(" "));
  }
  get es2023() {
    var _a;
    return (_a = this._set2023) !== null && _a !== void 0 ? _a : this._set2023 = new Set(this._raw2023.split(" "));
  }
  get es2024() {
    var _a;
    return (_a = this._set2024) !== null && _a !== void 0 ? _a : this._set2024 = new Set(this._raw2024.split(" "));
  }
  get es2025() {
    var _a;
    return (_a = this._set2025) !== null && _a !== void 0 ? _a : this._set2025 = new Set(this._raw2025.split(" "));
  }
  get es2026() {
    var _a;
    return (_a = this._set2026) !== null && _a !== void 0 ? _a : this._set2026 = new Set(this._raw2026.split(" "));
  }
};
var gcNameSet = /* @__PURE__ */ new Set(["General_Category", "gc"]);
var scNameSet = /* @__PURE__ */ new Set(["Script", "Script_Extensions", "sc", "scx"]);
var gcValueSets = new DataSet("C Cased_Letter Cc Cf Close_Punctuation Cn Co Combining_Mark Connector_Punctuation Control Cs Currency_Symbol Dash_Punctuation Decimal_Number Enclosing_Mark Final_Punctuation Format Initial_Punctuation L LC Letter Letter_Number Line_Separator Ll Lm Lo Lowercase_Letter Lt Lu M Mark Math_Symbol Mc Me Mn Modifier_Letter Modifier_Symbol N Nd Nl No Nonspacing_Mark Number Open_Punctuation Other Other_Letter Other_Number Other_Punctuation Other_Symbol P Paragraph_Separator Pc Pd Pe Pf Pi Po Private_Use Ps Punctuation S Sc Separator Sk Sm So Space_Separator Spacing_Mark Surrogate Symbol Titlecase_Letter Unassigned Uppercase_Letter Z Zl Zp Zs cntrl digit punct", "", "", "", "", "", "", "", "");
var scValueSets = new DataSet("Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst Bali Balinese Bamu Bamum Bass Bassa_Vah Batak Batk Beng Bengali Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm Canadian_Aboriginal Cans Cari Carian Caucasian_Albanian Chakma Cham Cher Cherokee Common Copt Coptic Cprt Cuneiform Cypriot Cyrillic Cyrl Deseret Deva Devanagari Dsrt Dupl Duployan Egyp Egyptian_Hieroglyphs Elba Elbasan Ethi Ethiopic Geor Georgian Glag Glagolitic Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr Gurmukhi Guru Han Hang Hangul Hani Hano Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw Hmng Hung Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Ital Java Javanese Kaithi Kali Kana Kannada Katakana Kayah_Li Khar Kharoshthi Khmer Khmr Khoj Khojki Khudawadi Knda Kthi Lana Lao Laoo Latin Latn Lepc Lepcha Limb Limbu Lina Linb Linear_A Linear_B Lisu Lyci Lycian Lydi Lydian Mahajani Mahj Malayalam Mand Mandaic Mani Manichaean Marc Marchen Masaram_Gondi Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive Meroitic_Hieroglyphs Miao Mlym Modi Mong Mongolian Mro Mroo Mtei Mult Multani Myanmar Mymr Nabataean Narb Nbat New_Tai_Lue Newa Nko Nkoo Nshu Nushu Ogam Ogham Ol_Chiki Olck Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_South_Arabian Old_Turkic Oriya Orkh Orya Osage Osge Osma Osmanya Pahawh_Hmong Palm Palmyrene Pau_Cin_Hau Pauc Perm Phag Phags_Pa Phli Phlp Phnx Phoenician Plrd Prti Psalter_Pahlavi Qaac Qaai Rejang Rjng Runic Runr Samaritan Samr Sarb Saur Saurashtra Sgnw Sharada Shavian Shaw Shrd Sidd Siddham SignWriting Sind Sinh Sinhala Sora Sora_Sompeng Soyo Soyombo Sund Sundanese Sylo Syloti_Nagri Syrc Syriac Tagalog Tagb Tagbanwa Tai_Le Tai_Tham Tai_Viet Takr Takri Tale Talu Tamil Taml Tang Tangut Tavt Telu Telugu Tfng Tglg Thaa Thaana Thai Tibetan Tibt Tifinagh Tirh Tirhuta Ugar Ugaritic Vai Vaii Wara Warang_Citi Xpeo Xsux Yi Yiii Zanabazar_Square Zanb Zinh Zyyy", "Dogr Dogra Gong Gunjala_Gondi Hanifi_Rohingya Maka Makasar Medefaidrin Medf Old_Sogdian Rohg Sogd Sogdian Sogo", "Elym Elymaic Hmnp Nand Nandinagari Nyiakeng_Puachue_Hmong Wancho Wcho", "Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi", "Cpmn Cypro_Minoan Old_Uyghur Ougr Tangsa Tnsa Toto Vith Vithkuqi", "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Jurc Jurchen Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Pcun Proto_Cuneiform Seal Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz", "", "", "");
var binPropertySets = new DataSet("AHex ASCII ASCII_Hex_Digit Alpha Alphabetic Any Assigned Bidi_C Bidi_Control Bidi_M Bidi_Mirrored CI CWCF CWCM CWKCF CWL CWT CWU Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased Changes_When_Uppercased DI Dash Default_Ignorable_Code_Point Dep Deprecated Dia Diacritic Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Ext Extender Gr_Base Gr_Ext Grapheme_Base Grapheme_Extend Hex Hex_Digit IDC IDS IDSB IDST IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideo Ideographic Join_C Join_Control LOE Logical_Order_Exception Lower Lowercase Math NChar Noncharacter_Code_Point Pat_Syn Pat_WS Pattern_Syntax Pattern_White_Space QMark Quotation_Mark RI Radical Regional_Indicator SD STerm Sentence_Terminal Soft_Dotted Term Terminal_Punctuation UIdeo Unified_Ideograph Upper Uppercase VS Variation_Selector White_Space XIDC XIDS XID_Continue XID_Start space", "Extended_Pictographic", "", "EBase EComp EMod EPres ExtPict", "", "", "", "", "");
var binPropertyOfStringsSets = new DataSet("", "", "", "", "", "", "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji RGI_Emoji_Flag_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence", "", "");
function isValidUnicodeProperty(version, name2, value) {
  if (gcNameSet.has(name2)) {
    return version >= 2018 && gcValueSets.es2018.has(value);
  }
  if (scNameSet.has(name2)) {
    return version >= 2018 && scValueSets.es2018.has(value) || version >= 2019 && scValueSets.es2019.has(value) || version >= 2020 && scValueSets.es2020.has(value) || version >= 2021 && scValueSets.es2021.has(value) || version >= 2022 && scValueSets.es2022.has(value) || version >= 2023 && scValueSets.es2023.has(value);
  }
  return false;
}
function isValidLoneUnicodeProperty(version, value) {
  return version >= 2018 && binPropertySets.es2018.has(value) || version >= 2019 && binPropertySets.es2019.has(value) || version >= 2021 && binPropertySets.es2021.has(value);
}
function isValidLoneUnicodePropertyOfString(version, value) {
  return version >= 2024 && binPropertyOfStringsSets.es2024.has(value);
}
var BACKSPACE = 8;
var CHARACTER_TABULATION = 9;
var LINE_FEED = 10;
var LINE_TABULATION = 11;
var FORM_FEED = 12;
var CARRIAGE_RETURN = 13;
var EXCLAMATION_MARK = 33;
var NUMBER_SIGN = 35;
var DOLLAR_SIGN = 36;
var PERCENT_SIGN = 37;
var AMPERSAND = 38;
var LEFT_PARENTHESIS = 40;
var RIGHT_PARENTHESIS = 41;
var ASTERISK = 42;
var PLUS_SIGN = 43;
var COMMA = 44;
var HYPHEN_MINUS = 45;
var FULL_STOP = 46;
var SOLIDUS = 47;
var DIGIT_ZERO = 48;
var DIGIT_ONE = 49;
var DIGIT_SEVEN = 55;
var DIGIT_NINE = 57;
var COLON = 58;
var SEMICOLON = 59;
var LESS_THAN_SIGN = 60;
var EQUALS_SIGN = 61;
var GREATER_THAN_SIGN = 62;
var QUESTION_MARK = 63;
var COMMERCIAL_AT = 64;
var LATIN_CAPITAL_LETTER_A = 65;
var LATIN_CAPITAL_LETTER_B = 66;
var LATIN_CAPITAL_LETTER_D = 68;
var LATIN_CAPITAL_LETTER_F = 70;
var LATIN_CAPITAL_LETTER_P = 80;
var LATIN_CAPITAL_LETTER_S = 83;
var LATIN_CAPITAL_LETTER_W = 87;
var LATIN_CAPITAL_LETTER_Z = 90;
var LOW_LINE = 95;
var LATIN_SMALL_LETTER_A = 97;
var LATIN_SMALL_LETTER_B = 98;
var LATIN_SMALL_LETTER_C = 99;
var LATIN_SMALL_LETTER_D = 100;
var LATIN_SMALL_LETTER_F = 102;
var LATIN_SMALL_LETTER_G = 103;
var LATIN_SMALL_LETTER_I = 105;
var LATIN_SMALL_LETTER_K = 107;
var LATIN_SMALL_LETTER_M = 109;
var LATIN_SMALL_LETTER_N = 110;
var LATIN_SMALL_LETTER_P = 112;
var LATIN_SMALL_LETTER_Q = 113;
var LATIN_SMALL_LETTER_R = 114;
var LATIN_SMALL_LETTER_S = 115;
var LATIN_SMALL_LETTER_T = 116;
var LATIN_SMALL_LETTER_U = 117;
var LATIN_SMALL_LETTER_V = 118;
var LATIN_SMALL_LETTER_W = 119;
var LATIN_SMALL_LETTER_X = 120;
var LATIN_SMALL_LETTER_Y = 121;
var LATIN_SMALL_LETTER_Z = 122;
var LEFT_SQUARE_BRACKET = 91;
var REVERSE_SOLIDUS = 92;
var RIGHT_SQUARE_BRACKET = 93;
var CIRCUMFLEX_ACCENT = 94;
var GRAVE_ACCENT = 96;
var LEFT_CURLY_BRACKET = 123;
var VERTICAL_LINE = 124;
var RIGHT_CURLY_BRACKET = 125;
var TILDE = 126;
var ZERO_WIDTH_NON_JOINER = 8204;
var ZERO_WIDTH_JOINER = 8205;
var LINE_SEPARATOR = 8232;
var PARAGRAPH_SEPARATOR = 8233;
var MIN_CODE_POINT = 0;
var MAX_CODE_POINT = 1114111;
function isLatinLetter(code) {
  return code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_Z || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_Z;
}
function isDecimalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}
function isOctalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_SEVEN;
}
function isHexDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE || code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F;
}
function isLineTerminator(code) {
  return code === LINE_FEED || code === CARRIAGE_RETURN || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}
function isValidUnicode(code) {
  return code >= MIN_CODE_POINT && code <= MAX_CODE_POINT;
}
function digitToInt(code) {
  if (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F) {
    return code - LATIN_SMALL_LETTER_A + 10;
  }
  if (code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F) {
    return code - LATIN_CAPITAL_LETTER_A + 10;
  }
  return code - DIGIT_ZERO;
}
function isLeadSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function isTrailSurrogate(code) {
  return code >= 56320 && code <= 57343;
}
function combineSurrogatePair(lead, trail) {
  return (lead - 55296) * 1024 + (trail - 56320) + 65536;
}
var GroupSpecifiersAsES2018 = class {
  constructor() {
    this.groupName = /* @__PURE__ */ new Set();
  }
  clear() {
    this.groupName.clear();
  }
  isEmpty() {
    return !this.groupName.size;
  }
  hasInPattern(name2) {
    return this.groupName.has(name2);
  }
  hasInScope(name2) {
    return this.hasInPattern(name2);
  }
  addToScope(name2) {
    this.groupName.add(name2);
  }
  enterDisjunction() {
  }
  enterAlternative() {
  }
  leaveDisjunction() {
  }
};
var BranchID = class _BranchID {
  constructor(parent, base) {
    this.parent = parent;
    this.base = base !== null && base !== void 0 ? base : this;
  }
  separatedFrom(other) {
    var _a, _b;
    if (this.base === other.base && this !== other) {
      return true;
    }
    if (other.parent && this.separatedFrom(other.parent)) {
      return true;
    }
    return (_b = (_a = this.parent) === null || _a === void 0 ? void 0 : _a.separatedFrom(other)) !== null && _b !== void 0 ? _b : false;
  }
  child() {
    return new _BranchID(this, null);
  }
  sibling() {
    return new _BranchID(this.parent, this.base);
  }
};
var GroupSpecifiersAsES2025 = class {
  constructor() {
    this.branchID = new BranchID(null, null);
    this.groupNames = /* @__PURE__ */ new Map();
  }
  clear() {
    this.branchID = new BranchID(null, null);
    this.groupNames.clear();
  }
  isEmpty() {
    return !this.groupNames.size;
  }
  enterDisjunction() {
    this.branchID = this.branchID.child();
  }
  enterAlternative(index) {
    if (index === 0) {
      return;
    }
    this.branchID = this.branchID.sibling();
  }
  leaveDisjunction() {
    this.branchID = this.branchID.parent;
  }
  hasInPattern(name2) {
    return this.groupNames.has(name2);
  }
  hasInScope(name2) {
    const branches2 = this.groupNames.get(name2);
    if (!branches2) {
      return false;
    }
    for (const branch of branches2) {
      if (!branch.separatedFrom(this.branchID)) {
        return true;
      }
    }
    return false;
  }
  addToScope(name2) {
    const branches2 = this.groupNames.get(name2);
    if (branches2) {
      branches2.push(this.branchID);
      return;
    }
    this.groupNames.set(name2, [this.branchID]);
  }
};
var legacyImpl = {
  at(s, end, i2) {
    return i2 < end ? s.charCodeAt(i2) : -1;
  },
  width(c) {
    return 1;
  }
};
var unicodeImpl = {
  at(s, end, i2) {
    return i2 < end ? s.codePointAt(i2) : -1;
  },
  width(c) {
    return c > 65535 ? 2 : 1;
  }
};
var Reader = class {
  constructor() {
    this._impl = legacyImpl;
    this._s = "";
    this._i = 0;
    this._end = 0;
    this._cp1 = -1;
    this._w1 = 1;
    this._cp2 = -1;
    this._w2 = 1;
    this._cp3 = -1;
    this._w3 = 1;
    this._cp4 = -1;
  }
  get source() {
    return this._s;
  }
  get index() {
    return this._i;
  }
  get currentCodePoint() {
    return this._cp1;
  }
  get nextCodePoint() {
    return this._cp2;
  }
  get nextCodePoint2() {
    return this._cp3;
  }
  get nextCodePoint3() {
    return this._cp4;
  }
  reset(source, start2, end, uFlag) {
    this._impl = uFlag ? unicodeImpl : legacyImpl;
    this._s = source;
    this._end = end;
    this.rewind(start2);
  }
  rewind(index) {
    const impl = this._impl;
    this._i = index;
    this._cp1 = impl.at(this._s, this._end, index);
    this._w1 = impl.width(this._cp1);
    this._cp2 = impl.at(this._s, this._end, index + this._w1);
    this._w2 = impl.width(this._cp2);
    this._cp3 = impl.at(this._s, this._end, index + this._w1 + this._w2);
    this._w3 = impl.width(this._cp3);
    this._cp4 = impl.at(this._s, this._end, index + this._w1 + this._w2 + this._w3);
  }
  advance() {
    if (this._cp1 !== -1) {
      const impl = this._impl;
      this._i += this._w1;
      this._cp1 = this._cp2;
      this._w1 = this._w2;
      this._cp2 = this._cp3;
      this._w2 = impl.width(this._cp2);
      this._cp3 = this._cp4;
      this._w3 = impl.width(this._cp3);
      this._cp4 = impl.at(this._s, this._end, this._i + this._w1 + this._w2 + this._w3);
    }
  }
  eat(cp) {
    if (this._cp1 === cp) {
      this.advance();
      return true;
    }
    return false;
  }
  eat2(cp1, cp2) {
    if (this._cp1 === cp1 && this._cp2 === cp2) {
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
  eat3(cp1, cp2, cp3) {
    if (this._cp1 === cp1 && this._cp2 === cp2 && this._cp3 === cp3) {
      this.advance();
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
};
var RegExpSyntaxError = class extends SyntaxError {
  constructor(message, index) {
    super(message);
    this.index = index;
  }
};
function newRegExpSyntaxError(srcCtx, flags2, index, message) {
  let source = "";
  if (srcCtx.kind === "literal") {
    const literal = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    if (literal) {
      source = `: ${literal}`;
    }
  } else if (srcCtx.kind === "pattern") {
    const pattern = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    const flagsText = `${flags2.unicode ? "u" : ""}${flags2.unicodeSets ? "v" : ""}`;
    source = `: /${pattern}/${flagsText}`;
  }
  return new RegExpSyntaxError(`Invalid regular expression${source}: ${message}`, index);
}
var SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  CIRCUMFLEX_ACCENT,
  DOLLAR_SIGN,
  REVERSE_SOLIDUS,
  FULL_STOP,
  ASTERISK,
  PLUS_SIGN,
  QUESTION_MARK,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER = /* @__PURE__ */ new Set([
  AMPERSAND,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  DOLLAR_SIGN,
  PERCENT_SIGN,
  ASTERISK,
  PLUS_SIGN,
  COMMA,
  FULL_STOP,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  QUESTION_MARK,
  COMMERCIAL_AT,
  CIRCUMFLEX_ACCENT,
  GRAVE_ACCENT,
  TILDE
]);
var CLASS_SET_SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  SOLIDUS,
  HYPHEN_MINUS,
  REVERSE_SOLIDUS,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_PUNCTUATOR = /* @__PURE__ */ new Set([
  AMPERSAND,
  HYPHEN_MINUS,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  PERCENT_SIGN,
  COMMA,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  COMMERCIAL_AT,
  GRAVE_ACCENT,
  TILDE
]);
var FLAG_PROP_TO_CODEPOINT = {
  global: LATIN_SMALL_LETTER_G,
  ignoreCase: LATIN_SMALL_LETTER_I,
  multiline: LATIN_SMALL_LETTER_M,
  unicode: LATIN_SMALL_LETTER_U,
  sticky: LATIN_SMALL_LETTER_Y,
  dotAll: LATIN_SMALL_LETTER_S,
  hasIndices: LATIN_SMALL_LETTER_D,
  unicodeSets: LATIN_SMALL_LETTER_V
};
var FLAG_CODEPOINT_TO_PROP = Object.fromEntries(Object.entries(FLAG_PROP_TO_CODEPOINT).map(([k, v]) => [v, k]));
function isSyntaxCharacter(cp) {
  return SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedDoublePunctuatorCharacter(cp) {
  return CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER.has(cp);
}
function isClassSetSyntaxCharacter(cp) {
  return CLASS_SET_SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedPunctuator(cp) {
  return CLASS_SET_RESERVED_PUNCTUATOR.has(cp);
}
function isIdentifierStartChar(cp) {
  return isIdStart(cp) || cp === DOLLAR_SIGN || cp === LOW_LINE;
}
function isIdentifierPartChar(cp) {
  return isIdContinue(cp) || cp === DOLLAR_SIGN || cp === ZERO_WIDTH_NON_JOINER || cp === ZERO_WIDTH_JOINER;
}
function isUnicodePropertyNameCharacter(cp) {
  return isLatinLetter(cp) || cp === LOW_LINE;
}
function isUnicodePropertyValueCharacter(cp) {
  return isUnicodePropertyNameCharacter(cp) || isDecimalDigit(cp);
}
function isRegularExpressionModifier(ch) {
  return ch === LATIN_SMALL_LETTER_I || ch === LATIN_SMALL_LETTER_M || ch === LATIN_SMALL_LETTER_S;
}
var RegExpValidator = class {
  constructor(options) {
    this._reader = new Reader();
    this._unicodeMode = false;
    this._unicodeSetsMode = false;
    this._nFlag = false;
    this._lastIntValue = 0;
    this._lastRange = {
      min: 0,
      max: Number.POSITIVE_INFINITY
    };
    this._lastStrValue = "";
    this._lastAssertionIsQuantifiable = false;
    this._numCapturingParens = 0;
    this._backreferenceNames = /* @__PURE__ */ new Set();
    this._srcCtx = null;
    this._options = options !== null && options !== void 0 ? options : {};
    this._groupSpecifiers = this.ecmaVersion >= 2025 ? new GroupSpecifiersAsES2025() : new GroupSpecifiersAsES2018();
  }
  validateLiteral(source, start2 = 0, end = source.length) {
    this._srcCtx = { source, start: start2, end, kind: "literal" };
    this._unicodeSetsMode = this._unicodeMode = this._nFlag = false;
    this.reset(source, start2, end);
    this.onLiteralEnter(start2);
    if (this.eat(SOLIDUS) && this.eatRegExpBody() && this.eat(SOLIDUS)) {
      const flagStart = this.index;
      const unicode = source.includes("u", flagStart);
      const unicodeSets = source.includes("v", flagStart);
      this.validateFlagsInternal(source, flagStart, end);
      this.validatePatternInternal(source, start2 + 1, flagStart - 1, {
        unicode,
        unicodeSets
      });
    } else if (start2 >= end) {
      this.raise("Empty");
    } else {
      const c = String.fromCodePoint(this.currentCodePoint);
      this.raise(`Unexpected character '${c}'`);
    }
    this.onLiteralLeave(start2, end);
  }
  validateFlags(source, start2 = 0, end = source.length) {
    this._srcCtx = { source, start: start2, end, kind: "flags" };
    this.validateFlagsInternal(source, start2, end);
  }
  validatePattern(source, start2 = 0, end = source.length, uFlagOrFlags = void 0) {
    this._srcCtx = { source, start: start2, end, kind: "pattern" };
    this.validatePatternInternal(source, start2, end, uFlagOrFlags);
  }
  validatePatternInternal(source, start2 = 0, end = source.length, uFlagOrFlags = void 0) {
    const mode = this._parseFlagsOptionToMode(uFlagOrFlags, end);
    this._unicodeMode = mode.unicodeMode;
    this._nFlag = mode.nFlag;
    this._unicodeSetsMode = mode.unicodeSetsMode;
    this.reset(source, start2, end);
    this.consumePattern();
    if (!this._nFlag && this.ecmaVersion >= 2018 && !this._groupSpecifiers.isEmpty()) {
      this._nFlag = true;
      this.rewind(start2);
      this.consumePattern();
    }
  }
  validateFlagsInternal(source, start2, end) {
    const flags2 = this.parseFlags(source, start2, end);
    this.onRegExpFlags(start2, end, flags2);
  }
  _parseFlagsOptionToMode(uFlagOrFlags, sourceEnd) {
    let unicode = false;
    let unicodeSets = false;
    if (uFlagOrFlags && this.ecmaVersion >= 2015) {
      if (typeof uFlagOrFlags === "object") {
        unicode = Boolean(uFlagOrFlags.unicode);
        if (this.ecmaVersion >= 2024) {
          unicodeSets = Boolean(uFlagOrFlags.unicodeSets);
        }
      } else {
        unicode = uFlagOrFlags;
      }
    }
    if (unicode && unicodeSets) {
      this.raise("Invalid regular expression flags", {
        index: sourceEnd + 1,
        unicode,
        unicodeSets
      });
    }
    const unicodeMode = unicode || unicodeSets;
    const nFlag = unicode && this.ecmaVersion >= 2018 || unicodeSets || Boolean(this._options.strict && this.ecmaVersion >= 2023);
    const unicodeSetsMode = unicodeSets;
    return { unicodeMode, nFlag, unicodeSetsMode };
  }
  get strict() {
    return Boolean(this._options.strict) || this._unicodeMode;
  }
  get ecmaVersion() {
    var _a;
    return (_a = this._options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  onLiteralEnter(start2) {
    if (this._options.onLiteralEnter) {
      this._options.onLiteralEnter(start2);
    }
  }
  onLiteralLeave(start2, end) {
    if (this._options.onLiteralLeave) {
      this._options.onLiteralLeave(start2, end);
    }
  }
  onRegExpFlags(start2, end, flags2) {
    if (this._options.onRegExpFlags) {
      this._options.onRegExpFlags(start2, end, flags2);
    }
    if (this._options.onFlags) {
      this._options.onFlags(start2, end, flags2.global, flags2.ignoreCase, flags2.multiline, flags2.unicode, flags2.sticky, flags2.dotAll, flags2.hasIndices);
    }
  }
  onPatternEnter(start2) {
    if (this._options.onPatternEnter) {
      this._options.onPatternEnter(start2);
    }
  }
  onPatternLeave(start2, end) {
    if (this._options.onPatternLeave) {
      this._options.onPatternLeave(start2, end);
    }
  }
  onDisjunctionEnter(start2) {
    if (this._options.onDisjunctionEnter) {
      this._options.onDisjunctionEnter(start2);
    }
  }
  onDisjunctionLeave(start2, end) {
    if (this._options.onDisjunctionLeave) {
      this._options.onDisjunctionLeave(start2, end);
    }
  }
  onAlternativeEnter(start2, index) {
    if (this._options.onAlternativeEnter) {
      this._options.onAlternativeEnter(start2, index);
    }
  }
  onAlternativeLeave(start2, end, index) {
    if (this._options.onAlternativeLeave) {
      this._options.onAlternativeLeave(start2, end, index);
    }
  }
  onGroupEnter(start2) {
    if (this._options.onGroupEnter) {
      this._options.onGroupEnter(start2);
    }
  }
  onGroupLeave(start2, end) {
    if (this._options.onGroupLeave) {
      this._options.onGroupLeave(start2, end);
    }
  }
  onModifiersEnter(start2) {
    if (this._options.onModifiersEnter) {
      this._options.onModifiersEnter(start2);
    }
  }
  onModifiersLeave(start2, end) {
    if (this._options.onModifiersLeave) {
      this._options.onModifiersLeave(start2, end);
    }
  }
  onAddModifiers(start2, end, flags2) {
    if (this._options.onAddModifiers) {
      this._options.onAddModifiers(start2, end, flags2);
    }
  }
  onRemoveModifiers(start2, end, flags2) {
    if (this._options.onRemoveModifiers) {
      this._options.onRemoveModifiers(start2, end, flags2);
    }
  }
  onCapturingGroupEnter(start2, name2) {
    if (this._options.onCapturingGroupEnter) {
      this._options.onCapturingGroupEnter(start2, name2);
    }
  }
  onCapturingGroupLeave(start2, end, name2) {
    if (this._options.onCapturingGroupLeave) {
      this._options.onCapturingGroupLeave(start2, end, name2);
    }
  }
  onQuantifier(start2, end, min, max, greedy) {
    if (this._options.onQuantifier) {
      this._options.onQuantifier(start2, end, min, max, greedy);
    }
  }
  onLookaroundAssertionEnter(start2, kind, negate) {
    if (this._options.onLookaroundAssertionEnter) {
      this._options.onLookaroundAssertionEnter(start2, kind, negate);
    }
  }
  onLookaroundAssertionLeave(start2, end, kind, negate) {
    if (this._options.onLookaroundAssertionLeave) {
      this._options.onLookaroundAssertionLeave(start2, end, kind, negate);
    }
  }
  onEdgeAssertion(start2, end, kind) {
    if (this._options.onEdgeAssertion) {
      this._options.onEdgeAssertion(start2, end, kind);
    }
  }
  onWordBoundaryAssertion(start2, end, kind, negate) {
    if (this._options.onWordBoundaryAssertion) {
      this._options.onWordBoundaryAssertion(start2, end, kind, negate);
    }
  }
  onAnyCharacterSet(start2, end, kind) {
    if (this._options.onAnyCharacterSet) {
      this._options.onAnyCharacterSet(start2, end, kind);
    }
  }
  onEscapeCharacterSet(start2, end, kind, negate) {
    if (this._options.onEscapeCharacterSet) {
      this._options.onEscapeCharacterSet(start2, end, kind, negate);
    }
  }
  onUnicodePropertyCharacterSet(start2, end, kind, key2, value, negate, strings) {
    if (this._options.onUnicodePropertyCharacterSet) {
      this._options.onUnicodePropertyCharacterSet(start2, end, kind, key2, value, negate, strings);
    }
  }
  onCharacter(start2, end, value) {
    if (this._options.onCharacter) {
      this._options.onCharacter(start2, end, value);
    }
  }
  onBackreference(start2, end, ref) {
    if (this._options.onBackreference) {
      this._options.onBackreference(start2, end, ref);
    }
  }
  onCharacterClassEnter(start2, negate, unicodeSets) {
    if (this._options.onCharacterClassEnter) {
      this._options.onCharacterClassEnter(start2, negate, unicodeSets);
    }
  }
  onCharacterClassLeave(start2, end, negate) {
    if (this._options.onCharacterClassLeave) {
      this._options.onCharacterClassLeave(start2, end, negate);
    }
  }
  onCharacterClassRange(start2, end, min, max) {
    if (this._options.onCharacterClassRange) {
      this._options.onCharacterClassRange(start2, end, min, max);
    }
  }
  onClassIntersection(start2, end) {
    if (this._options.onClassIntersection) {
      this._options.onClassIntersection(start2, end);
    }
  }
  onClassSubtraction(start2, end) {
    if (this._options.onClassSubtraction) {
      this._options.onClassSubtraction(start2, end);
    }
  }
  onClassStringDisjunctionEnter(start2) {
    if (this._options.onClassStringDisjunctionEnter) {
      this._options.onClassStringDisjunctionEnter(start2);
    }
  }
  onClassStringDisjunctionLeave(start2, end) {
    if (this._options.onClassStringDisjunctionLeave) {
      this._options.onClassStringDisjunctionLeave(start2, end);
    }
  }
  onStringAlternativeEnter(start2, index) {
    if (this._options.onStringAlternativeEnter) {
      this._options.onStringAlternativeEnter(start2, index);
    }
  }
  onStringAlternativeLeave(start2, end, index) {
    if (this._options.onStringAlternativeLeave) {
      this._options.onStringAlternativeLeave(start2, end, index);
    }
  }
  get index() {
    return this._reader.index;
  }
  get currentCodePoint() {
    return this._reader.currentCodePoint;
  }
  get nextCodePoint() {
    return this._reader.nextCodePoint;
  }
  get nextCodePoint2() {
    return this._reader.nextCodePoint2;
  }
  get nextCodePoint3() {
    return this._reader.nextCodePoint3;
  }
  reset(source, start2, end) {
    this._reader.reset(source, start2, end, this._unicodeMode);
  }
  rewind(index) {
    this._reader.rewind(index);
  }
  advance() {
    this._reader.advance();
  }
  eat(cp) {
    return this._reader.eat(cp);
  }
  eat2(cp1, cp2) {
    return this._reader.eat2(cp1, cp2);
  }
  eat3(cp1, cp2, cp3) {
    return this._reader.eat3(cp1, cp2, cp3);
  }
  raise(message, context) {
    var _a, _b, _c;
    throw newRegExpSyntaxError(this._srcCtx, {
      unicode: (_a = context === null || context === void 0 ? void 0 : context.unicode) !== null && _a !== void 0 ? _a : this._unicodeMode && !this._unicodeSetsMode,
      unicodeSets: (_b = context === null || context === void 0 ? void 0 : context.unicodeSets) !== null && _b !== void 0 ? _b : this._unicodeSetsMode
    }, (_c = context === null || context === void 0 ? void 0 : context.index) !== null && _c !== void 0 ? _c : this.index, message);
  }
  eatRegExpBody() {
    const start2 = this.index;
    let inClass = false;
    let escaped = false;
    for (; ; ) {
      const cp = this.currentCodePoint;
      if (cp === -1 || isLineTerminator(cp)) {
        const kind = inClass ? "character class" : "regular expression";
        this.raise(`Unterminated ${kind}`);
      }
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === SOLIDUS && !inClass || cp === ASTERISK && this.index === start2) {
        break;
      }
      this.advance();
    }
    return this.index !== start2;
  }
  consumePattern() {
    const start2 = this.index;
    this._numCapturingParens = this.countCapturingParens();
    this._groupSpecifiers.clear();
    this._backreferenceNames.clear();
    this.onPatternEnter(start2);
    this.consumeDisjunction();
    const cp = this.currentCodePoint;
    if (this.currentCodePoint !== -1) {
      if (cp === RIGHT_PARENTHESIS) {
        this.raise("Unmatched ')'");
      }
      if (cp === REVERSE_SOLIDUS) {
        this.raise("\\ at end of pattern");
      }
      if (cp === RIGHT_SQUARE_BRACKET || cp === RIGHT_CURLY_BRACKET) {
        this.raise("Lone quantifier brackets");
      }
      const c = String.fromCodePoint(cp);
      this.raise(`Unexpected character '${c}'`);
    }
    for (const name2 of this._backreferenceNames) {
      if (!this._groupSpecifiers.hasInPattern(name2)) {
        this.raise("Invalid named capture referenced");
      }
    }
    this.onPatternLeave(start2, this.index);
  }
  countCapturingParens() {
    const start2 = this.index;
    let inClass = false;
    let escaped = false;
    let count = 0;
    let cp = 0;
    while ((cp = this.currentCodePoint) !== -1) {
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === LEFT_PARENTHESIS && !inClass && (this.nextCodePoint !== QUESTION_MARK || this.nextCodePoint2 === LESS_THAN_SIGN && this.nextCodePoint3 !== EQUALS_SIGN && this.nextCodePoint3 !== EXCLAMATION_MARK)) {
        count += 1;
      }
      this.advance();
    }
    this.rewind(start2);
    return count;
  }
  consumeDisjunction() {
    const start2 = this.index;
    let i2 = 0;
    this._groupSpecifiers.enterDisjunction();
    this.onDisjunctionEnter(start2);
    do {
      this.consumeAlternative(i2++);
    } while (this.eat(VERTICAL_LINE));
    if (this.consumeQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    if (this.eat(LEFT_CURLY_BRACKET)) {
      this.raise("Lone quantifier brackets");
    }
    this.onDisjunctionLeave(start2, this.index);
    this._groupSpecifiers.leaveDisjunction();
  }
  consumeAlternative(i2) {
    const start2 = this.index;
    this._groupSpecifiers.enterAlternative(i2);
    this.onAlternativeEnter(start2, i2);
    while (this.currentCodePoint !== -1 && this.consumeTerm()) {
    }
    this.onAlternativeLeave(start2, this.index, i2);
  }
  consumeTerm() {
    if (this._unicodeMode || this.strict) {
      return this.consumeAssertion() || this.consumeAtom() && this.consumeOptionalQuantifier();
    }
    return this.consumeAssertion() && (!this._lastAssertionIsQuantifiable || this.consumeOptionalQuantifier()) || this.consumeExtendedAtom() && this.consumeOptionalQuantifier();
  }
  consumeOptionalQuantifier() {
    this.consumeQuantifier();
    return true;
  }
  consumeAssertion() {
    const start2 = this.index;
    this._lastAssertionIsQuantifiable = false;
    if (this.eat(CIRCUMFLEX_ACCENT)) {
      this.onEdgeAssertion(start2, this.index, "start");
      return true;
    }
    if (this.eat(DOLLAR_SIGN)) {
      this.onEdgeAssertion(start2, this.index, "end");
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_CAPITAL_LETTER_B)) {
      this.onWordBoundaryAssertion(start2, this.index, "word", true);
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_B)) {
      this.onWordBoundaryAssertion(start2, this.index, "word", false);
      return true;
    }
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      const lookbehind = this.ecmaVersion >= 2018 && this.eat(LESS_THAN_SIGN);
      let negate = false;
      if (this.eat(EQUALS_SIGN) || (negate = this.eat(EXCLAMATION_MARK))) {
        const kind = lookbehind ? "lookbehind" : "lookahead";
        this.onLookaroundAssertionEnter(start2, kind, negate);
        this.consumeDisjunction();
        if (!this.eat(RIGHT_PARENTHESIS)) {
          this.raise("Unterminated group");
        }
        this._lastAssertionIsQuantifiable = !lookbehind && !this.strict;
        this.onLookaroundAssertionLeave(start2, this.index, kind, negate);
        return true;
      }
      this.rewind(start2);
    }
    return false;
  }
  consumeQuantifier(noConsume = false) {
    const start2 = this.index;
    let min = 0;
    let max = 0;
    let greedy = false;
    if (this.eat(ASTERISK)) {
      min = 0;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(PLUS_SIGN)) {
      min = 1;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(QUESTION_MARK)) {
      min = 0;
      max = 1;
    } else if (this.eatBracedQuantifier(noConsume)) {
      ({ min, max } = this._lastRange);
    } else {
      return false;
    }
    greedy = !this.eat(QUESTION_MARK);
    if (!noConsume) {
      this.onQuantifier(start2, this.index, min, max, greedy);
    }
    return true;
  }
  eatBracedQuantifier(noError) {
    const start2 = this.index;
    if (this.eat(LEFT_CURLY_BRACKET)) {
      if (this.eatDecimalDigits()) {
        const min = this._lastIntValue;
        let max = min;
        if (this.eat(COMMA)) {
          max = this.eatDecimalDigits() ? this._lastIntValue : Number.POSITIVE_INFINITY;
        }
        if (this.eat(RIGHT_CURLY_BRACKET)) {
          if (!noError && max < min) {
            this.raise("numbers out of order in {} quantifier");
          }
          this._lastRange = { min, max };
          return true;
        }
      }
      if (!noError && (this._unicodeMode || this.strict)) {
        this.raise("Incomplete quantifier");
      }
      this.rewind(start2);
    }
    return false;
  }
  consumeAtom() {
    return this.consumePatternCharacter() || this.consumeDot() || this.consumeReverseSolidusAtomEscape() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup();
  }
  consumeDot() {
    if (this.eat(FULL_STOP)) {
      this.onAnyCharacterSet(this.index - 1, this.index, "any");
      return true;
    }
    return false;
  }
  consumeReverseSolidusAtomEscape() {
    const start2 = this.index;
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeAtomEscape()) {
        return true;
      }
      this.rewind(start2);
    }
    return false;
  }
  consumeUncapturingGroup() {
    const start2 = this.index;
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      this.onGroupEnter(start2);
      if (this.ecmaVersion >= 2025) {
        this.consumeModifiers();
      }
      if (!this.eat(COLON)) {
        this.rewind(start2 + 1);
        this.raise("Invalid group");
      }
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onGroupLeave(start2, this.index);
      return true;
    }
    return false;
  }
  consumeModifiers() {
    const start2 = this.index;
    const hasAddModifiers = this.eatModifiers();
    const addModifiersEnd = this.index;
    const hasHyphen = this.eat(HYPHEN_MINUS);
    if (!hasAddModifiers && !hasHyphen) {
      return false;
    }
    this.onModifiersEnter(start2);
    const addModifiers = this.parseModifiers(start2, addModifiersEnd);
    this.onAddModifiers(start2, addModifiersEnd, addModifiers);
    if (hasHyphen) {
      const modifiersStart = this.index;
      if (!this.eatModifiers() && !hasAddModifiers && this.currentCodePoint === COLON) {
        this.raise("Invalid empty flags");
      }
      const modifiers = this.parseModifiers(modifiersStart, this.index);
      for (const [flagName] of Object.entries(modifiers).filter(([, enable]) => enable)) {
        if (addModifiers[flagName]) {
          this.raise(`Duplicated flag '${String.fromCodePoint(FLAG_PROP_TO_CODEPOINT[flagName])}'`);
        }
      }
      this.onRemoveModifiers(modifiersStart, this.index, modifiers);
    }
    this.onModifiersLeave(start2, this.index);
    return true;
  }
  consumeCapturingGroup() {
    const start2 = this.index;
    if (this.eat(LEFT_PARENTHESIS)) {
      let name2 = null;
      if (this.ecmaVersion >= 2018) {
        if (this.consumeGroupSpecifier()) {
          name2 = this._lastStrValue;
        } else if (this.currentCodePoint === QUESTION_MARK) {
          this.rewind(start2);
          return false;
        }
      } else if (this.currentCodePoint === QUESTION_MARK) {
        this.rewind(start2);
        return false;
      }
      this.onCapturingGroupEnter(start2, name2);
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onCapturingGroupLeave(start2, this.index, name2);
      return true;
    }
    return false;
  }
  consumeExtendedAtom() {
    return this.consumeDot() || this.consumeReverseSolidusAtomEscape() || this.consumeReverseSolidusFollowedByC() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup() || this.consumeInvalidBracedQuantifier() || this.consumeExtendedPatternCharacter();
  }
  consumeReverseSolidusFollowedByC() {
    const start2 = this.index;
    if (this.currentCodePoint === REVERSE_SOLIDUS && this.nextCodePoint === LATIN_SMALL_LETTER_C) {
      this._lastIntValue = this.currentCodePoint;
      this.advance();
      this.onCharacter(start2, this.index, REVERSE_SOLIDUS);
      return true;
    }
    return false;
  }
  consumeInvalidBracedQuantifier() {
    if (this.eatBracedQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    return false;
  }
  consumePatternCharacter() {
    const start2 = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && !isSyntaxCharacter(cp)) {
      this.advance();
      this.onCharacter(start2, this.index, cp);
      return true;
    }
    return false;
  }
  consumeExtendedPatternCharacter() {
    const start2 = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== CIRCUMFLEX_ACCENT && cp !== DOLLAR_SIGN && cp !== REVERSE_SOLIDUS && cp !== FULL_STOP && cp !== ASTERISK && cp !== PLUS_SIGN && cp !== QUESTION_MARK && cp !== LEFT_PARENTHESIS && cp !== RIGHT_PARENTHESIS && cp !== LEFT_SQUARE_BRACKET && cp !== VERTICAL_LINE) {
      this.advance();
      this.onCharacter(start2, this.index, cp);
      return true;
    }
    return false;
  }
  consumeGroupSpecifier() {
    const start2 = this.index;
    if (this.eat(QUESTION_MARK)) {
      if (this.eatGroupName()) {
        if (!this._groupSpecifiers.hasInScope(this._lastStrValue)) {
          this._groupSpecifiers.addToScope(this._lastStrValue);
          return true;
        }
        this.raise("Duplicate capture group name");
      }
      this.rewind(start2);
    }
    return false;
  }
  consumeAtomEscape() {
    if (this.consumeBackreference() || this.consumeCharacterClassEscape() || this.consumeCharacterEscape() || this._nFlag && this.consumeKGroupName()) {
      return true;
    }
    if (this.strict || this._unicodeMode) {
      this.raise("Invalid escape");
    }
    return false;
  }
  consumeBackreference() {
    const start2 = this.index;
    if (this.eatDecimalEscape()) {
      const n = this._lastIntValue;
      if (n <= this._numCapturingParens) {
        this.onBackreference(start2 - 1, this.index, n);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start2);
    }
    return false;
  }
  consumeCharacterClassEscape() {
    var _a;
    const start2 = this.index;
    if (this.eat(LATIN_SMALL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start2 - 1, this.index, "digit", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start2 - 1, this.index, "digit", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start2 - 1, this.index, "space", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start2 - 1, this.index, "space", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start2 - 1, this.index, "word", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start2 - 1, this.index, "word", true);
      return {};
    }
    let negate = false;
    if (this._unicodeMode && this.ecmaVersion >= 2018 && (this.eat(LATIN_SMALL_LETTER_P) || (negate = this.eat(LATIN_CAPITAL_LETTER_P)))) {
      this._lastIntValue = -1;
      let result = null;
      if (this.eat(LEFT_CURLY_BRACKET) && (result = this.eatUnicodePropertyValueExpression()) && this.eat(RIGHT_CURLY_BRACKET)) {
        if (negate && result.strings) {
          this.raise("Invalid property name");
        }
        this.onUnicodePropertyCharacterSet(start2 - 1, this.index, "property", result.key, result.value, negate, (_a = result.strings) !== null && _a !== void 0 ? _a : false);
        return { mayContainStrings: result.strings };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  consumeCharacterEscape() {
    const start2 = this.index;
    if (this.eatControlEscape() || this.eatCControlLetter() || this.eatZero() || this.eatHexEscapeSequence() || this.eatRegExpUnicodeEscapeSequence() || !this.strict && !this._unicodeMode && this.eatLegacyOctalEscapeSequence() || this.eatIdentityEscape()) {
      this.onCharacter(start2 - 1, this.index, this._lastIntValue);
      return true;
    }
    return false;
  }
  consumeKGroupName() {
    const start2 = this.index;
    if (this.eat(LATIN_SMALL_LETTER_K)) {
      if (this.eatGroupName()) {
        const groupName = this._lastStrValue;
        this._backreferenceNames.add(groupName);
        this.onBackreference(start2 - 1, this.index, groupName);
        return true;
      }
      this.raise("Invalid named reference");
    }
    return false;
  }
  consumeCharacterClass() {
    const start2 = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start2, negate, this._unicodeSetsMode);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        if (this.currentCodePoint === -1) {
          this.raise("Unterminated character class");
        }
        this.raise("Invalid character in character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start2, this.index, negate);
      return result;
    }
    return null;
  }
  consumeClassContents() {
    if (this._unicodeSetsMode) {
      if (this.currentCodePoint === RIGHT_SQUARE_BRACKET) {
        return {};
      }
      const result = this.consumeClassSetExpression();
      return result;
    }
    const strict = this.strict || this._unicodeMode;
    for (; ; ) {
      const rangeStart = this.index;
      if (!this.consumeClassAtom()) {
        break;
      }
      const min = this._lastIntValue;
      if (!this.eat(HYPHEN_MINUS)) {
        continue;
      }
      this.onCharacter(this.index - 1, this.index, HYPHEN_MINUS);
      if (!this.consumeClassAtom()) {
        break;
      }
      const max = this._lastIntValue;
      if (min === -1 || max === -1) {
        if (strict) {
          this.raise("Invalid character class");
        }
        continue;
      }
      if (min > max) {
        this.raise("Range out of order in character class");
      }
      this.onCharacterClassRange(rangeStart, this.index, min, max);
    }
    return {};
  }
  consumeClassAtom() {
    const start2 = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== REVERSE_SOLIDUS && cp !== RIGHT_SQUARE_BRACKET) {
      this.advance();
      this._lastIntValue = cp;
      this.onCharacter(start2, this.index, this._lastIntValue);
      return true;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeClassEscape()) {
        return true;
      }
      if (!this.strict && this.currentCodePoint === LATIN_SMALL_LETTER_C) {
        this._lastIntValue = REVERSE_SOLIDUS;
        this.onCharacter(start2, this.index, this._lastIntValue);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start2);
    }
    return false;
  }
  consumeClassEscape() {
    const start2 = this.index;
    if (this.eat(LATIN_SMALL_LETTER_B)) {
      this._lastIntValue = BACKSPACE;
      this.onCharacter(start2 - 1, this.index, this._lastIntValue);
      return true;
    }
    if (this._unicodeMode && this.eat(HYPHEN_MINUS)) {
      this._lastIntValue = HYPHEN_MINUS;
      this.onCharacter(start2 - 1, this.index, this._lastIntValue);
      return true;
    }
    let cp = 0;
    if (!this.strict && !this._unicodeMode && this.currentCodePoint === LATIN_SMALL_LETTER_C && (isDecimalDigit(cp = this.nextCodePoint) || cp === LOW_LINE)) {
      this.advance();
      this.advance();
      this._lastIntValue = cp % 32;
      this.onCharacter(start2 - 1, this.index, this._lastIntValue);
      return true;
    }
    return Boolean(this.consumeCharacterClassEscape()) || this.consumeCharacterEscape();
  }
  consumeClassSetExpression() {
    const start2 = this.index;
    let mayContainStrings = false;
    let result = null;
    if (this.consumeClassSetCharacter()) {
      if (this.consumeClassSetRangeFromOperator(start2)) {
        this.consumeClassUnionRight({});
        return {};
      }
      mayContainStrings = false;
    } else if (result = this.consumeClassSetOperand()) {
      mayContainStrings = result.mayContainStrings;
    } else {
      const cp = this.currentCodePoint;
      if (cp === REVERSE_SOLIDUS) {
        this.advance();
        this.raise("Invalid escape");
      }
      if (cp === this.nextCodePoint && isClassSetReservedDoublePunctuatorCharacter(cp)) {
        this.raise("Invalid set operation in character class");
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(AMPERSAND, AMPERSAND)) {
      while (this.currentCodePoint !== AMPERSAND && (result = this.consumeClassSetOperand())) {
        this.onClassIntersection(start2, this.index);
        if (!result.mayContainStrings) {
          mayContainStrings = false;
        }
        if (this.eat2(AMPERSAND, AMPERSAND)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
      while (this.consumeClassSetOperand()) {
        this.onClassSubtraction(start2, this.index);
        if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    return this.consumeClassUnionRight({ mayContainStrings });
  }
  consumeClassUnionRight(leftResult) {
    let mayContainStrings = leftResult.mayContainStrings;
    for (; ; ) {
      const start2 = this.index;
      if (this.consumeClassSetCharacter()) {
        this.consumeClassSetRangeFromOperator(start2);
        continue;
      }
      const result = this.consumeClassSetOperand();
      if (result) {
        if (result.mayContainStrings) {
          mayContainStrings = true;
        }
        continue;
      }
      break;
    }
    return { mayContainStrings };
  }
  consumeClassSetRangeFromOperator(start2) {
    const currentStart = this.index;
    const min = this._lastIntValue;
    if (this.eat(HYPHEN_MINUS)) {
      if (this.consumeClassSetCharacter()) {
        const max = this._lastIntValue;
        if (min === -1 || max === -1) {
          this.raise("Invalid character class");
        }
        if (min > max) {
          this.raise("Range out of order in character class");
        }
        this.onCharacterClassRange(start2, this.index, min, max);
        return true;
      }
      this.rewind(currentStart);
    }
    return false;
  }
  consumeClassSetOperand() {
    let result = null;
    if (result = this.consumeNestedClass()) {
      return result;
    }
    if (result = this.consumeClassStringDisjunction()) {
      return result;
    }
    if (this.consumeClassSetCharacter()) {
      return {};
    }
    return null;
  }
  consumeNestedClass() {
    const start2 = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start2, negate, true);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        this.raise("Unterminated character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start2, this.index, negate);
      return result;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      const result = this.consumeCharacterClassEscape();
      if (result) {
        return result;
      }
      this.rewind(start2);
    }
    return null;
  }
  consumeClassStringDisjunction() {
    const start2 = this.index;
    if (this.eat3(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_Q, LEFT_CURLY_BRACKET)) {
      this.onClassStringDisjunctionEnter(start2);
      let i2 = 0;
      let mayContainStrings = false;
      do {
        if (this.consumeClassString(i2++).mayContainStrings) {
          mayContainStrings = true;
        }
      } while (this.eat(VERTICAL_LINE));
      if (this.eat(RIGHT_CURLY_BRACKET)) {
        this.onClassStringDisjunctionLeave(start2, this.index);
        return { mayContainStrings };
      }
      this.raise("Unterminated class string disjunction");
    }
    return null;
  }
  consumeClassString(i2) {
    const start2 = this.index;
    let count = 0;
    this.onStringAlternativeEnter(start2, i2);
    while (this.currentCodePoint !== -1 && this.consumeClassSetCharacter()) {
      count++;
    }
    this.onStringAlternativeLeave(start2, this.index, i2);
    return { mayContainStrings: count !== 1 };
  }
  consumeClassSetCharacter() {
    const start2 = this.index;
    const cp = this.currentCodePoint;
    if (cp !== this.nextCodePoint || !isClassSetReservedDoublePunctuatorCharacter(cp)) {
      if (cp !== -1 && !isClassSetSyntaxCharacter(cp)) {
        this._lastIntValue = cp;
        this.advance();
        this.onCharacter(start2, this.index, this._lastIntValue);
        return true;
      }
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeCharacterEscape()) {
        return true;
      }
      if (isClassSetReservedPunctuator(this.currentCodePoint)) {
        this._lastIntValue = this.currentCodePoint;
        this.advance();
        this.onCharacter(start2, this.index, this._lastIntValue);
        return true;
      }
      if (this.eat(LATIN_SMALL_LETTER_B)) {
        this._lastIntValue = BACKSPACE;
        this.onCharacter(start2, this.index, this._lastIntValue);
        return true;
      }
      this.rewind(start2);
    }
    return false;
  }
  eatGroupName() {
    if (this.eat(LESS_THAN_SIGN)) {
      if (this.eatRegExpIdentifierName() && this.eat(GREATER_THAN_SIGN)) {
        return true;
      }
      this.raise("Invalid capture group name");
    }
    return false;
  }
  eatRegExpIdentifierName() {
    if (this.eatRegExpIdentifierStart()) {
      this._lastStrValue = String.fromCodePoint(this._lastIntValue);
      while (this.eatRegExpIdentifierPart()) {
        this._lastStrValue += String.fromCodePoint(this._lastIntValue);
      }
      return true;
    }
    return false;
  }
  eatRegExpIdentifierStart() {
    const start2 = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierStartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start2) {
      this.rewind(start2);
    }
    return false;
  }
  eatRegExpIdentifierPart() {
    const start2 = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierPartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start2) {
      this.rewind(start2);
    }
    return false;
  }
  eatCControlLetter() {
    const start2 = this.index;
    if (this.eat(LATIN_SMALL_LETTER_C)) {
      if (this.eatControlLetter()) {
        return true;
      }
      this.rewind(start2);
    }
    return false;
  }
  eatZero() {
    if (this.currentCodePoint === DIGIT_ZERO && !isDecimalDigit(this.nextCodePoint)) {
      this._lastIntValue = 0;
      this.advance();
      return true;
    }
    return false;
  }
  eatControlEscape() {
    if (this.eat(LATIN_SMALL_LETTER_F)) {
      this._lastIntValue = FORM_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_N)) {
      this._lastIntValue = LINE_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_R)) {
      this._lastIntValue = CARRIAGE_RETURN;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_T)) {
      this._lastIntValue = CHARACTER_TABULATION;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_V)) {
      this._lastIntValue = LINE_TABULATION;
      return true;
    }
    return false;
  }
  eatControlLetter() {
    const cp = this.currentCodePoint;
    if (isLatinLetter(cp)) {
      this.advance();
      this._lastIntValue = cp % 32;
      return true;
    }
    return false;
  }
  eatRegExpUnicodeEscapeSequence(forceUFlag = false) {
    const start2 = this.index;
    const uFlag = forceUFlag || this._unicodeMode;
    if (this.eat(LATIN_SMALL_LETTER_U)) {
      if (uFlag && this.eatRegExpUnicodeSurrogatePairEscape() || this.eatFixedHexDigits(4) || uFlag && this.eatRegExpUnicodeCodePointEscape()) {
        return true;
      }
      if (this.strict || uFlag) {
        this.raise("Invalid unicode escape");
      }
      this.rewind(start2);
    }
    return false;
  }
  eatRegExpUnicodeSurrogatePairEscape() {
    const start2 = this.index;
    if (this.eatFixedHexDigits(4)) {
      const lead = this._lastIntValue;
      if (isLeadSurrogate(lead) && this.eat(REVERSE_SOLIDUS) && this.eat(LATIN_SMALL_LETTER_U) && this.eatFixedHexDigits(4)) {
        const trail = this._lastIntValue;
        if (isTrailSurrogate(trail)) {
          this._lastIntValue = combineSurrogatePair(lead, trail);
          return true;
        }
      }
      this.rewind(start2);
    }
    return false;
  }
  eatRegExpUnicodeCodePointEscape() {
    const start2 = this.index;
    if (this.eat(LEFT_CURLY_BRACKET) && this.eatHexDigits() && this.eat(RIGHT_CURLY_BRACKET) && isValidUnicode(this._lastIntValue)) {
      return true;
    }
    this.rewind(start2);
    return false;
  }
  eatIdentityEscape() {
    const cp = this.currentCodePoint;
    if (this.isValidIdentityEscape(cp)) {
      this._lastIntValue = cp;
      this.advance();
      return true;
    }
    return false;
  }
  isValidIdentityEscape(cp) {
    if (cp === -1) {
      return false;
    }
    if (this._unicodeMode) {
      return isSyntaxCharacter(cp) || cp === SOLIDUS;
    }
    if (this.strict) {
      return !isIdContinue(cp);
    }
    if (this._nFlag) {
      return !(cp === LATIN_SMALL_LETTER_C || cp === LATIN_SMALL_LETTER_K);
    }
    return cp !== LATIN_SMALL_LETTER_C;
  }
  eatDecimalEscape() {
    this._lastIntValue = 0;
    let cp = this.currentCodePoint;
    if (cp >= DIGIT_ONE && cp <= DIGIT_NINE) {
      do {
        this._lastIntValue = 10 * this._lastIntValue + (cp - DIGIT_ZERO);
        this.advance();
      } while ((cp = this.currentCodePoint) >= DIGIT_ZERO && cp <= DIGIT_NINE);
      return true;
    }
    return false;
  }
  eatUnicodePropertyValueExpression() {
    const start2 = this.index;
    if (this.eatUnicodePropertyName() && this.eat(EQUALS_SIGN)) {
      const key2 = this._lastStrValue;
      if (this.eatUnicodePropertyValue()) {
        const value = this._lastStrValue;
        if (isValidUnicodeProperty(this.ecmaVersion, key2, value)) {
          return {
            key: key2,
            value: value || null
          };
        }
        this.raise("Invalid property name");
      }
    }
    this.rewind(start2);
    if (this.eatLoneUnicodePropertyNameOrValue()) {
      const nameOrValue = this._lastStrValue;
      if (isValidUnicodeProperty(this.ecmaVersion, "General_Category", nameOrValue)) {
        return {
          key: "General_Category",
          value: nameOrValue || null
        };
      }
      if (isValidLoneUnicodeProperty(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null
        };
      }
      if (this._unicodeSetsMode && isValidLoneUnicodePropertyOfString(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null,
          strings: true
        };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  eatUnicodePropertyName() {
    this._lastStrValue = "";
    while (isUnicodePropertyNameCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatUnicodePropertyValue() {
    this._lastStrValue = "";
    while (isUnicodePropertyValueCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatLoneUnicodePropertyNameOrValue() {
    return this.eatUnicodePropertyValue();
  }
  eatHexEscapeSequence() {
    const start2 = this.index;
    if (this.eat(LATIN_SMALL_LETTER_X)) {
      if (this.eatFixedHexDigits(2)) {
        return true;
      }
      if (this._unicodeMode || this.strict) {
        this.raise("Invalid escape");
      }
      this.rewind(start2);
    }
    return false;
  }
  eatDecimalDigits() {
    const start2 = this.index;
    this._lastIntValue = 0;
    while (isDecimalDigit(this.currentCodePoint)) {
      this._lastIntValue = 10 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start2;
  }
  eatHexDigits() {
    const start2 = this.index;
    this._lastIntValue = 0;
    while (isHexDigit(this.currentCodePoint)) {
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start2;
  }
  eatLegacyOctalEscapeSequence() {
    if (this.eatOctalDigit()) {
      const n1 = this._lastIntValue;
      if (this.eatOctalDigit()) {
        const n2 = this._lastIntValue;
        if (n1 <= 3 && this.eatOctalDigit()) {
          this._lastIntValue = n1 * 64 + n2 * 8 + this._lastIntValue;
        } else {
          this._lastIntValue = n1 * 8 + n2;
        }
      } else {
        this._lastIntValue = n1;
      }
      return true;
    }
    return false;
  }
  eatOctalDigit() {
    const cp = this.currentCodePoint;
    if (isOctalDigit(cp)) {
      this.advance();
      this._lastIntValue = cp - DIGIT_ZERO;
      return true;
    }
    this._lastIntValue = 0;
    return false;
  }
  eatFixedHexDigits(length) {
    const start2 = this.index;
    this._lastIntValue = 0;
    for (let i2 = 0; i2 < length; ++i2) {
      const cp = this.currentCodePoint;
      if (!isHexDigit(cp)) {
        this.rewind(start2);
        return false;
      }
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(cp);
      this.advance();
    }
    return true;
  }
  eatModifiers() {
    let ate = false;
    while (isRegularExpressionModifier(this.currentCodePoint)) {
      this.advance();
      ate = true;
    }
    return ate;
  }
  parseModifiers(start2, end) {
    const { ignoreCase, multiline, dotAll } = this.parseFlags(this._reader.source, start2, end);
    return { ignoreCase, multiline, dotAll };
  }
  parseFlags(source, start2, end) {
    const flags2 = {
      global: false,
      ignoreCase: false,
      multiline: false,
      unicode: false,
      sticky: false,
      dotAll: false,
      hasIndices: false,
      unicodeSets: false
    };
    const validFlags = /* @__PURE__ */ new Set();
    validFlags.add(LATIN_SMALL_LETTER_G);
    validFlags.add(LATIN_SMALL_LETTER_I);
    validFlags.add(LATIN_SMALL_LETTER_M);
    if (this.ecmaVersion >= 2015) {
      validFlags.add(LATIN_SMALL_LETTER_U);
      validFlags.add(LATIN_SMALL_LETTER_Y);
      if (this.ecmaVersion >= 2018) {
        validFlags.add(LATIN_SMALL_LETTER_S);
        if (this.ecmaVersion >= 2022) {
          validFlags.add(LATIN_SMALL_LETTER_D);
          if (this.ecmaVersion >= 2024) {
            validFlags.add(LATIN_SMALL_LETTER_V);
          }
        }
      }
    }
    for (let i2 = start2; i2 < end; ++i2) {
      const flag = source.charCodeAt(i2);
      if (validFlags.has(flag)) {
        const prop = FLAG_CODEPOINT_TO_PROP[flag];
        if (flags2[prop]) {
          this.raise(`Duplicated flag '${source[i2]}'`, {
            index: start2
          });
        }
        flags2[prop] = true;
      } else {
        this.raise(`Invalid flag '${source[i2]}'`, { index: start2 });
      }
    }
    return flags2;
  }
};
var DUMMY_PATTERN = {};
var DUMMY_FLAGS = {};
var DUMMY_CAPTURING_GROUP = {};
function isClassSetOperand(node) {
  return node.type === "Character" || node.type === "CharacterSet" || node.type === "CharacterClass" || node.type === "ExpressionCharacterClass" || node.type === "ClassStringDisjunction";
}
var RegExpParserState = class {
  constructor(options) {
    var _a;
    this._node = DUMMY_PATTERN;
    this._expressionBufferMap = /* @__PURE__ */ new Map();
    this._flags = DUMMY_FLAGS;
    this._backreferences = [];
    this._capturingGroups = [];
    this.source = "";
    this.strict = Boolean(options === null || options === void 0 ? void 0 : options.strict);
    this.ecmaVersion = (_a = options === null || options === void 0 ? void 0 : options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  get pattern() {
    if (this._node.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    return this._node;
  }
  get flags() {
    if (this._flags.type !== "Flags") {
      throw new Error("UnknownError");
    }
    return this._flags;
  }
  onRegExpFlags(start2, end, { global, ignoreCase, multiline, unicode, sticky, dotAll, hasIndices, unicodeSets }) {
    this._flags = {
      type: "Flags",
      parent: null,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      global,
      ignoreCase,
      multiline,
      unicode,
      sticky,
      dotAll,
      hasIndices,
      unicodeSets
    };
  }
  onPatternEnter(start2) {
    this._node = {
      type: "Pattern",
      parent: null,
      start: start2,
      end: start2,
      raw: "",
      alternatives: []
    };
    this._backreferences.length = 0;
    this._capturingGroups.length = 0;
  }
  onPatternLeave(start2, end) {
    this._node.end = end;
    this._node.raw = this.source.slice(start2, end);
    for (const reference of this._backreferences) {
      const ref = reference.ref;
      const groups = typeof ref === "number" ? [this._capturingGroups[ref - 1]] : this._capturingGroups.filter((g) => g.name === ref);
      if (groups.length === 1) {
        const group = groups[0];
        reference.ambiguous = false;
        reference.resolved = group;
      } else {
        reference.ambiguous = true;
        reference.resolved = groups;
      }
      for (const group of groups) {
        group.references.push(reference);
      }
    }
  }
  onAlternativeEnter(start2) {
    const parent = this._node;
    if (parent.type !== "Assertion" && parent.type !== "CapturingGroup" && parent.type !== "Group" && parent.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Alternative",
      parent,
      start: start2,
      end: start2,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onAlternativeLeave(start2, end) {
    const node = this._node;
    if (node.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
  onGroupEnter(start2) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const group = {
      type: "Group",
      parent,
      start: start2,
      end: start2,
      raw: "",
      modifiers: null,
      alternatives: []
    };
    this._node = group;
    parent.elements.push(this._node);
  }
  onGroupLeave(start2, end) {
    const node = this._node;
    if (node.type !== "Group" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
  onModifiersEnter(start2) {
    const parent = this._node;
    if (parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Modifiers",
      parent,
      start: start2,
      end: start2,
      raw: "",
      add: null,
      remove: null
    };
    parent.modifiers = this._node;
  }
  onModifiersLeave(start2, end) {
    const node = this._node;
    if (node.type !== "Modifiers" || node.parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
  onAddModifiers(start2, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.add = {
      type: "ModifierFlags",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onRemoveModifiers(start2, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.remove = {
      type: "ModifierFlags",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onCapturingGroupEnter(start2, name2) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "CapturingGroup",
      parent,
      start: start2,
      end: start2,
      raw: "",
      name: name2,
      alternatives: [],
      references: []
    };
    parent.elements.push(this._node);
    this._capturingGroups.push(this._node);
  }
  onCapturingGroupLeave(start2, end) {
    const node = this._node;
    if (node.type !== "CapturingGroup" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
  onQuantifier(start2, end, min, max, greedy) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const element2 = parent.elements.pop();
    if (element2 == null || element2.type === "Quantifier" || element2.type === "Assertion" && element2.kind !== "lookahead") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "Quantifier",
      parent,
      start: element2.start,
      end,
      raw: this.source.slice(element2.start, end),
      min,
      max,
      greedy,
      element: element2
    };
    parent.elements.push(node);
    element2.parent = node;
  }
  onLookaroundAssertionEnter(start2, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node = this._node = {
      type: "Assertion",
      parent,
      start: start2,
      end: start2,
      raw: "",
      kind,
      negate,
      alternatives: []
    };
    parent.elements.push(node);
  }
  onLookaroundAssertionLeave(start2, end) {
    const node = this._node;
    if (node.type !== "Assertion" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
  onEdgeAssertion(start2, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      kind
    });
  }
  onWordBoundaryAssertion(start2, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      kind,
      negate
    });
  }
  onAnyCharacterSet(start2, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      kind
    });
  }
  onEscapeCharacterSet(start2, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      kind,
      negate
    });
  }
  onUnicodePropertyCharacterSet(start2, end, kind, key2, value, negate, strings) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const base = {
      type: "CharacterSet",
      parent: null,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      kind,
      strings: null,
      key: key2
    };
    if (strings) {
      if (parent.type === "CharacterClass" && !parent.unicodeSets || negate || value !== null) {
        throw new Error("UnknownError");
      }
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    } else {
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    }
  }
  onCharacter(start2, end, value) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass" && parent.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Character",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      value
    });
  }
  onBackreference(start2, end, ref) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "Backreference",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      ref,
      ambiguous: false,
      resolved: DUMMY_CAPTURING_GROUP
    };
    parent.elements.push(node);
    this._backreferences.push(node);
  }
  onCharacterClassEnter(start2, negate, unicodeSets) {
    const parent = this._node;
    const base = {
      type: "CharacterClass",
      parent,
      start: start2,
      end: start2,
      raw: "",
      unicodeSets,
      negate,
      elements: []
    };
    if (parent.type === "Alternative") {
      const node = Object.assign(Object.assign({}, base), { parent });
      this._node = node;
      parent.elements.push(node);
    } else if (parent.type === "CharacterClass" && parent.unicodeSets && unicodeSets) {
      const node = Object.assign(Object.assign({}, base), {
        parent,
        unicodeSets
      });
      this._node = node;
      parent.elements.push(node);
    } else {
      throw new Error("UnknownError");
    }
  }
  onCharacterClassLeave(start2, end) {
    const node = this._node;
    if (node.type !== "CharacterClass" || node.parent.type !== "Alternative" && node.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const parent = node.parent;
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = parent;
    const expression = this._expressionBufferMap.get(node);
    if (!expression) {
      return;
    }
    if (node.elements.length > 0) {
      throw new Error("UnknownError");
    }
    this._expressionBufferMap.delete(node);
    const newNode = {
      type: "ExpressionCharacterClass",
      parent,
      start: node.start,
      end: node.end,
      raw: node.raw,
      negate: node.negate,
      expression
    };
    expression.parent = newNode;
    if (node !== parent.elements.pop()) {
      throw new Error("UnknownError");
    }
    parent.elements.push(newNode);
  }
  onCharacterClassRange(start2, end) {
    const parent = this._node;
    if (parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const elements = parent.elements;
    const max = elements.pop();
    if (!max || max.type !== "Character") {
      throw new Error("UnknownError");
    }
    if (!parent.unicodeSets) {
      const hyphen = elements.pop();
      if (!hyphen || hyphen.type !== "Character" || hyphen.value !== HYPHEN_MINUS) {
        throw new Error("UnknownError");
      }
    }
    const min = elements.pop();
    if (!min || min.type !== "Character") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "CharacterClassRange",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      min,
      max
    };
    min.parent = node;
    max.parent = node;
    elements.push(node);
  }
  onClassIntersection(start2, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassSubtraction" || left.type !== "ClassIntersection" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node = {
      type: "ClassIntersection",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      left,
      right
    };
    left.parent = node;
    right.parent = node;
    this._expressionBufferMap.set(parent, node);
  }
  onClassSubtraction(start2, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassIntersection" || left.type !== "ClassSubtraction" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node = {
      type: "ClassSubtraction",
      parent,
      start: start2,
      end,
      raw: this.source.slice(start2, end),
      left,
      right
    };
    left.parent = node;
    right.parent = node;
    this._expressionBufferMap.set(parent, node);
  }
  onClassStringDisjunctionEnter(start2) {
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "ClassStringDisjunction",
      parent,
      start: start2,
      end: start2,
      raw: "",
      alternatives: []
    };
    parent.elements.push(this._node);
  }
  onClassStringDisjunctionLeave(start2, end) {
    const node = this._node;
    if (node.type !== "ClassStringDisjunction" || node.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
  onStringAlternativeEnter(start2) {
    const parent = this._node;
    if (parent.type !== "ClassStringDisjunction") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "StringAlternative",
      parent,
      start: start2,
      end: start2,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onStringAlternativeLeave(start2, end) {
    const node = this._node;
    if (node.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start2, end);
    this._node = node.parent;
  }
};
var RegExpParser = class {
  constructor(options) {
    this._state = new RegExpParserState(options);
    this._validator = new RegExpValidator(this._state);
  }
  parseLiteral(source, start2 = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateLiteral(source, start2, end);
    const pattern = this._state.pattern;
    const flags2 = this._state.flags;
    const literal = {
      type: "RegExpLiteral",
      parent: null,
      start: start2,
      end,
      raw: source,
      pattern,
      flags: flags2
    };
    pattern.parent = literal;
    flags2.parent = literal;
    return literal;
  }
  parseFlags(source, start2 = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateFlags(source, start2, end);
    return this._state.flags;
  }
  parsePattern(source, start2 = 0, end = source.length, uFlagOrFlags = void 0) {
    this._state.source = source;
    this._validator.validatePattern(source, start2, end, uFlagOrFlags);
    return this._state.pattern;
  }
};

// src/yaml-doc.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var BUNDLED_DATA_FILE = "builtin-data.json";
var bundled;
function bundledData() {
  if (!bundled) {
    bundled = { yaml: /* @__PURE__ */ new Map(), regexLiterals: /* @__PURE__ */ new Map() };
    const here = dirname(fileURLToPath(import.meta.url));
    const file = [join(here, BUNDLED_DATA_FILE), join(here, "..", "dist", BUNDLED_DATA_FILE)].find(existsSync);
    try {
      if (file) {
        const data = JSON.parse(readFileSync2(file, "utf8"));
        bundled = { yaml: new Map(data.yaml), regexLiterals: new Map(data.regexLiterals) };
      }
    } catch {
    }
  }
  return bundled;
}
function parseYamlText(text) {
  const known = bundledData().yaml.get(text);
  return known === void 0 ? (0, import_yaml.parse)(text) : JSON.parse(known);
}
function parseYamlMapping(text, file, error) {
  let doc;
  try {
    doc = parseYamlText(text);
  } catch (e) {
    throw new error(`${file}: not valid YAML: ${e.message}`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new error(`${file}: expected a mapping`);
  return doc;
}

// src/analyzer/prefilter.ts
init_source();
var nameBound = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 34;
var LiteralAutomaton = class {
  patterns;
  classOf;
  delta;
  /** By a state's row offset: the patterns that end there (through failure links too), or undefined. */
  out;
  constructor(patterns) {
    this.patterns = patterns;
    const classOf = new Uint16Array(65536);
    let classes = 1;
    for (const p of patterns) for (let i2 = 0; i2 < p.length; i2++) if (!classOf[p.charCodeAt(i2)]) classOf[p.charCodeAt(i2)] = classes++;
    const bound = patterns.reduce((n, p) => n + p.length, 1);
    const trie = new Int32Array(bound * classes);
    const children = [[]];
    const ends = [[]];
    let rows = 1;
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id];
      let s = 0;
      for (let i2 = 0; i2 < p.length; i2++) {
        const c = classOf[p.charCodeAt(i2)];
        let t = trie[s + c];
        if (t === 0) {
          t = rows++ * classes;
          trie[s + c] = t;
          children[s / classes].push(c, t);
          children.push([]);
          ends.push([]);
        }
        s = t;
      }
      ends[s / classes].push(id);
    }
    const delta = new Int32Array(rows * classes);
    const fail = new Int32Array(rows);
    const ending = new Int8Array(rows);
    const enc = (t) => ending[t / classes] ? ~t : t;
    const queue = [];
    for (let k = 0; k < children[0].length; k += 2) {
      const t = children[0][k + 1];
      ending[t / classes] = ends[t / classes].length ? 1 : 0;
      delta[children[0][k]] = enc(t);
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = fail[s / classes];
      if (ends[f / classes].length) ends[s / classes] = ends[s / classes].concat(ends[f / classes]);
      delta.copyWithin(s, f, f + classes);
      const kids = children[s / classes];
      for (let k = 0; k < kids.length; k += 2) {
        const t = kids[k + 1];
        const v = delta[f + kids[k]];
        const ft = v < 0 ? ~v : v;
        fail[t / classes] = ft;
        ending[t / classes] = ends[t / classes].length || ending[ft / classes] ? 1 : 0;
        delta[s + kids[k]] = enc(t);
        queue.push(t);
      }
    }
    this.classOf = classOf;
    this.delta = delta;
    this.out = new Array(delta.length);
    for (let state = 0; state < rows; state++) if (ends[state].length) this.out[state * classes] = ends[state];
  }
  /** With `done`, a pattern whose entry is set is not reported again (the caller has learnt all it needs of it). */
  scan(text, onMatch, done) {
    const { classOf, delta, out: out2, patterns } = this;
    let s = 0;
    for (let i2 = 0; i2 < text.length; i2++) {
      s = delta[s + classOf[text.charCodeAt(i2)]];
      if (s < 0) {
        s = ~s;
        for (const p of out2[s]) if (done === void 0 || done[p] === 0) onMatch(p, i2 + 1 - patterns[p].length);
      }
    }
  }
};
function requiredLiterals(source, flags2 = "") {
  if (/[iv]/.test(flags2)) return [];
  if (!flags2) {
    const known = bundledData().regexLiterals.get(source);
    if (known) return known.map((c) => [...c]);
  }
  return deriveRequiredLiterals(source, flags2);
}
function queryRequiredLiterals(query, patternCount) {
  if (patternCount !== 1) return [];
  const clauses = [];
  for (const { op, strings } of queryPredicates(query)) {
    if (op === "match") clauses.push(...requiredLiterals(strings[0]));
    else if (op === "eq" && strings.length === 1 && strings[0]) clauses.push([strings[0]]);
    else if (op === "any-of" && strings.every((x) => x)) clauses.push(strings);
  }
  return clauses;
}
function queryPredicates(query) {
  const unquote = (s) => s.replace(/\\(.)/g, (_, c) => ({ n: "\n", t: "	", r: "\r", "0": "\0" })[c] ?? c);
  return [...query.matchAll(/\(#(eq|match|any-of)\?\s+@[\w.-]+((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g)].map((m) => ({ op: m[1], strings: [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => unquote(x[1])) }));
}
function deriveRequiredLiterals(source, flags2 = "") {
  let pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags2.includes("u"), unicodeSets: false });
  } catch {
    return [];
  }
  const { clauses } = alternatives(pattern.alternatives);
  const useful = /* @__PURE__ */ new Map();
  for (const c of clauses) if (c.length && c.every((s) => s.length >= 2)) useful.set(JSON.stringify(minimal(c)), minimal(c));
  const shortest = (c) => Math.min(...c.map((s) => s.length));
  return [...useful.values()].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).slice(0, 4);
}
function minimal(clause) {
  const set = [...new Set(clause)].sort((a, b) => a.length - b.length);
  return set.filter((s, i2) => !set.slice(0, i2).some((t) => s.includes(t)));
}
var MAX_EXACT = 64;
var ANY = { clauses: [] };
function alternatives(alts) {
  const infos = alts.map(sequence);
  if (infos.length === 1) return infos[0];
  const exact = infos.every((i2) => i2.exact) ? infos.flatMap((i2) => i2.exact) : void 0;
  const branchClause = (i2) => i2.exact && i2.exact.every((s) => s.length >= 2) ? [i2.exact] : i2.clauses.filter((c) => c.every((s) => s.length >= 2));
  const per = infos.map(branchClause);
  let joined = [];
  if (per.every((c) => c.length)) {
    joined = [[]];
    for (const options of per) {
      const grown = [];
      for (const j of joined) for (const o of options.slice(0, 3)) grown.push([...j, ...o]);
      joined = grown.slice(0, 9);
    }
  }
  return { exact: exact && exact.length <= MAX_EXACT ? exact : void 0, clauses: joined };
}
function sequence(alt) {
  const clauses = [];
  let run2 = [""];
  let whole = true;
  const flush = () => {
    if (run2 && !run2.includes("")) clauses.push(run2);
    run2 = [""];
  };
  for (const el of alt.elements) {
    const info2 = element(el);
    clauses.push(...info2.clauses);
    if (info2.exact && run2 && run2.length * info2.exact.length <= MAX_EXACT) {
      const grown = [];
      for (const a of run2) for (const b of info2.exact) grown.push(a + b);
      run2 = grown;
    } else {
      whole = false;
      flush();
      if (info2.exact) run2 = [...info2.exact];
    }
  }
  const exact = whole ? run2 : void 0;
  flush();
  return { exact, clauses };
}
function element(el) {
  switch (el.type) {
    case "Character":
      return { exact: [String.fromCodePoint(el.value)], clauses: [] };
    case "Assertion": {
      if (el.kind === "lookbehind" && !el.negate) {
        const inner = alternatives(el.alternatives);
        const required = inner.exact && inner.exact.every((x) => x.length >= 2) ? [inner.exact, ...inner.clauses] : inner.clauses;
        return { exact: [""], clauses: required };
      }
      return { exact: [""], clauses: [] };
    }
    case "Group":
    case "CapturingGroup":
      return alternatives(el.alternatives);
    case "CharacterClass": {
      if (el.negate || el.unicodeSets) return ANY;
      const chars = [];
      for (const e of el.elements) {
        if (e.type === "Character") chars.push(String.fromCodePoint(e.value));
        else if (e.type === "CharacterClassRange" && e.max.value - e.min.value < 8) for (let c = e.min.value; c <= e.max.value; c++) chars.push(String.fromCodePoint(c));
        else return ANY;
      }
      return chars.length && chars.length <= 8 ? { exact: chars, clauses: [] } : ANY;
    }
    case "Quantifier": {
      const inner = element(el.element);
      if (el.min === 0) return el.max === 1 && inner.exact ? { exact: ["", ...inner.exact], clauses: [] } : ANY;
      const clauses = inner.exact ? [inner.exact, ...inner.clauses] : inner.clauses;
      if (el.min === 1 && el.max === 1) return inner;
      return { clauses };
    }
    default:
      return ANY;
  }
}
var Prefilter = class {
  always = [];
  automaton;
  /** Per pattern of the automaton: the rules a word trigger turns on, and whether it must end a word. */
  wordRules = [];
  wholeWord = [];
  regexes = [];
  /** Conjunctions: every clause needs one of its words (pattern, whole word or start only). */
  conjunctions = [];
  /** Patterns some conjunction asks for (their occurrences are recorded, at word start / as whole words). */
  inConjunction = [];
  /** Per pattern of the automaton: the rules it turns on where it occurs as a piece of a name (`n:`). */
  pieceRules = [];
  /** Patterns whose every occurrence `active` reports (`tracked`), whatever the rules need of them. */
  trackedPattern = [];
  /** `tracked`: literals whose every occurrence is wanted too, found in the same pass (the engine's `const` and `static`). */
  constructor(rules2, triggersOf = (r) => r.triggers, tracked = []) {
    const index = /* @__PURE__ */ new Map();
    const patterns = [];
    const patternOf = (lit) => {
      let i2 = index.get(lit);
      if (i2 === void 0) {
        i2 = patterns.length;
        index.set(lit, i2);
        patterns.push(lit);
      }
      return i2;
    };
    const byRegex = /* @__PURE__ */ new Map();
    const words2 = /* @__PURE__ */ new Map();
    const byConjunction = /* @__PURE__ */ new Map();
    for (const rule of rules2) {
      const triggers = triggersOf(rule);
      if (triggers.length === 0) this.always.push(rule);
      for (const raw of triggers) {
        if (!raw.startsWith("re:") && /[&|]/.test(raw)) {
          const clauses = raw.split("&").map((c) => c.split("|").map((w) => ({ p: patternOf(w.replace(/^w:/, "")), whole: w.startsWith("w:") })));
          for (const c of clauses) for (const { p } of c) this.inConjunction[p] = true;
          const key2 = raw;
          let entry = byConjunction.get(key2);
          if (!entry) {
            entry = { rules: [], clauses };
            byConjunction.set(key2, entry);
            this.conjunctions.push(entry);
          }
          entry.rules.push(rule);
          continue;
        }
        if (raw.startsWith("n:")) {
          const p = patternOf(raw.slice(2));
          (this.pieceRules[p] ??= []).push(rule);
          continue;
        }
        const whole = raw.startsWith("w:");
        const t = whole ? raw.slice(2) : raw;
        if (t.startsWith("re:")) {
          let entry = byRegex.get(t);
          if (!entry) {
            entry = { re: new RegExp(t.slice(3)), rules: [], needs: [] };
            byRegex.set(t, entry);
            this.regexes.push(entry);
          }
          entry.rules.push(rule);
        } else {
          const w = words2.get(t) ?? { rules: [], whole: false };
          w.rules.push(rule);
          w.whole ||= whole;
          words2.set(t, w);
        }
      }
    }
    for (const [t, w] of words2) {
      const i2 = patternOf(t);
      this.wordRules[i2] = w.rules;
      this.wholeWord[i2] = w.whole;
    }
    for (const entry of this.regexes) entry.needs = requiredLiterals(entry.re.source, entry.re.flags).map((clause) => clause.map(patternOf));
    for (const t of tracked) this.trackedPattern[patternOf(t)] = true;
    this.automaton = new LiteralAutomaton(patterns);
  }
  /**
   * The rules whose triggers occur in `text`, in the order of `order`; only the rules of `order` are
   * looked for (a regex no other rule needs is not run). With `tracked`, the start of every
   * occurrence of the tracked literals is pushed onto it, in order. With `maybe`, where a word
   * trigger turns a rule on, the regexes are not run and their rules are answered as if they
   * matched wherever the literals they need are there: a superset, for a caller that asks again
   * (of the text with its comments blanked) before it believes the answer.
   */
  active(text, order, tracked, maybe = false) {
    const hit = new Set(this.always);
    const wanted = new Set(order);
    const open = (rules2) => rules2.some((r) => !hit.has(r) && wanted.has(r));
    const n = this.automaton.patterns.length;
    const seen = new Uint8Array(n);
    const word = this.conjunctions.length ? new Uint8Array(n) : seen;
    const done = new Uint8Array(n);
    const piece = new Uint8Array(n);
    this.automaton.scan(
      text,
      (p, start2) => {
        seen[p] = 1;
        const always = tracked !== void 0 && this.trackedPattern[p] === true;
        if (always) tracked.push(start2);
        const pieces = this.pieceRules[p];
        if (pieces !== void 0 && !piece[p] && !nameBound(text.charCodeAt(start2 - 1)) && !nameBound(text.charCodeAt(start2 + this.automaton.patterns[p].length))) {
          piece[p] = 1;
          for (const r of pieces) hit.add(r);
        }
        const pieceDone = pieces === void 0 || piece[p] === 1;
        const rules2 = this.wordRules[p];
        const conj = this.inConjunction[p] === true;
        if (rules2 === void 0 && !conj) {
          if (pieceDone && !always) done[p] = 1;
          return;
        }
        if (start2 > 0 && isIdentChar(text.charCodeAt(start2 - 1))) return;
        const end = start2 + this.automaton.patterns[p].length;
        const whole = end >= text.length || !isIdentChar(text.charCodeAt(end));
        if (conj) word[p] |= whole ? 3 : 1;
        if ((whole || !conj && !this.wholeWord[p]) && pieceDone && !always) done[p] = 1;
        if (rules2 === void 0 || this.wholeWord[p] && !whole) return;
        for (const r of rules2) hit.add(r);
      },
      done
    );
    for (const { rules: rules2, clauses } of this.conjunctions) {
      if (clauses.every((c) => c.some(({ p, whole }) => word[p] & (whole ? 2 : 1))) && open(rules2)) for (const r of rules2) hit.add(r);
    }
    const named = maybe && order.some((r) => hit.has(r));
    for (const { re, rules: rules2, needs } of this.regexes) {
      if (!open(rules2)) continue;
      if (!needs.every((clause) => clause.some((p) => seen[p]))) continue;
      if (named || re.test(text)) for (const r of rules2) hit.add(r);
    }
    return order.filter((r) => hit.has(r));
  }
};

// src/analyzer/engine.ts
init_values();
init_values();
init_resolve();

// src/analyzer/uses.ts
init_apis();
init_calls();
var cut = (s, n = 160) => (s.length > n ? s.slice(0, n) : s).replace(/\s+/g, " ").trim();
function cryptoUses(model, values, resolver, models) {
  const out2 = [];
  const text = model.source.text;
  const aliasOf = (name2) => new RegExp(`\\btype\\s+${name2}\\s*(?:<[^=]*>)?\\s*=\\s*([^;]+);`).exec(text)?.[1] ?? "";
  for (const call of model.calls) {
    const fnText = call.childForFieldName("function")?.text ?? "";
    if (!models.hasName(quickCalleeName(call) ?? calleeName(call)) && (fnText.includes(".") || !fnText.split("::").slice(0, -1).some((seg) => models.isModelType(resolver.canonical(seg.replace(/<.*$/, "").replace(/^</, "").split(/\s/)[0]))))) continue;
    const sinks = resolver.sinks(call);
    const shape = resolver.shape(call);
    const recv = receiverOf(call);
    const typeName2 = recv ? shape.method?.receiverType : shape.path?.selfType;
    const type = models.type(typeName2);
    const typeOnly = sinks.length === 0 && !recv && type && !shape.path?.local && resolver.imports(type.model.modules) ? [{ row: void 0, arg: void 0 }] : [];
    if (sinks.length === 0 && typeOnly.length === 0) continue;
    const fn = call.childForFieldName("function");
    const written = recv ? typeName2 ?? "" : fn?.type === "generic_function" ? fn.text : fn?.childForFieldName("path")?.text ?? fn?.text ?? "";
    const head = written.replace(/<.*$/, "").split("::").pop() ?? "";
    let alias = head ? aliasOf(head) : "";
    const inner = alias.replace(/<.*$/, "").split("::").pop() ?? "";
    if (inner && inner !== head) alias += ` ${aliasOf(inner)}`;
    const names = resolver.useMap.names;
    const imported = [...`${written} ${alias}`.matchAll(/[A-Za-z_]\w*/g)].map((m) => names.get(m[0]) ?? "").filter(Boolean).join(" ");
    const typeText = cut(`${written} ${alias} ${imported}`, 400);
    const args2 = argumentsOf(call).map((a) => {
      const b = a.type === "identifier" ? values.lookup(a.text, a.startIndex) : void 0;
      return cut(b?.kind === "let" && b.info.value ? `${a.text} = ${b.info.value.text}` : a.text);
    });
    const region = model.source.region(call.startIndex, call.endIndex);
    const mentions = [];
    for (const [, name2] of `${typeText} ${args2.join(" ")} ${recv ? "" : fn?.text ?? ""}`.matchAll(/([A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)/g)) {
      const t = /^[A-Z]/.test(name2.split("::").pop()) ? models.type(name2.split("::").pop()) : void 0;
      const val = models.value(name2) ?? (name2.includes("::") ? models.value(name2.slice(0, name2.lastIndexOf("::"))) : void 0);
      if (t && t.primitive !== "key" && t.primitive !== "nonce") mentions.push({ name: name2, algorithm: t.algorithm, primitive: t.primitive });
      if (val && (val.algorithm || val.padding || val.mode)) mentions.push({ name: name2, algorithm: val.algorithm, padding: val.padding, mode: val.mode });
    }
    const seen = /* @__PURE__ */ new Set();
    for (const { row, arg } of [...sinks, ...typeOnly]) {
      const kind = row?.kind ?? "type";
      if (seen.has(kind) || kind === "plaintext") continue;
      seen.add(kind);
      const m = row?.model ?? type.model;
      const mine = type && (m.types.includes(type) || m.types.some((t) => t.name === type.name)) ? type : void 0;
      const v = arg ? values.resolve(arg) : void 0;
      const from = v && v.binding?.kind === "let" && v.binding.info.value ? cut(v.binding.info.value.text) : void 0;
      out2.push({
        file: model.path,
        region,
        api: row ? apiLabel(call, row, resolver) : `${typeName2}::${shape.name}`,
        kind,
        type: mine?.name ?? (type && type.primitive !== "key" && type.primitive !== "nonce" ? type.name : void 0),
        algorithm: (mine ?? type)?.algorithm ?? row?.algorithm,
        primitive: (mine ?? type)?.primitive,
        typeText,
        args: args2,
        mentions: mentions.filter((x, i2) => mentions.findIndex((y) => y.name === x.name && y.algorithm === x.algorithm && y.padding === x.padding) === i2),
        value: v ? { kind: v.kind, literal: v.literal, from } : void 0,
        module: moduleOf(shape.path?.resolved, names.get(typeName2 ?? "") ?? names.get(head), m.modules, resolver),
        model: { name: m.name, crates: m.crates, modules: m.modules },
        inTest: model.inTestCode(call.startIndex)
      });
    }
  }
  return out2;
}
function moduleOf(resolved, importedAs, modules, resolver) {
  for (const p of [resolved, importedAs]) {
    const root = p?.split("::")[0];
    if (root && modules.includes(root)) return root;
  }
  return modules.find((m) => resolver.useMap.roots.has(m));
}

// src/analyzer/engine.ts
var SUPPRESSION_RULE = "suppression-without-reason";
var FLOW_RULE_OF = { key: "hardcoded-key", nonce: "constant-nonce", salt: "weak-kdf", iterations: "weak-kdf-cost", memory: "weak-kdf-cost", "kdf-ikm": "weak-kdf" };
var COST_FLOOR = { iterations: 6e5, memory: 7168 };
var FLOW_RULES = new Set(Object.values(FLOW_RULE_OF));
var DATAFLOW_RULES = /* @__PURE__ */ new Set([...FLOW_RULES, "weak-rng", "weak-password-hash"]);
var CONST_NAME = /^[A-Z][A-Z0-9_]*$/;
function ruleTriggers(r, models) {
  return [...r.triggers, ...[...models.triggers(new Set(r.sinks)), ...models.sourceNames(new Set(r.sources))].map((t) => /\w$/.test(t) && !t.includes("&") && !t.startsWith("re:") ? `w:${t}` : t)];
}
var Engine = class {
  rules;
  parser;
  constQuery;
  /** Each rule's query patterns, with the literals the file's text must hold for the query to match (its text predicates). */
  patternQueries = /* @__PURE__ */ new Map();
  prefilter;
  /** The rules the tree-sitter engine runs (build/* findings come from the compiler). */
  syntaxRules;
  /** Rules with a query that names a comment node: their triggers count in comments too. */
  readsComments;
  scopes = /* @__PURE__ */ new Map();
  models;
  /** Off only to prove that the prefilter changes no finding (the parity test). */
  usePrefilter = true;
  /** Files parsed by this engine so far (analysis, call sites for the crate-wide flow, consts), for the benchmark. */
  parses = { analyze: 0, partial: 0, skipped: 0, callers: 0, consts: 0, inventory: 0 };
  /** Also list each file's crypto API uses (FileAnalysis.uses), for the crypto inventory; changes no finding. */
  collectUses = false;
  cryptoMention;
  constructor(parser, rules2, models) {
    this.parser = parser;
    this.rules = rules2;
    this.models = models;
    this.constQuery = parser.query("(const_item) @item (static_item) @item");
    this.syntaxRules = rules2.filter((r) => r.check !== "cargo");
    this.readsComments = new Set(rules2.filter((r) => r.patterns.some((p) => /comment/.test(p.query))));
    this.prefilter = new Prefilter(this.syntaxRules, (r) => ruleTriggers(r, models), CONST_KEYWORDS);
    for (const rule of rules2) {
      this.patternQueries.set(
        rule,
        rule.patterns.map((p, i2) => {
          try {
            const query = parser.query(p.query);
            return { query, needs: queryRequiredLiterals(p.query, query.patternCount()) };
          } catch (e) {
            throw new Error(`${rule.file}: patterns[${i2}] is not a valid tree-sitter query: ${e.message}`);
          }
        })
      );
    }
  }
  /**
   * The rules the prefilter lets run on this text: those whose triggers occur in its code. A
   * trigger that occurs only in comments (a doc comment's example, `// use Instant::now()`) runs
   * nothing, since no check reads comments; a rule whose query names a comment node is the
   * exception and is judged on the whole text. (The comments are blanked only where a trigger
   * occurs at all, which on a big tree is a few files; the cheap pass over the text stays one.)
   */
  prefilterFor(text) {
    return this.triggered(text).rules;
  }
  /** prefilterFor's answer, with the text's comments blanked where that was needed to give it. */
  triggered(text) {
    const constAt = [];
    const anywhere = this.prefilter.active(text, this.syntaxRules, constAt, this.readsComments.size === 0);
    if (anywhere.length === 0) return { rules: anywhere, constAt };
    const code = blankComments(text);
    const inCode = new Set(this.prefilter.active(code, anywhere));
    return { rules: anywhere.filter((r) => inCode.has(r) || this.readsComments.has(r)), code, constAt };
  }
  /** Analyzes one file. `path` is relative to the scanned root, with forward slashes. */
  analyze(path, original, crate) {
    const out2 = { file: path, findings: [], pending: [], once: [], notes: [], constNames: [], suppressions: [], crate };
    const { rules: active, code, constAt } = this.usePrefilter ? this.triggered(original) : { rules: this.syntaxRules, code: void 0, constAt: void 0 };
    const inventory2 = this.collectUses && (this.cryptoMention ??= cryptoMentionRe(this.models)).test(original);
    const text = active.length === 0 && !inventory2 ? original : unwrapItemMacros(original);
    const source = new SourceText(text, original, constAt);
    if (text.includes("rust-crypto-gate:")) out2.suppressions = parseSuppressions((n) => source.line(n), source.lineCount, text);
    out2.constNames = source.declaredConsts.filter((n) => CONST_NAME.test(n));
    if (active.length === 0 && !inventory2) {
      this.parses.skipped++;
      return out2;
    }
    this.parses.analyze++;
    const tree = this.parse(text, source, active, inventory2, () => text === original ? code ?? blankComments(original) : blankComments(text));
    if (!tree) {
      out2.notes.push({ level: "error", file: path, message: "the parser returned no tree; file skipped" });
      return out2;
    }
    try {
      if (tree.rootNode.hasError) out2.notes.push(syntaxNote(path, tree.rootNode, source));
      let model;
      let values;
      let resolver;
      const getModel = () => model ??= new FileModel(path, source, tree);
      for (const rule of active) {
        const report = (at, message, options = {}) => {
          let severity = options.severity ?? rule.severity;
          if (rule.testSeverity && getModel().inTestCode(at.start) && severityRank(rule.testSeverity) > severityRank(severity)) {
            severity = rule.testSeverity;
            message += " (in test, example or demo code, so reported at lower severity)";
          }
          const region = source.region(at.start, at.end);
          const finding = {
            ruleId: rule.id,
            severity,
            cwe: rule.cwe,
            file: path,
            region,
            message,
            related: (options.related ?? []).map((r) => ({ file: path, region: source.region(r.at.start, r.at.end), message: r.message })),
            // A dataflow finding's path within the file: where the value is made, then where it is used.
            ...DATAFLOW_RULES.has(rule.id) && options.related?.length ? { flow: [...options.related.map((r) => ({ file: path, region: source.region(r.at.start, r.at.end), message: r.message })), { file: path, region, message: "used here" }] } : {},
            lineText: source.line(region.startLine),
            fingerprint: ""
          };
          const refAt = (s) => s ? { written: source.text.slice(s.start, s.end), inline: inlinePathAt(tree.rootNode.descendantForIndex(s.start)) } : void 0;
          if (options.oncePer) out2.once.push({ key: options.oncePer, finding });
          else if (options.ifExternalConst) out2.pending.push({ finding, name: options.ifExternalConst.name, below: options.ifExternalConst.below, ref: refAt(options.ifExternalConst.at) });
          else if (options.ifLogWrapper) out2.pending.push({ finding, name: options.ifLogWrapper.name, logWrapper: true });
          else if (options.ifSecretStruct) out2.pending.push({ finding, name: options.ifSecretStruct.type, struct: options.ifSecretStruct, ref: refAt(options.ifSecretStruct.at) ?? { written: options.ifSecretStruct.type, inline: [] } });
          else out2.findings.push(finding);
        };
        if (rule.check) {
          values ??= new Values(getModel(), this.models);
          resolver ??= new Resolver(getModel(), values, this.models);
          CHECKS[rule.check]({ rule, model: getModel(), values, resolver, models: this.models, crate, report });
        }
        this.runPatterns(rule, tree.rootNode, text, report);
      }
      if (values && resolver && active.some((r) => FLOW_RULES.has(r.id))) out2.flow = summarize(path, source, getModel(), values, resolver);
      if (inventory2) {
        values ??= new Values(getModel(), this.models);
        out2.uses = cryptoUses(getModel(), values, resolver ??= new Resolver(getModel(), values, this.models), this.models);
      }
      dedupe(out2.findings);
    } finally {
      tree.delete();
    }
    return out2;
  }
  /**
   * A file's tree for the rules that run on it: where every one of them looks only at some items
   * (`items-with`), the others are left out of the parse (partial.ts). If the part parsed has a
   * syntax error, the whole file is parsed (the error may be an item the text misled us about, and
   * a real one is reported as usual). `code` gives the text with its comments blanked.
   */
  parse(text, source, active, inventory2, code) {
    const scopes = this.usePrefilter && !inventory2 && active.length > 0 && active.every((r) => r.itemsWith) ? active.map((r) => this.scopeOf(r)) : void 0;
    const ranges = scopes && (scopes.some((s) => s.functions) || source.declaredConsts.length > 0) ? partialRanges(source, code(), scopes) : void 0;
    if (ranges) {
      const tree = this.parser.parser.parse(text, null, { includedRanges: ranges });
      if (tree && !tree.rootNode.hasError) {
        this.parses.partial++;
        return tree;
      }
      tree?.delete();
    }
    return this.parser.parser.parse(text);
  }
  /**
   * A rule's `items-with`, its `sink:<kind>` needs written out as the call names the models give the
   * kind (whole words), and the literals its `patterns:` queries compare with added to both lists (a
   * query matches wherever they are; one that compares with none looks at every item).
   */
  scopeOf(rule) {
    let scope = this.scopes.get(rule);
    if (!scope) {
      const queries = this.patternQueries.get(rule) ?? [];
      if (queries.some((q) => q.needs.length === 0)) scope = {};
      else {
        const literals = queries.flatMap((q) => q.needs.flat());
        const { functions, consts, macros, types } = rule.itemsWith;
        scope = {
          functions: functions && [...functions.flatMap((n) => n.startsWith("sink:") ? [...this.models.names(/* @__PURE__ */ new Set([n.slice(5)]))].map((name2) => `w:${name2}`) : [n]), ...literals],
          consts: consts && [...consts, ...literals],
          macros: macros && [...macros, ...literals],
          types: types && [...types, ...literals]
        };
      }
      this.scopes.set(rule, scope);
    }
    return scope;
  }
  /** Parses a file once more, for one question about it, and frees the tree after. */
  withModel(path, original, none, ask) {
    const text = unwrapItemMacros(original);
    const tree = this.parser.parser.parse(text);
    if (!tree) return none;
    try {
      const source = new SourceText(text, original);
      const model = new FileModel(path, source, tree);
      const values = new Values(model, this.models);
      return ask({ source, model, values, resolver: new Resolver(model, values, this.models) });
    } finally {
      tree.delete();
    }
  }
  /** Call sites in a file that hand values to the targets' parameters (parses the file; used for caller files only). */
  callFactsIn(path, text, targets, scope, hashers) {
    this.parses.callers++;
    return this.withModel(path, text, [], ({ source, model, values, resolver }) => callFacts(path, source, model, values, resolver, targets, scope, hashers));
  }
  /**
   * Module-level consts and statics of a file, for findings in other files that name them. Only
   * the top levels of the tree are searched (items in modules and impls), so this stays cheap.
   */
  constsIn(path, original) {
    this.parses.consts++;
    const text = unwrapItemMacros(original);
    const tree = this.parser.parser.parse(text);
    if (!tree) return [];
    try {
      const source = new SourceText(text);
      const out2 = [];
      for (const { node } of this.constQuery.captures(tree.rootNode, { maxStartDepth: 4 })) {
        const name2 = node.childForFieldName("name")?.text ?? "";
        if (!/^[A-Z][A-Z0-9_]*$/.test(name2)) continue;
        const mutable = node.children.some((c) => c?.type === "mutable_specifier");
        const value = node.childForFieldName("value");
        const literal = value && /^(integer_literal|string_literal|raw_string_literal|float_literal)$/.test(value.type) ? value.text : void 0;
        const alias = value?.type === "identifier" && /^[A-Z][A-Z0-9_]*$/.test(value.text) ? value.text : value?.type === "scoped_identifier" && /^[A-Z][A-Z0-9_]*$/.test(value.childForFieldName("name")?.text ?? "") ? value.childForFieldName("name").text : void 0;
        const inline = inlinePathAt(node);
        out2.push({ name: name2, file: path, region: source.region(node.startIndex, node.endIndex), isConst: !mutable && (isLiteralValue(value) || !!alias), literal, alias, ...alias ? { aliasPath: value.text } : {}, ...inline.length ? { inline } : {} });
      }
      return out2;
    } finally {
      tree.delete();
    }
  }
  runPatterns(rule, root, text, report) {
    const queries = this.patternQueries.get(rule) ?? [];
    queries.forEach(({ query, needs }, i2) => {
      if (this.usePrefilter && !needs.every((clause) => clause.some((lit) => text.includes(lit)))) return;
      const pattern = rule.patterns[i2];
      for (const match of query.matches(root)) {
        const at = match.captures.find((c) => c.name === "finding")?.node ?? match.captures[0]?.node;
        if (!at) continue;
        const message = pattern.message.replace(/\{\{(\w+)\}\}/g, (_, name2) => match.captures.find((c) => c.name === name2)?.node.text ?? name2);
        report({ start: at.startIndex, end: at.endIndex }, message, { severity: pattern.severity });
      }
    });
  }
};
function cryptoMentionRe(models) {
  const modules = new Set(models.all.filter((m) => m.sinks.length || m.types.length).flatMap((m) => m.modules));
  for (const generic of ["hash", "digest", "cipher", "std"]) modules.delete(generic);
  return new RegExp(`\\b(${[...modules].map(escapeRe).join("|")})\\b`);
}
function syntaxNote(path, root, source) {
  const errors = root.descendantsOfType("ERROR");
  let first = errors[0] ?? void 0;
  if (!first) {
    const cursor = root.walk();
    const visit = () => {
      do {
        const n = cursor.currentNode;
        if (n.isMissing) return n;
        if (n.hasError && cursor.gotoFirstChild()) {
          const found = visit();
          if (found) return found;
          cursor.gotoParent();
        }
      } while (cursor.gotoNextSibling());
      return void 0;
    };
    first = visit();
    cursor.delete();
  }
  const line = first ? source.lineOf(first.startIndex) : 1;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return { level: "warning", file: path, line, message: `syntax error at line ${line}${more}; analyzed the parts that parse` };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  let w = 0;
  for (const f of findings) {
    const key2 = `${f.ruleId}:${f.region.startLine}:${f.region.startColumn}:${f.message}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    findings[w++] = f;
  }
  findings.length = w;
}
var BLOCK_MODE_API = /(^|[^A-Za-z])(cbc|cfb\d*|ofb|ecb)([^a-z]|$)|Cbc|Cfb|Ofb|Ecb|CBC|CFB|OFB|BlockEncryptMut/;
var STREAM_API = /(^|[^a-z])ctr([^a-z]|$)|Ctr|^(X?ChaCha20|Salsa20|XSalsa20|Rc4|ChaCha20Legacy)(::|$)|StreamCipher/;
var MAC_KEY = /^(Hmac|SimpleHmac|Cmac|EncodingKey|DecodingKey|Key|hmac|PKey)\b/;
function settleFlows(engine2, analyses, textOf, maxRounds = 3) {
  const crateOf = new Map(analyses.map((a) => [a.file, a.crate]));
  const index = indexFor(analyses, textOf);
  const sameType = (w, fr) => {
    const a = placeFn(index, w.fn, w.at.file);
    const b = placeFn(index, { owner: fr.owner, ownerPath: fr.ownerPath, inline: fr.inline }, fr.at.file);
    return !a || !b || a.some((m) => b.includes(m));
  };
  const table = reachTable(analyses.flatMap((a) => a.flow ? [a.flow] : []), (a, b) => crateOf.get(a)?.manifest === crateOf.get(b)?.manifest, sameType);
  const byFile = new Map(analyses.map((a) => [a.file, a]));
  const reported = /* @__PURE__ */ new Set();
  const hashers = /* @__PURE__ */ new Map();
  const hasherNames = /* @__PURE__ */ new Map();
  for (const a of analyses) for (const h of a.flow?.hashReturns ?? []) hasherNames.set(h.fn.name, (hasherNames.get(h.fn.name) ?? 0) + 1), hashers.set(h.fn.name, h);
  for (const [name2, n] of hasherNames) if (n > 1) hashers.delete(name2);
  const hashedKey = (by, via, sink, steps, how) => {
    const home = byFile.get(by.at.file);
    const rule = engine2.rules.find((r) => r.id === "weak-kdf");
    const id = `weak-kdf:hash:${by.at.file}:${by.at.region.startLine}`;
    if (MAC_KEY.test(sink.api) || !home || !rule || reported.has(id)) return;
    reported.add(id);
    home.findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      cwe: rule.cwe,
      file: by.at.file,
      region: by.at.region,
      message: `\`${by.fn.name}\` returns one fast hash of what it is given (line ${by.hash.region.startLine}), and ${how} the key of \`${sink.api}\` (${sink.file}:${sink.region.startLine}): a key made by one fast hash of a phrase falls to guessing at billions of tries per second. Derive the key with Argon2id (or scrypt, or PBKDF2 with \u2265 600 000 iterations) and a random salt.`,
      related: [{ ...by.hash, message: "the single hash" }, ...via, { file: sink.file, region: sink.region, message: "it becomes the key here" }],
      flow: [{ ...by.hash, message: "one fast hash, returned" }, ...via, ...steps],
      lineText: textOf(by.at.file)?.split("\n")[by.at.region.startLine - 1] ?? "",
      fingerprint: ""
    });
  };
  for (const a of analyses) {
    for (const k of a.flow?.keysFromCalls ?? []) {
      const by = hashers.get(k.name);
      if (by && by.at.file !== a.file && crateOf.get(a.file)?.manifest === crateOf.get(by.at.file)?.manifest) hashedKey(by, [{ ...k.call, message: `called here` }], k.sink, [{ ...k.sink, message: `its result is the key of \`${k.sink.api}\`` }], `${k.call.file}:${k.call.region.startLine} makes it`);
    }
  }
  if (table.size === 0) return;
  const place = () => {
    for (const list of table.values()) for (const r of list) if (!r.fn.modules && !placed.has(r.fn)) placed.add(r.fn), r.fn.modules = placeFn(index, r.fn, r.at.file);
  };
  const placed = /* @__PURE__ */ new WeakSet();
  place();
  const sees = (caller, callee, from) => {
    const a = crateOf.get(caller);
    const b = crateOf.get(callee);
    if (from !== void 0 && b?.name?.replace(/-/g, "_") !== from) return false;
    return a?.manifest === b?.manifest || !!a && !!b?.name && a.dependencies.includes(b.name);
  };
  const facts = [];
  const seen = /* @__PURE__ */ new Set();
  for (let round = 0; round < maxRounds; round++) {
    const targets = targetsOf(table).filter((t) => !seen.has(`${t.fn.owner ?? ""}::${t.fn.name}#${[...t.params].join(",")}`));
    if (targets.length === 0) break;
    for (const t of targets) seen.add(`${t.fn.owner ?? ""}::${t.fn.name}#${[...t.params].join(",")}`);
    const targetCrates = new Set(targets.flatMap((t) => [...table.values()].flat().filter((r) => r.fn.name === t.fn.name && r.fn.owner === t.fn.owner).map((r) => r.at.file)));
    const mention = new RegExp([...new Set(targets.map((t) => mentionOf(t.fn)))].join("|"));
    const round_facts = [];
    for (const a of analyses) {
      if (a.contextOnly || ![...targetCrates].some((f) => sees(a.file, f))) continue;
      const text = textOf(a.file);
      if (!text || !mention.test(text)) continue;
      round_facts.push(...engine2.callFactsIn(a.file, text, targets, scopeOf(index, a.file), hashers));
    }
    facts.push(...round_facts);
    const grew = propagate(table, round_facts, sees);
    place();
    if (!grew) break;
  }
  const makeRoom = (a, ruleId, f, severity) => {
    const same = a.findings.findIndex((x) => x.ruleId === ruleId && x.region.startLine === f.region.startLine);
    if (same < 0) return true;
    if (f.callee.untyped || severityRank(a.findings[same].severity) <= severityRank(severity)) return false;
    a.findings.splice(same, 1);
    return true;
  };
  const pushAtCall = (ruleId, f, message, related, flow) => {
    const rule = engine2.rules.find((r) => r.id === ruleId);
    const a = byFile.get(f.file);
    const severity = rule && (f.inTest && rule.testSeverity ? rule.testSeverity : rule.severity);
    if (!rule || !a || !severity || !makeRoom(a, rule.id, f, severity)) return;
    a.findings.push({ ruleId: rule.id, severity, cwe: rule.cwe, file: f.file, region: f.region, message, related, flow, lineText: f.lineText, fingerprint: "" });
  };
  const firstNonce = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (f.value.kind === "param") continue;
    for (const reach of reachesOf(table, f.callee, f.arg)) {
      if (!sees(f.file, reach.at.file, f.callee.from)) continue;
      if (reach.field !== f.field) continue;
      if (f.value.kind === "password") {
        const macKey = MAC_KEY.test(reach.sink.api);
        if (reach.sink.kind !== "key" && reach.sink.kind !== "kdf-ikm" || reach.sink.kind === "key" && macKey) continue;
        if (reach.sink.kind === "key" && reach.steps.length === 2 && isPasswordParam(reach.paramName ?? "")) continue;
        const call = f.call && `weak-kdf:${f.file}:${f.call.startLine}:${f.call.startColumn}:${f.arg}`;
        if (call && reported.has(call)) continue;
        if (call) reported.add(call);
        pushAtCall(
          "weak-kdf",
          f,
          `Password \`${f.value.text}\` is passed to \`${f.callee.name}\`${f.field ? ` as the \`${f.field}\` field of its argument` : ""}, which ${reach.sink.kind === "kdf-ikm" ? `derives a key from it with one HKDF pass (\`${reach.sink.api}\`, ${reach.sink.file}:${reach.sink.region.startLine}): HKDF does no work per guess, so every password guess costs an attacker one hash` : `uses it directly as the key of \`${reach.sink.api}\` (${reach.sink.file}:${reach.sink.region.startLine})`}. Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with \u2265 600 000 iterations) and a random salt.`,
          [{ file: reach.sink.file, region: reach.sink.region, message: "the password becomes key material here" }, { ...reach.at, message: "through this parameter" }],
          [{ file: f.file, region: f.region, message: `password passed to \`${f.callee.name}\`` }, ...reach.steps]
        );
        continue;
      }
      if (f.value.kind === "hashed") {
        if (reach.sink.kind === "key" && sees(f.file, f.value.by.at.file)) hashedKey(f.value.by, [{ file: f.file, region: f.region, message: `its result is passed to \`${f.callee.name}\`` }], reach.sink, reach.steps, `${f.file}:${f.region.startLine} passes its result to \`${f.callee.name}\`, where it becomes`);
        continue;
      }
      if (reach.sink.kind === "kdf-ikm") continue;
      if (reach.sink.kind === "key" && /(^|_)salt$/.test(reach.paramName ?? "")) continue;
      if (f.value.kind === "loop") {
        if (reach.sink.kind !== "nonce") continue;
        pushAtCall(
          "nonce-reuse",
          f,
          `Nonce \`${f.argText}\` is made once (line ${f.value.madeAt.startLine}) before the loop at line ${f.value.loopAt.startLine} and passed to \`${f.callee.name}\` on every iteration, where it becomes the nonce of \`${reach.sink.api}\` (${reach.sink.file}:${reach.sink.region.startLine}): every message after the first is encrypted under the same key and nonce. Make a fresh nonce per message (inside the loop, or inside \`${f.callee.name}\`).`,
          [{ file: f.file, region: f.value.madeAt, message: "the nonce is made here, once" }, { file: reach.sink.file, region: reach.sink.region, message: "it becomes the nonce here" }],
          [{ file: f.file, region: f.value.madeAt, message: "made once" }, { file: f.file, region: f.region, message: `passed to \`${f.callee.name}\` in the loop` }, ...reach.steps]
        );
        continue;
      }
      const rule = engine2.rules.find((r) => r.id === FLOW_RULE_OF[reach.sink.kind]);
      const a = byFile.get(f.file);
      if (!rule || !a) continue;
      const id = `${rule.id}:${f.file}:${f.region.startLine}:${f.region.startColumn}:${f.arg}`;
      if (reported.has(id) || f.value.kind === "external" && a.findings.some((x) => x.ruleId === rule.id && x.region.startLine === f.region.startLine)) continue;
      const literal = f.value.kind === "const" ? f.value.literal : void 0;
      const n = integerLiteral(literal);
      const floor = COST_FLOOR[reach.sink.kind];
      if (floor !== void 0 && f.value.kind === "const" && (n === void 0 || n >= floor)) continue;
      if (reach.sink.kind === "nonce" && /^&?\s*(u|i)(8|16|32|64|128|size)$/.test(reach.paramType?.trim() ?? "")) continue;
      reported.add(id);
      const sameNonce = reach.sink.kind === "nonce" && f.value.kind === "const" && f.value.origin ? `nonce:${f.file}:${f.value.origin.startLine}:${f.value.origin.startColumn}:${f.callee.owner ?? ""}::${f.callee.name}` : void 0;
      const first = sameNonce ? firstNonce.get(sameNonce) : void 0;
      if (first) {
        first.related.push({ file: f.file, region: f.region, message: `the same constant nonce is passed to \`${f.callee.name}\` here too` });
        continue;
      }
      const where2 = `${reach.sink.file}:${reach.sink.region.startLine}`;
      const via = `is passed to \`${f.callee.owner ? `${f.callee.owner}::` : ""}${f.callee.name}\`, whose parameter ${reach.steps.length > 2 ? "is handed on until it " : ""}reaches \`${reach.sink.api}\` (${where2})`;
      const message = {
        key: `Hard-coded key: \`${f.argText}\` ${via}. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.`,
        nonce: BLOCK_MODE_API.test(`${reach.sink.api} ${reach.sink.written ?? ""}`) ? `Constant IV \`${f.argText}\` ${via} as the IV: every message under this key reuses it, and with a block mode a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts. Generate a fresh random IV per message inside the function and store it beside the ciphertext.` : STREAM_API.test(`${reach.sink.api} ${reach.sink.written ?? ""}`) ? `Constant nonce \`${f.argText}\` ${via} as the nonce: every message under this key reuses it, and a stream cipher's repeated nonce repeats its keystream, so the XOR of two ciphertexts is the XOR of their plaintexts. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.` : `Constant nonce \`${f.argText}\` ${via} as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.`,
        salt: `Constant salt \`${f.argText}\` ${via}: the same password gives the same key everywhere. Generate a random salt per password and store it beside the hash.`,
        iterations: `PBKDF2 with ${n === void 0 ? "{{value}}" : n.toLocaleString("en-US")} iterations: \`${f.argText}\` ${via}; OWASP recommends at least 600,000 for HMAC-SHA256. Raise the count, or move to Argon2id.`,
        memory: `Argon2 with ${n === void 0 ? "{{value}}" : n.toLocaleString("en-US")} KiB of memory: \`${f.argText}\` ${via}; below 7 MiB no number of passes reaches OWASP's minimum (19 MiB with 2 passes, or 7 MiB with 5), so a GPU tests guesses cheaply. Use at least 19,456 KiB (m_cost) with t_cost 2, or Argon2's defaults.`
      }[reach.sink.kind];
      const severity = reach.sink.kind === "salt" ? "medium" : rule.severity;
      const lowered = f.inTest && rule.testSeverity && severityRank(rule.testSeverity) > severityRank(severity);
      if (f.value.kind !== "external" && !makeRoom(a, rule.id, f, lowered ? rule.testSeverity : severity)) continue;
      const steps = [
        ...f.value.kind === "const" && f.value.origin && !(f.value.origin.startLine >= f.region.startLine && f.value.origin.endLine <= f.region.endLine) ? [{ file: f.file, region: f.value.origin, message: "the constant is defined here" }] : [],
        { file: f.file, region: f.region, message: `passed to \`${f.callee.name}\`` },
        ...reach.steps
      ];
      const finding = {
        ruleId: rule.id,
        severity: lowered ? rule.testSeverity : severity,
        cwe: rule.cwe,
        file: f.file,
        region: f.region,
        message: lowered ? `${message} (in test, example or demo code, so reported at lower severity)` : message,
        related: [{ file: reach.sink.file, region: reach.sink.region, message: `the value reaches \`${reach.sink.api}\` here` }, { ...reach.at, message: "through this parameter" }],
        flow: steps,
        lineText: f.lineText,
        fingerprint: ""
      };
      if (f.value.kind === "external") a.pending.push({ finding, name: f.value.name, below: COST_FLOOR[reach.sink.kind], ...f.value.written ? { ref: { written: f.value.written, inline: f.value.inline ?? [] } } : {} });
      else {
        a.findings.push(finding);
        if (sameNonce) firstNonce.set(sameNonce, finding);
        const def = f.value.kind === "const" && reach.sink.kind === "key" ? f.value.origin : void 0;
        if (def) a.findings = a.findings.filter((x) => !(x.ruleId === rule.id && x !== finding && x.region.startLine === def.startLine && x.message.startsWith(SECRET_NAMED)));
      }
    }
  }
}
function crateConsts(analyses, wanted, lookup) {
  const found = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Set();
  for (let round = 0; round < 4 && wanted.size; round++) {
    const more = /* @__PURE__ */ new Set();
    for (const a of analyses) {
      if (read.has(a.file) || !a.constNames.some((n) => wanted.has(n))) continue;
      read.add(a.file);
      for (const c of lookup(a.file)) {
        if (!c.isConst || found.has(c.name)) continue;
        found.set(c.name, c);
        if (c.alias && !found.has(c.alias)) more.add(c.alias);
      }
    }
    wanted = more;
  }
  const out2 = /* @__PURE__ */ new Map();
  for (const [name2, c] of found) {
    let cur = c;
    for (let i2 = 0; cur?.alias && i2 < 8; i2++) cur = found.get(cur.alias);
    if (cur && !cur.alias) out2.set(name2, { def: c, holder: cur });
  }
  return out2;
}
function finalize(analyses, rules2, constLookup, textOf) {
  const constMemo = /* @__PURE__ */ new Map();
  const lookup = (file) => constMemo.get(file) ?? constMemo.set(file, constLookup(file)).get(file);
  const consts = crateConsts(analyses, new Set(analyses.flatMap((a) => a.pending.filter((p) => !p.struct && !p.logWrapper).map((p) => p.name))), lookup);
  const index = textOf && analyses.some((a) => a.pending.some((p) => p.ref)) ? indexFor(analyses, textOf) : void 0;
  const typesByCrate = /* @__PURE__ */ new Map();
  const typesOf = (a, read) => {
    const k = a.crate?.manifest ?? "";
    let t = typesByCrate.get(k);
    if (!t) typesByCrate.set(k, t = new CrateTypes(analyses.filter((b) => (b.crate?.manifest ?? "") === k).map((b) => b.file), read));
    return t;
  };
  const suppressionRule = rules2.find((r) => r.id === SUPPRESSION_RULE);
  const all = [];
  const onceKept = /* @__PURE__ */ new Set();
  for (const a of [...analyses].sort((x, y) => x.file.localeCompare(y.file))) {
    for (const o of a.once) {
      if (onceKept.has(o.key)) continue;
      onceKept.add(o.key);
      a.findings.push(o.finding);
    }
  }
  for (const a of analyses) {
    const findings = [...a.findings];
    for (const p of a.pending) {
      if (p.logWrapper) {
        if (textOf && typesOf(a, textOf).logsItsParameter(p.name, a.file)) findings.push(p.finding);
        continue;
      }
      if (p.struct) {
        const field = textOf ? secretStructField(index, typesOf(a, textOf), a.file, p.ref?.inline ?? [], p.struct) : void 0;
        if (field) findings.push({ ...p.finding, message: p.finding.message.replaceAll("{{field}}", field) });
        continue;
      }
      const byPath = index && p.ref ? constByPath(index, lookup, a.file, p.ref, p.name) : void 0;
      if (byPath === null) continue;
      const found = byPath ?? consts.get(p.name);
      if (!found) continue;
      const { def, holder } = found;
      let message = p.finding.message;
      if (p.below !== void 0) {
        const n = integerLiteral(holder.literal);
        if (n === void 0 || n >= p.below) continue;
        message = message.replaceAll("{{value}}", n.toLocaleString("en-US"));
      }
      const steps = [{ file: def.file, region: def.region, message: `\`${p.name}\` is a constant defined here` }];
      if (holder !== def) steps.unshift({ file: holder.file, region: holder.region, message: `\`${holder.name}\` holds the value` });
      const related = [...p.finding.related, ...steps];
      const flow = [...steps, ...p.finding.flow ?? [{ file: p.finding.file, region: p.finding.region, message: "used here" }]];
      findings.push({ ...p.finding, message, related, flow });
    }
    for (const f of findings) {
      const s = suppressionFor(a.suppressions, f.ruleId, f.region.startLine);
      if (s) f.suppression = { justification: s.reason };
    }
    if (suppressionRule) {
      for (const s of a.suppressions) {
        if (s.reason) continue;
        findings.push({
          ruleId: suppressionRule.id,
          severity: suppressionRule.severity,
          cwe: suppressionRule.cwe,
          file: a.file,
          region: { startLine: s.line, startColumn: s.column, endLine: s.line, endColumn: s.column + s.length },
          message: `This suppression of ${s.ruleIds.join(", ") || "no rule"} gives no reason, so it is not applied. Write why after the bracket: \`// rust-crypto-gate: ignore[${s.ruleIds[0] ?? "rule-id"}] <reason>\`.`,
          related: [],
          lineText: s.text,
          fingerprint: ""
        });
      }
    }
    findings.sort(compareFindings);
    assignFingerprints(findings);
    all.push(...findings);
  }
  return dropSubsumed(all).sort(compareFindings);
}
function dropSubsumed(findings) {
  const pointedBy = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const r of f.related) {
      const k = `${f.ruleId}\0${r.file}\0${r.region.startLine}`;
      pointedBy.set(k, (pointedBy.get(k) ?? /* @__PURE__ */ new Set()).add(`${f.file}\0${f.region.startLine}`));
    }
  }
  return findings.filter((f) => {
    if (f.related.length) return true;
    const by = pointedBy.get(`${f.ruleId}\0${f.file}\0${f.region.startLine}`);
    return !by || [...by].every((x) => x === `${f.file}\0${f.region.startLine}`);
  });
}

// src/analyzer/parser.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp2 = Object.defineProperty;
var __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key2) => LANGUAGE_FUNCTION_REGEX.test(key2) && !key2.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve2, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve2(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve2, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve2(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/analyzer/parser.ts
function locateWasm(fileName, packageSpecifier) {
  const beside = join2(dirname2(fileURLToPath2(import.meta.url)), fileName);
  if (existsSync2(beside)) return beside;
  return createRequire(import.meta.url).resolve(packageSpecifier);
}
var loading;
function loadRustParser() {
  loading ??= (async () => {
    const runtimeWasm = locateWasm("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtimeWasm });
    const language = await Language.load(locateWasm("tree-sitter-rust.wasm", "tree-sitter-rust/tree-sitter-rust.wasm"));
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, language, query: (source) => new Query(language, source) };
  })();
  return loading;
}

// src/analyzer/models.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join3, resolve } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var ModelError = class extends Error {
};
function builtinModelsDir() {
  const here = dirname3(fileURLToPath3(import.meta.url));
  for (const c of [join3(here, "..", "models"), join3(here, "..", "..", "models"), join3(here, "..", "..", "..", "models")]) {
    if (existsSync3(join3(c, "rustcrypto-aead.yml"))) return resolve(c);
  }
  throw new ModelError(`built-in models not found near ${here}`);
}
function loadModels(extraDirs = []) {
  return new Models(loadModelFiles([builtinModelsDir(), ...extraDirs]));
}
function loadModelFiles(dirs) {
  const out2 = [];
  for (const dir of dirs) {
    if (!existsSync3(dir) || !statSync2(dir).isDirectory()) throw new ModelError(`models directory not found: ${dir}`);
    for (const name2 of readdirSync2(dir).sort()) if (/\.ya?ml$/.test(name2)) out2.push(parseModel(readFileSync3(join3(dir, name2), "utf8"), join3(dir, name2)));
  }
  return out2;
}
function parseModel(text, file) {
  const fail = (msg) => {
    throw new ModelError(`${file}: ${msg}`);
  };
  const doc = parseYamlMapping(text, file, ModelError);
  const list = (k) => {
    const v = doc[k] ?? [];
    if (!Array.isArray(v)) fail(`'${k}' must be a list`);
    return v;
  };
  const model = { file, name: String(doc.name ?? file), crates: list("crates").map(String), modules: list("modules").map(String), types: [], sinks: [], fields: [], values: [], sources: [], steps: [] };
  for (const [i2, v] of list("sources").entries()) {
    if (typeof v?.name !== "string" || !["random", "weak-random", "clock"].includes(v.kind)) fail(`sources[${i2}] needs 'name' and a 'kind' of random, weak-random or clock`);
    model.sources.push({ name: v.name, kind: v.kind });
  }
  for (const [i2, v] of list("steps").entries()) {
    if (typeof v?.call !== "string" || v.kind !== "pass-through") fail(`steps[${i2}] needs 'call' and kind 'pass-through'`);
    model.steps.push({ call: v.call, kind: "pass-through", on: v.on });
  }
  if (model.modules.length === 0) fail("'modules' must name the crate's module names as code writes them (`aes_gcm`)");
  for (const [i2, t] of list("types").entries()) {
    if (typeof t?.name !== "string" || typeof t.algorithm !== "string") fail(`types[${i2}] needs 'name' and 'algorithm'`);
    model.types.push({ name: t.name, algorithm: t.algorithm, primitive: String(t.primitive ?? ""), weak: t.weak, misuseResistant: t["misuse-resistant"] === true });
  }
  for (const [i2, r] of list("sinks").entries()) {
    const call = r?.call;
    if (typeof call !== "string" || !/^(\.[A-Za-z_]\w*|[A-Za-z_]\w*(::[A-Za-z_]\w*)+)$/.test(call)) fail(`sinks[${i2}]: 'call' must be 'a::b::f', 'Type::f' or '.method' (got ${JSON.stringify(call)})`);
    if (typeof r.kind !== "string") fail(`sinks[${i2}]: 'kind' is required`);
    if (r.arg !== void 0 && !Number.isInteger(r.arg)) fail(`sinks[${i2}]: 'arg' must be an argument index`);
    model.sinks.push({ call, arg: r.arg, kind: r.kind, args: r.args, on: r.on, min: r.min, ...typeof r.algorithm === "string" ? { algorithm: r.algorithm } : {}, model });
  }
  for (const [i2, f] of list("fields").entries()) {
    if (typeof f?.struct !== "string" || typeof f.field !== "string" || typeof f.kind !== "string") fail(`fields[${i2}] needs 'struct', 'field' and 'kind'`);
    model.fields.push({ struct: f.struct, field: f.field, kind: f.kind, model });
  }
  for (const [i2, v] of list("values").entries()) {
    if (typeof v?.name !== "string" || typeof v.kind !== "string") fail(`values[${i2}] needs 'name' and 'kind'`);
    const extra = Object.fromEntries(["algorithm", "padding", "mode"].filter((k) => typeof v[k] === "string").map((k) => [k, v[k]]));
    model.values.push({ name: v.name, kind: v.kind, ...extra, model });
  }
  return model;
}
var COMMON_NAMES = /* @__PURE__ */ new Set(["hash", "digest", "compute", "derive", "new", "from", "encrypt", "decrypt", "update", "generate", "verify", "sign"]);
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var wordsRe = (names) => names.length ? new RegExp(`\\b(${names.sort((a, b) => b.length - a.length).map(escape).join("|")})\\b`) : /$^/;
var Models = class {
  all;
  /** Sources as regexes over an expression's text, for the dataflow. */
  random;
  weakRandom;
  clock;
  /** Methods and path calls whose result is their receiver or (single) argument. */
  passMethods;
  passCalls;
  /** Types whose `new(x)` passes x through (`Box::new`), as a regex over the call's path. */
  passNewTypes;
  byName = /* @__PURE__ */ new Map();
  typeByName = /* @__PURE__ */ new Map();
  valueByName = /* @__PURE__ */ new Map();
  namesMemo = /* @__PURE__ */ new Map();
  cryptoMemo;
  constructor(models) {
    this.all = models;
    const sources = (k) => models.flatMap((m) => m.sources.filter((x) => x.kind === k).map((x) => x.name));
    this.random = wordsRe(sources("random"));
    this.weakRandom = wordsRe(sources("weak-random"));
    this.clock = wordsRe(sources("clock"));
    const steps = models.flatMap((m) => m.steps);
    this.passMethods = new Set(steps.filter((x) => x.call.startsWith(".")).map((x) => x.call.slice(1)));
    this.passCalls = new Set(steps.filter((x) => !x.call.startsWith(".")).map((x) => x.call));
    const newTypes = steps.filter((x) => x.call === "new").flatMap((x) => x.on ?? []);
    this.passNewTypes = new RegExp(`(^|::)(${newTypes.map(escape).join("|") || "$^"})(<.*>)?$`);
    for (const m of models) {
      for (const t of m.types) this.typeByName.set(t.name, { ...t, model: m });
      for (const r of m.sinks) {
        const name2 = r.call.split(/::|\./).pop();
        this.byName.set(name2, [...this.byName.get(name2) ?? [], r]);
      }
      for (const v of m.values) this.valueByName.set(v.name, v);
    }
  }
  /** Module names of the crypto crates (those with a cipher, MAC, hash, key or password-hash type). */
  cryptoModules() {
    return this.cryptoMemo ??= [...new Set(this.all.filter((m) => m.types.some((t) => t.primitive !== "drbg")).flatMap((m) => m.modules))].filter((x) => !/^(std|hash|digest|cipher)$/.test(x));
  }
  type(name2) {
    return name2 ? this.typeByName.get(name2.replace(/<.*$/, "")) : void 0;
  }
  isModelType(name2) {
    return !!this.type(name2);
  }
  /** A modelled value (`Pkcs1v15Encrypt`) by the last one or two segments of a path. */
  value(path) {
    const segs = path.replace(/\s+/g, "").split("::");
    return this.valueByName.get(segs.slice(-2).join("::")) ?? this.valueByName.get(segs[segs.length - 1]);
  }
  /**
   * The words a file must contain for a call of a sink of these kinds to be in it: a method's
   * name, a `T::f` row's type T (`new` alone would be in every file), a function's name.
   */
  triggers(kinds) {
    const out2 = /* @__PURE__ */ new Set();
    const both = (name2, qualifiers) => {
      const qs = [...new Set(qualifiers.filter((q) => /^\w+$/.test(q)))].sort();
      out2.add(qs.length ? `w:${name2}&${qs.map((q) => `w:${q}`).join("|")}` : name2);
    };
    for (const m of this.all) {
      for (const r of m.sinks) {
        if (!kinds.has(r.kind)) continue;
        const segs = r.call.split(/::|\./).filter(Boolean);
        const name2 = segs[segs.length - 1];
        if (r.call.startsWith(".")) both(name2, [...r.on ?? m.types.map((t) => t.name), ...m.modules]);
        else if (segs.length !== 2 || !/^([A-Z]|_$)/.test(segs[0])) {
          if (COMMON_NAMES.has(name2)) out2.add(segs.slice(-2).join("::")).add(`w:${name2}&${segs[segs.length - 2]}::*`).add(`re:\\b${segs[segs.length - 2]}::\\{[^}]*\\b${name2}\\b`);
          else both(name2, [...segs.slice(0, -1), ...m.modules]);
        } else if (segs[0] === "_") for (const t of r.on ?? m.types.map((x) => x.name)) out2.add(t);
        else {
          for (const t of [segs[0], ...r.on ?? []]) {
            out2.add(`${t}::`);
            out2.add(`w:${t}&w:type`);
            out2.add(`${t} as `);
          }
        }
      }
    }
    for (const f of this.fieldSinks(kinds)) both(f.field, f.model.modules);
    return [...out2].sort();
  }
  /** The names of the sources of these kinds (`SmallRng`, `SystemTime::now`): triggers of the rules about them. */
  sourceNames(kinds) {
    return this.all.flatMap((m) => m.sources.filter((x) => kinds.has(x.kind)).map((x) => x.name));
  }
  /** The call names of sinks of these kinds (memoized per set of kinds): to skip other calls cheaply. */
  names(kinds) {
    let n = this.namesMemo.get(kinds);
    if (!n) {
      n = new Set([...this.byName].filter(([, rows]) => rows.some((r) => kinds.has(r.kind))).map(([name2]) => name2));
      this.namesMemo.set(kinds, n);
    }
    return n;
  }
  /** The modelled struct fields of these kinds. */
  fieldSinks(kinds) {
    return this.all.flatMap((m) => m.fields.filter((f) => kinds.has(f.kind)));
  }
  /** Whether any row is about a call of this name: a cheap test before resolving a call. */
  hasName(name2) {
    return this.byName.has(name2);
  }
  /** The rows a call matches, of the given kinds. */
  match(shape, kinds) {
    const rows = this.byName.get(shape.name);
    if (!rows) return [];
    return rows.filter((r) => (!kinds || kinds.has(r.kind)) && (r.args === void 0 || shape.args >= r.args) && this.matches(r, shape));
  }
  matches(r, shape) {
    const types = r.on ?? r.model.types.map((t) => t.name);
    if (r.call.startsWith(".")) {
      if (!shape.method) return false;
      const t = shape.method.receiverType;
      if (t) return types.includes(t) || types.length === 0 && shape.imports(r.model.modules);
      return shape.imports(r.model.modules);
    }
    if (!shape.path) return false;
    const segs = r.call.split("::");
    const qualifier = segs.slice(0, -1);
    const resolved = shape.path.resolved.split("::");
    if (qualifier.length === 1 && /^([A-Z]|_$)/.test(qualifier[0])) {
      const self = shape.path.selfType;
      if (!self || shape.path.local) return false;
      if (qualifier[0] === "_" ? !types.includes(self) : !(self === qualifier[0] || r.on?.includes(self))) return false;
      const prefix = resolved.slice(0, -2);
      if (prefix.length) return prefix.some((s) => r.model.modules.includes(s));
      return r.model.types.some((t) => t.name === self) || shape.imports(r.model.modules);
    }
    if (shape.path.local) return false;
    const want = r.call.split("::");
    if (resolved.length >= 2) return endsWith(resolved, want) || endsWith(want, resolved);
    const q = want.slice(0, -1).join("::");
    return (shape.globs ?? []).some((g) => g === q || g.endsWith(`::${q}`));
  }
};
function endsWith(a, b) {
  if (b.length > a.length) return false;
  return b.every((s, i2) => a[a.length - b.length + i2] === s);
}

// src/scan/scan.ts
async function createEngine(rules2, modelDirs2 = [], inventory2 = false) {
  const engine2 = new Engine(await loadRustParser(), rules2, loadModels(modelDirs2));
  engine2.collectUses = inventory2;
  return engine2;
}
function analyzeFile(engine2, file, maxFileSize2) {
  const read = readRustSource(file, maxFileSize2);
  if (!read.ok) return { note: read.note };
  try {
    return { analysis: engine2.analyze(file.path, read.text, file.crate), bytes: read.text.length };
  } catch (e) {
    return { note: { level: "error", file: file.path, message: `internal error while analyzing: ${e.message}` } };
  }
}
async function crateWide(analyses, rules2, engineOf, textOf, crateOf, fixes) {
  let engine2;
  const before2 = { callers: 0, consts: 0 };
  const get = async () => {
    if (!engine2) {
      engine2 = await engineOf();
      Object.assign(before2, { callers: engine2.parses.callers, consts: engine2.parses.consts });
    }
    return engine2;
  };
  if (analyses.some((a) => a.flow && (a.flow.reaches.length || a.flow.fieldWrites.length || a.flow.hashReturns?.length))) settleFlows(await get(), analyses, textOf);
  const e = analyses.some((a) => a.pending.length) ? await get() : void 0;
  const lookup = (path) => {
    const text = e ? textOf(path) : void 0;
    return e && text !== void 0 ? e.constsIn(path, text) : [];
  };
  const findings = finalize(analyses, rules2, lookup, textOf);
  if (fixes && findings.length) {
    const [{ attachFixes: attachFixes2 }, { DESIGN_ADVICE: DESIGN_ADVICE2, FIXERS: FIXERS2 }] = await Promise.all([Promise.resolve().then(() => (init_fix(), fix_exports)), Promise.resolve().then(() => (init_fixers(), fixers_exports))]);
    if (findings.some((f) => FIXERS2[f.ruleId] || DESIGN_ADVICE2[f.ruleId])) {
      const models = (await get()).models;
      attachFixes2(findings, { parser: await loadRustParser(), models, textOf, crateOf });
    }
  }
  const parsedAgain = engine2 ? engine2.parses.callers - before2.callers + engine2.parses.consts - before2.consts : 0;
  return { findings, parsedAgain };
}
var RECYCLE_AFTER_BYTES = 512 * 1024;

// src/scan/worker.ts
var { rules, modelDirs, maxFileSize, inventory } = workerData;
var engine = await createEngine(rules, modelDirs, inventory);
parentPort.on("message", (m) => {
  if ("crateWide" in m) {
    const { analyses, files, fixes } = m.crateWide;
    const byPath = new Map(files.map((f) => [f.path, f]));
    const textOf = (path) => {
      const f = byPath.get(path);
      const read = f ? readRustSource(f, maxFileSize) : void 0;
      return read?.ok ? read.text : void 0;
    };
    crateWide(analyses, rules, async () => engine, textOf, (path) => byPath.get(path)?.crate, fixes).then(
      (result) => parentPort.postMessage({ crateWide: result }),
      (e) => parentPort.postMessage({ error: e.message })
    );
    return;
  }
  let recycle = false;
  const outcomes = m.files.map((f) => {
    const parsed = engine.parses.analyze;
    const o = analyzeFile(engine, f, maxFileSize);
    recycle ||= "bytes" in o && o.bytes >= RECYCLE_AFTER_BYTES && engine.parses.analyze > parsed;
    return o;
  });
  parentPort.postMessage({ start: m.start, outcomes, recycle });
});
parentPort.postMessage({ ready: true });
