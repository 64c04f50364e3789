'use strict';
// innerOk / innerFail of node:assert and the "expression evaluated to a falsy value"
// message. Ported from Node.js v26 lib/internal/assert/utils.js and
// lib/internal/errors/error_source.js (MIT License, Copyright Node.js contributors).
//
// Node finds the source expression of a failed assert.ok() from V8's structured stack
// and tokenizes the line with acorn. Here the caller's position comes from goja's stack
// text (the column of the call's "(", moved back to the callee name as V8 reports it),
// the line from internalBinding('assert').getSourceLine, and the tokens from a small
// tokenizer that labels tokens the way acorn does for the tokens the algorithm looks at.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');

let internals;
function utilInternals() {
  if (internals === undefined) {
    require('util');
    internals = internalBinding('util').internals;
  }
  return internals;
}

// Escape control characters but not \n and \t to keep the line breaks and
// indentation intact.
// eslint-disable-next-line no-control-regex
const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const meta = [
  '\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004',
  '\\u0005', '\\u0006', '\\u0007', '\\b', '',
  '', '\\u000b', '\\f', '', '\\u000e',
  '\\u000f', '\\u0010', '\\u0011', '\\u0012', '\\u0013',
  '\\u0014', '\\u0015', '\\u0016', '\\u0017', '\\u0018',
  '\\u0019', '\\u001a', '\\u001b', '\\u001c', '\\u001d',
  '\\u001e', '\\u001f',
];

const escapeFn = (str) => meta[str.charCodeAt(0)];

// ---- caller position -------------------------------------------------------------

const kCJSWrapperLength = '(function (exports, require, module, __filename, __dirname) {'.length;

function parseFrame(line) {
  let loc = line.trim();
  if (!loc.startsWith('at ')) return null;
  loc = loc.slice(3);
  if (loc.endsWith(')')) {
    const i = loc.lastIndexOf(' (');
    if (i !== -1) loc = loc.slice(i + 2, -1);
  }
  // goja appends the pc: file:line:col(pc)
  const m = /^(.*):(\d+):(\d+)(?:\(\d+\))?$/.exec(loc);
  if (m === null) return null;
  return { file: m[1], line: +m[2], column: +m[3] };
}

function isBuiltinLocation(file) {
  return file.startsWith('node:') || file === 'native' || file.startsWith('gonode:');
}

// The first frame outside builtins: where user code called into assert.
function callerFrame(stack) {
  if (typeof stack !== 'string') return null;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t.startsWith('at ')) continue;
    if (t.endsWith('(native)')) continue;
    const f = parseFrame(t);
    if (f === null) return null;
    if (isBuiltinLocation(f.file)) continue;
    return f;
  }
  return null;
}

// ---- tokenizer (acorn-compatible labels for what getFirstExpression inspects) -------

const keywords = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally',
  'for', 'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'const', 'while',
  'with', 'new', 'this', 'super', 'class', 'extends', 'export', 'import', 'null', 'true',
  'false', 'in', 'instanceof', 'typeof', 'void', 'delete',
]);
const valueKeywords = new Set(['this', 'super', 'null', 'true', 'false']);
const punctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '%', '&', '|', '^',
  '!', '~', '?', ':', '=', '.', '@', '#', '/',
];

function isIdStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '$' || c === '_' ||
    c === '\\' || c > '\x7f';
}
function isIdPart(c) {
  return isIdStart(c) || (c >= '0' && c <= '9');
}

function tokenize(code) {
  const tokens = [];
  let i = 0;
  const n = code.length;
  let prev = null;
  const push = (label, start, end) => {
    const t = { type: { label }, start, end };
    tokens.push(t);
    prev = t;
  };
  const regexAllowed = () => {
    if (prev === null) return true;
    const l = prev.type.label;
    if (l === 'name' || l === 'num' || l === 'string' || l === 'template' || l === 'regexp') return false;
    if (l === ')' || l === ']' || l === '}' || l === '++' || l === '--') return false;
    if (keywords.has(l)) return !valueKeywords.has(l);
    return true;
  };
  while (i < n) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v' || c === '\f' ||
        c === '\u00a0' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') break;
    if (c === '/' && code[i + 1] === '*') {
      const e = code.indexOf('*/', i + 2);
      if (e === -1) break;
      i = e + 2;
      continue;
    }
    const start = i;
    if (isIdStart(c)) {
      while (i < n && isIdPart(code[i])) i++;
      const word = code.slice(start, i);
      push(keywords.has(word) ? word : 'name', start, i);
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && code[i + 1] >= '0' && code[i + 1] <= '9')) {
      i++;
      while (i < n && /[0-9a-zA-Z_.]/.test(code[i])) {
        if ((code[i] === 'e' || code[i] === 'E') && (code[i + 1] === '+' || code[i + 1] === '-')) i++;
        i++;
      }
      push('num', start, i);
      continue;
    }
    if (c === '"' || c === '\'') {
      i++;
      while (i < n && code[i] !== c) {
        if (code[i] === '\\') i++;
        i++;
      }
      if (i >= n) break; // unterminated: acorn stops producing tokens here
      i++;
      push('string', start, i);
      continue;
    }
    if (c === '`') {
      i++;
      let depth = 0;
      while (i < n) {
        const d = code[i];
        if (d === '\\') { i += 2; continue; }
        if (depth === 0 && d === '`') break;
        if (d === '$' && code[i + 1] === '{') { depth++; i += 2; continue; }
        if (d === '}' && depth > 0) depth--;
        i++;
      }
      if (i >= n) break;
      i++;
      push('template', start, i);
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < n) {
        const d = code[i];
        if (d === '\\') { i += 2; continue; }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        i++;
      }
      if (i >= n) break;
      i++;
      while (i < n && isIdPart(code[i])) i++;
      push('regexp', start, i);
      continue;
    }
    let p = null;
    for (const cand of punctuators) {
      if (code.startsWith(cand, i)) {
        if (cand === '?.' && code[i + 2] >= '0' && code[i + 2] <= '9') continue;
        p = cand;
        break;
      }
    }
    if (p === null) break;
    i += p.length;
    push(p, start, i);
  }
  return tokens;
}

