import type { Reporter, TestModule } from 'vitest/node';

/** Ends the run with one plain line, `N passed, N failed, N skipped`, for readers of CI logs. */
export default class SummaryReporter implements Reporter {
  private line = '';

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') count[state]++;
      }
    }
    this.line = `${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`;
  }

  // Printed last, after the default reporter's own summary.
  onFinished(): void {
    process.stdout.write(`${this.line}\n`);
  }
}
