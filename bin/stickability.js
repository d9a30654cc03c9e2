#!/usr/bin/env node
// Runs the compiled command line; `npm run build` (or `npm start`) compiles it.
import('../dist/cli/main.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    console.error('stickability is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  throw error;
});
