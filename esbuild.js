// Bundles the extension (Node and web), the analysis worker, the webview, the core for Node and the
// browser, and the CLI.
// Usage: node esbuild.js [--watch] [--production]
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  // The pure core, for Node (evaluation, benchmarks) ...
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs', target: 'node18' },
  // ... and for browsers / web workers: proves the core needs no Node built-ins.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.browser.js', platform: 'browser', format: 'esm', target: 'es2022' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
];

builds.push(
  // The extension itself stays small: the heavy core (tagger model included) runs in the worker.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/extension.browser.ts'], outfile: 'dist/extension.browser.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
  // One worker bundle for a Node worker thread and a web worker alike.
  { ...common, entryPoints: ['src/worker/worker.ts'], outfile: 'dist/worker.js', platform: 'browser', format: 'iife', target: 'es2022', external: ['worker_threads'] },
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
);

async function main() {
  if (watch) {
    const ctxs = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(ctxs.map((c) => c.watch()));
    console.log('[esbuild] watching');
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