const memberAccessTokens = ['.', '?.', '[', ']'];
const memberNameTokens = ['name', 'string', 'num'];

function getFirstExpression(code, startColumn, tokens) {
  let lastToken;
  let firstMemberAccessNameToken;
  let terminatingCol;
  let parenLvl = 0;
  for (const token of tokens) {
    // Peek before the startColumn.
    if (token.start < startColumn) {
      if (token.type.label === ';') {
        firstMemberAccessNameToken = null;
        continue;
      }
      if (memberAccessTokens.includes(token.type.label) && lastToken?.type.label === 'name') {
        firstMemberAccessNameToken ??= lastToken;
      } else if (!memberAccessTokens.includes(token.type.label) &&
        !memberNameTokens.includes(token.type.label)) {
        firstMemberAccessNameToken = null;
      }
      lastToken = token;
      continue;
    }
    if (token.type.label === '(') {
      parenLvl++;
      continue;
    }
    if (token.type.label === ')') {
      parenLvl--;
      if (parenLvl === 0) {
        terminatingCol = token.start + 1;
        break;
      }
      continue;
    }
    if (token.type.label === ';') {
      // Node passes the token itself here, which slices to the empty string.
      terminatingCol = token;
      break;
    }
  }
  const start = firstMemberAccessNameToken?.start ?? startColumn;
  return code.slice(start, terminatingCol);
}

function getErrorSourceExpression(stack) {
  const frame = callerFrame(stack);
  if (frame === null) return;
  let sourceLine;
  try {
    sourceLine = internalBinding('assert').getSourceLine(frame.file, frame.line);
  } catch {
    return;
  }
  if (typeof sourceLine !== 'string' || sourceLine === '') return;
  let col = frame.column;
  if (frame.line === 1 && col - kCJSWrapperLength >= 1) col -= kCJSWrapperLength;
  let paren = col - 1; // goja reports the call at its "("
  const tokens = tokenize(sourceLine);
  // V8 reports a call at the callee's name: `assert(x)` at "assert", `a.ok(x)` at "ok".
  let startColumn = paren;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].start >= paren) {
      if (k > 0 && tokens[k].start === paren && tokens[k].type.label === '(' &&
          tokens[k - 1].type.label === 'name') {
        startColumn = tokens[k - 1].start;
      }
      break;
    }
  }
  return getFirstExpression(sourceLine, startColumn, tokens);
}

function getErrMessage(fn) {
  const err = new Error();
  let source = getErrorSourceExpression(err.stack);
  if (source) {
    source = source.replace(escapeSequencesRegExp, escapeFn);
    return `The expression evaluated to a falsy value:\n\n  ${source}\n`;
  }
}

/**
 * @param {object} obj
 */
function innerFail(obj) {
  if (obj.message.length === 0) {
    obj.message = undefined;
  } else if (typeof obj.message[0] === 'string') {
    if (obj.message.length > 1) {
      obj.message = utilInternals().format(...obj.message);
    } else {
      obj.message = obj.message[0];
    }
  } else if (utilInternals().isError(obj.message[0])) {
    if (obj.message.length > 1) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'message',
        `The error message was passed as error object "${Error.prototype.toString.call(obj.message[0])}" has trailing arguments that would be ignored.`,
      );
    }
    throw obj.message[0];
  } else if (typeof obj.message[0] === 'function') {
    if (obj.message.length > 1) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'message',
        `The error message with function "${obj.message[0].name || 'anonymous'}" has trailing arguments that would be ignored.`,
      );
    }
    try {
      obj.message = obj.message[0](obj.actual, obj.expected);
      if (typeof obj.message !== 'string') {
        obj.message = undefined;
      }
    } catch {
      // Ignore and use default message instead
      obj.message = undefined;
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(
      'message',
      ['string', 'function'],
      obj.message[0],
    );
  }

  const error = new AssertionError(obj);
  if (obj.generatedMessage !== undefined) {
    error.generatedMessage = obj.generatedMessage;
  }
  throw error;
}

/**
 * Internal ok handler delegating to innerFail for message handling.
 * @param {Function} fn
 * @param {...any} args
 */
function innerOk(fn, ...args) {
  if (!args[0]) {
    let generatedMessage = false;
    let messageArgs;

    if (args.length === 0) {
      generatedMessage = true;
      messageArgs = ['No value argument passed to `assert.ok()`'];
    } else if (args.length === 1 || args[1] == null) {
      generatedMessage = true;
      // Without a readable source line (Node always has one) fall back to the
      // pre-v10 message instead of failing on an undefined message.
      messageArgs = [getErrMessage(fn) ?? `${utilInternals().inspect(args[0])} == true`];
    } else {
      messageArgs = args.slice(1);
    }

    innerFail({
      actual: args[0],
      expected: true,
      message: messageArgs,
      operator: '==',
      stackStartFn: fn,
      generatedMessage,
    });
  }
}

module.exports = {
  innerOk,
  innerFail,
};
