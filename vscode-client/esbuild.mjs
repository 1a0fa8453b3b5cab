// Bundles the extension and vscode-languageclient into one CommonJS file, dist/extension.js.
// `vscode` is provided by the editor at run time, so it stays external.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const options = {
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20', // VS Code >= 1.91 runs extensions on Node 20
  external: ['vscode'],
  sourcemap: true,
  sourcesContent: false,
  minify: production,
  logLevel: 'info',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
