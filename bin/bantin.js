#!/usr/bin/env node
// The CLI lives in the compiled library; this file only starts it.
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
