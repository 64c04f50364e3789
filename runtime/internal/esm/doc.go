// Package esm is gonode's ES module loader: static import/export, live bindings,
// cycles, top-level await, import.meta, dynamic import() (from ES modules and from
// CommonJS), CommonJS/ESM interop (both directions), Node's ESM resolution, and
// TypeScript (.ts, .mts, .cts: types stripped, positions kept through source maps), all
// on goja, whose Runtime cannot parse module syntax.
//
// # Strategy
//
// The goja version gonode uses has no module records (no ParseModule,
// CyclicModuleRecord or SetImportModuleDynamically), so modules are compiled into
// scripts. Each module source goes through three steps, once per process:
//
//  1. esbuild (pure Go) transforms it, alone, to CommonJS-shaped code: types are
//     stripped; every reference to an imported binding becomes a property read on an
//     import object (import_x.name), which is what makes bindings live; exports become
//     getters installed by __export(bag, { name: () => local }); import() is lowered to
//     a recognisable Promise.resolve().then(() => __toESM(require(x))); import.meta,
//     require, module and exports are renamed by Define (so the generated require()
//     calls are told apart from the user's); syntax goja lacks (async generators,
//     for await, decorators) is lowered.
//
//  2. goja's parser reads esbuild's output and the package rewrites it (position-based
//     edits, see rewrite.go) into a module function
//
//     (function* (__gonode$, __gonode$meta) { helpers; exports getters; imports; yield; body })
//
//     Imports become reads of the dependencies' namespace objects, import() calls the
//     loader, unused esbuild helpers are dropped, and an anonymous default export is
//     named "default". The code before the first yield is instantiation: calling the
//     generator hoists function declarations and the first next() installs the export
//     getters and import bindings without running user code. Linking instantiates a
//     whole graph before any module body runs, so a cycle sees hoisted functions of a
//     module that has not run yet and gets ReferenceError (the TDZ) for its let/const,
//     as in Node.
//
//  3. esbuild's source map is carried over to the final code and attached inline;
//     goja then reports original lines and columns in stack traces and syntax errors.
//     (The maps are calibrated for goja, which queries and prints 1-based columns.)
//
// Top-level await: esbuild refuses it in CommonJS output but reports where each one
// is. The loader replaces each `await` with `~` and four spaces (same length and
// precedence, not constant-folded), transforms again, finds the markers in the output
// through the source map and turns them into `(yield ctx.w(x, line, col))`; a
// top-level for await becomes a loop that yields each iterator step. The loader drives
// such a module function like an async function (each yield is an await resumed from a
// promise reaction) and evaluates graphs with ECMA-262's algorithm for cyclic module
// records with top-level await (InnerModuleEvaluation, ExecuteAsyncModule,
// AsyncModuleExecutionFulfilled with [[AsyncEvaluationOrder]]), so the order in which
// modules and siblings run matches V8's. The main module is evaluated in a promise job,
// so, as in Node, its promise callbacks run before process.nextTick callbacks.
//
// Why not bundle (esbuild's usual answer to top-level await): a bundle fixes the graph
// at build time, while Node's module identity is per resolved URL across static
// imports, import(), require(esm), workers and query strings; CommonJS modules must
// come from the env's require cache; and a per-module compile can be cached and shared.
// Why not a hand-written ESM parser: esbuild already does scope analysis (which
// identifiers are imports), TypeScript, and syntax lowering correctly.
//
// # Linking and namespaces
//
// Export names and bindings are resolved with the spec's GetExportedNames and
// ResolveExport over static facts gathered at compile time (own exports, indirect
// re-exports, export * requests). Imported names are checked at link time: a missing
// one is a SyntaxError naming it, a conflicting star export too, a missing CommonJS
// named export gets Node's long message. Because esbuild drops imports that are never
// used, the imported names come from the original import statements (found through the
// source map; see importstmt.go).
//
// Namespace objects are goja DynamicObjects: keys sorted, values read live from the
// exporting module on every access, writes and deletes refused, Symbol.toStringTag
// "Module" (from the prototype). IsNamespace recognises them.
//
// # Interop
//
// A CommonJS module imported from ESM is loaded by the host's require machinery (same
// cache as require()). Its named exports are what Node's cjs-module-lexer finds,
// detected on goja's AST with the lexer's rules (exports.x =, Object.defineProperty
// forms, module.exports = {...}, re-exports through require()), plus "default"
// (module.exports) and "module.exports"; values are taken when it has run. require() of
// an ES module (Loader.Require) evaluates it synchronously and returns the namespace
// (with __esModule when it has a default export) or its "module.exports" export;
// top-level await in the graph is ERR_REQUIRE_ASYNC_MODULE, a require cycle
// ERR_REQUIRE_CYCLE_MODULE. Builtins are importable with default and named imports.
// import() in CommonJS code (which goja cannot parse) is handled by PrepareCommonJS,
// which also strips TypeScript from .cts/.ts CommonJS files.
//
// # Resolution
//
// resolve.go implements Node's ESM resolver: relative and absolute specifiers with
// exact extensions (no guessing, no directory index), file: URLs, percent-decoding,
// ?query/#hash module instances, package "exports" and "imports" with the conditions
// node, import, module-sync and default, self-reference, legacy "main", node: and bare
// builtins, and Node's errors (ERR_MODULE_NOT_FOUND naming the specifier and the
// importing file, ERR_UNSUPPORTED_DIR_IMPORT, ERR_PACKAGE_PATH_NOT_EXPORTED,
// ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_UNKNOWN_BUILTIN_MODULE). FileFormat decides
// module vs CommonJS (extension, package.json "type"); DetectModuleSyntax is Node's
// syntax detection for files without a type.
//
// # Cost
//
// Transform, analysis and goja compilation happen once per process per module source
// (compileModuleCached; the program is shared by every env). Per env, loading a module
// is resolution, reading the file to validate the cache, instantiation and evaluation.
// BenchmarkModuleLoadPerEnv measures it.
//
// # Integration
//
// The runtime implements Host (runtime/esm_glue.go) and calls Loader.RunMain /
// RunMainSource for main entries (also worker entries), Loader.Import for import() from
// CommonJS, Loader.Require for require(esm), PrepareCommonJS when compiling CommonJS,
// and UnsettledWarning when the loop ends (exit code 13). All Loader methods run on the
// env's loop goroutine, inside a JS call; package-level functions are safe for
// concurrent use.
//
// # Known differences from Node
//
// Namespace objects are extensible and their prototype is not null (goja's
// DynamicObject); Object.keys of a namespace with bindings in the TDZ does not throw.
// The ReferenceError for require/module/exports in a module says "require is not
// defined" without Node's hint. TypeScript is transformed by esbuild, so enums,
// namespaces and parameter properties run instead of failing with
// ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX. Import attributes are not checked (a JSON import
// without `with { type: 'json' }` loads). `arguments` at module top level is not a
// ReferenceError. data: URLs, WebAssembly
// modules, loader hooks (module.register) and import.meta.resolve's second argument
// are not supported. import() inside eval() or new Function() is a SyntaxError.
package esm
