'use strict';
// The `navigator` global and its Navigator class, after Node.js v26
// lib/internal/navigator.js (MIT License, Copyright Node.js contributors).
//
// navigator.language comes from the locale environment (LC_ALL, LC_MESSAGES, LANG;
// "C"/"POSIX" or unset is en-US) since goja has no ICU; navigator.locks (the Web Locks
// API) is not provided.

const {
  lazyCodes: {
    ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');

const kEnumerableProperty = { __proto__: null, enumerable: true };
const kInitialize = Symbol('kInitialize');

/**
 * @param {object} process
 * @returns {string}
 */
function getNavigatorPlatform(process) {
  if (process.platform === 'darwin') {
    // On macOS, modern browsers return 'MacIntel' even if running on Apple Silicon.
    return 'MacIntel';
  } else if (process.platform === 'win32') {
    // On Windows, modern browsers return 'Win32' even if running on a 64-bit version of Windows.
    return 'Win32';
  } else if (process.platform === 'linux') {
    if (process.arch === 'ia32') {
      return 'Linux i686';
    } else if (process.arch === 'x64') {
      return 'Linux x86_64';
    }
    return `Linux ${process.arch}`;
  } else if (process.platform === 'freebsd') {
    if (process.arch === 'ia32') {
      return 'FreeBSD i386';
    } else if (process.arch === 'x64') {
      return 'FreeBSD amd64';
    }
    return `FreeBSD ${process.arch}`;
  } else if (process.platform === 'openbsd') {
    if (process.arch === 'ia32') {
      return 'OpenBSD i386';
    } else if (process.arch === 'x64') {
      return 'OpenBSD amd64';
    }
    return `OpenBSD ${process.arch}`;
  } else if (process.platform === 'sunos') {
    if (process.arch === 'ia32') {
      return 'SunOS i86pc';
    }
    return `SunOS ${process.arch}`;
  } else if (process.platform === 'aix') {
    return 'AIX';
  }
  return `${process.platform[0].toUpperCase()}${process.platform.slice(1)} ${process.arch}`;
}

// ICU's default locale from the POSIX locale environment, as a BCP 47 tag.
function getDefaultLanguage(env) {
  let locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  locale = locale.replace(/[.@].*$/, '');
  if (locale === '' || locale === 'C' || locale === 'POSIX') return 'en-US';
  const parts = locale.split(/[_-]/).filter((p) => p !== '');
  if (parts.length === 0 || !/^[A-Za-z]{2,8}$/.test(parts[0])) return 'en-US';
  let tag = parts[0].toLowerCase();
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    if (/^[A-Za-z]{2}$/.test(p) || /^\d{3}$/.test(p)) tag += `-${p.toUpperCase()}`;
    else if (/^[A-Za-z]{4}$/.test(p)) tag += `-${p[0].toUpperCase()}${p.slice(1).toLowerCase()}`;
    else tag += `-${p}`;
  }
  return tag;
}

class Navigator {
  // Private properties are used to avoid brand validations.
  #availableParallelism;
  #userAgent;
  #platform;
  #language;
  #languages;

  constructor() {
    if (arguments[0] === kInitialize) {
      return;
    }
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /** @returns {number} */
  get hardwareConcurrency() {
    this.#availableParallelism ??= internalBinding('os').getAvailableParallelism();
    return this.#availableParallelism;
  }

  /** @returns {string} */
  get language() {
    this.#language ??= getDefaultLanguage(process.env);
    return this.#language;
  }

  /** @returns {Array<string>} */
  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  /** @returns {string} */
  get userAgent() {
    const nodeVersion = process.version;
    this.#userAgent ??= `Node.js/${nodeVersion.slice(1, nodeVersion.indexOf('.'))}`;
    return this.#userAgent;
  }

  /** @returns {string} */
  get platform() {
    this.#platform ??= getNavigatorPlatform(process);
    return this.#platform;
  }
}

Object.defineProperties(Navigator.prototype, {
  hardwareConcurrency: kEnumerableProperty,
  language: kEnumerableProperty,
  languages: kEnumerableProperty,
  userAgent: kEnumerableProperty,
  platform: kEnumerableProperty,
});

module.exports = {
  getNavigatorPlatform,
  navigator: new Navigator(kInitialize),
  Navigator,
};
