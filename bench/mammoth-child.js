'use strict';
// Child process for the memory benchmark: mammoth.extractRawText on one file, nothing else, so its
// peak RSS can be measured from outside (bench/memory.ts).
const mammoth = require('mammoth');

mammoth.extractRawText({ path: process.argv[2] }).then(
  (r) => process.stdout.write(`${r.value.length} characters\n`),
  (e) => {
    process.stderr.write(`mammoth failed: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  },
);
