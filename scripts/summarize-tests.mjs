// Prints the plain closing line CI reads, "N passed, N failed[, N skipped]",
// over every Vitest JSON report given (a missing report counts as a failure),
// after the Node the tests ran on: test-all.sh runs this script with the same
// PATH as Vitest, whose workers run on the Node that started it.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } catch (e) {
    failed += 1;
    console.error(`could not read the test report ${file}: ${e.message}`);
  }
}
console.log(`tests ran on Node ${process.version} (${process.platform}-${process.arch}, ${process.execPath})`);
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
