#!/usr/bin/env node
'use strict';
// The command line, compiled from src/cli by `npm run build:cli` into lib/.
require('../lib/cli/main.js').main();
