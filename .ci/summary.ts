/** Prints one line, `tests: N passed, M failed`, from the JSON reports of Vitest and Playwright. */
import { existsSync, readFileSync } from 'node:fs';

const read = (file: string): unknown => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const vitest = read('test-results/vitest.json') as { numPassedTests: number; numFailedTests: number } | undefined;
const playwright = read('test-results/playwright.json') as { stats: { expected: number; unexpected: number; flaky: number } } | undefined;

const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
