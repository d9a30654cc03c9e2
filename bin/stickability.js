#!/usr/bin/env node
// The compiled command line; `npm run build` (or `npm start`) compiles it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('stickability is not built yet: run `npm run build` first.');
  process.exit(1);
}
const { run } = await import(main.href);
await run();
