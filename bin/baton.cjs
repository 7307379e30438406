#!/usr/bin/env node
// The `baton` command (npm link / npx baton in a checkout): runs the TypeScript CLI through tsx,
// so the command line always runs exactly the backend code in this folder.
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();
require(path.join(__dirname, '..', 'electron', 'cli', 'index.ts'));
