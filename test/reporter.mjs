// web-test-runner reporter that writes the run's counts as JSON, so scripts/test.mjs can add
// them to the Python counts without parsing terminal output. Used next to the default reporter.
//   {passed, failed, skipped, files, fileErrors}
// A test file that failed without a failing test (it did not load, timed out, or crashed the
// page) counts as one failed test, so a broken file can never look green.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** @param {{outputFile?: string}} options  defaults to $BROOKLET_WTR_RESULTS */
export function countsReporter({ outputFile = process.env.BROOKLET_WTR_RESULTS } = {}) {
  const write = (sessions) => {
    const counts = { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: [] };
    for (const session of sessions) {
      counts.files++;
      const before = counts.failed;
      countSuite(session.testResults, counts);
      if (!session.passed && counts.failed === before) {
        counts.failed++;
        const message = session.errors?.[0]?.message ?? "failed without a test failure (did it load?)";
        counts.fileErrors.push({ file: session.testFile, browser: session.browser?.name, message });
      }
    }
    if (outputFile) {
      mkdirSync(path.dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(counts, null, 2));
    }
    return counts;
  };
  return {
    // Rewritten after every run so watch mode and a crashed runner leave the latest counts.
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}
