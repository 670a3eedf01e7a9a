import { violations } from './axe';
import { expect, expectBelowHeader, schemes, test } from './fixtures';

/** The guide's answers that lead to each outcome, as a shared link would carry them. */
const links = {
  kafkaStreams: '/decide/?latency=per-event-stateful&ops=service-teams',
  flink: '/decide/?latency=per-event-stateful&language=python-sql&output=tables-and-files',
  both: '/decide/?eos=kafka-to-kafka&workloads=ml',
};

test.describe('decision guide', () => {
  test('answering updates the URL and the result; reload, Back and Forward restore it', async ({ page }) => {
    await page.goto('/decide/');
    const result = page.locator('.guide-result');
    await expect(result.getByRole('status')).toHaveText('0 of 8 questions answered.');
    await expect(result.locator('[data-outcome]:visible')).toHaveCount(0);

    const latency = page.getByRole('group', { name: /How soon after it arrives/ });
    await latency.getByRole('radio', { name: /with joins or aggregations/ }).check();
    await expect(page).toHaveURL(/\/decide\/\?latency=per-event-stateful$/);
    await expect(result.locator('.guide-outcome-title', { hasText: 'Kafka Streams' })).toBeVisible();
    await expect(result.getByRole('status')).toHaveText('1 of 8 questions answered. Result: Kafka Streams.');
    await expect(result.locator('[data-answer="latency=per-event-stateful"]')).toBeVisible();

    const output = page.getByRole('group', { name: /Where does the data come from/ });
    await output.getByRole('radio', { name: /Files, Delta Lake or Iceberg/ }).check();
    await expect(page).toHaveURL(/\?latency=per-event-stateful&output=tables-and-files$/);
    await expect(result.locator('.guide-outcome-title', { hasText: 'Look at Apache Flink' })).toBeVisible();

    await page.reload();
    await expect(output.getByRole('radio', { name: /Files, Delta Lake or Iceberg/ })).toBeChecked();
    await expect(result.locator('.guide-outcome-title', { hasText: 'Look at Apache Flink' })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?latency=per-event-stateful$/);
    await expect(output.getByRole('radio', { name: /Files, Delta Lake or Iceberg/ })).not.toBeChecked();
    await expect(result.locator('.guide-outcome-title', { hasText: 'Kafka Streams' })).toBeVisible();
    await page.goForward();
    await expect(result.locator('.guide-outcome-title', { hasText: 'Look at Apache Flink' })).toBeVisible();

    await result.getByRole('button', { name: 'Start over' }).click();
    await expect(page).toHaveURL(/\/decide\/$/);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(result.locator('[data-outcome]:visible')).toHaveCount(0);
  });

  test('a shared link opens its outcome with one reason per answer, grouped by where each points', async ({ page }) => {
    await page.goto(links.both);
    const result = page.locator('.guide-result');
    await expect(result.locator('.guide-outcome-title', { hasText: 'Both, split at the Kafka boundary' })).toBeVisible();
    const reasons = result.locator('[data-answer]:visible');
    await expect(reasons).toHaveCount(2);
    await expect(result.locator('[data-reasons="kafka-streams"] [data-answer]:visible')).toHaveCount(1);
    await expect(result.locator('[data-reasons="spark"] [data-answer]:visible')).toHaveCount(1);
    await expect(result.locator('[data-reasons="either"]')).toBeHidden();
  });

  test("a reason's link lands on the comparison section that justifies it", async ({ page }) => {
    await page.goto(links.kafkaStreams);
    const reason = page.locator('[data-answer="latency=per-event-stateful"]');
    await reason.getByRole('link', { name: 'Latency: per-record vs micro-batch' }).click();
    await expect(page).toHaveURL(/\/kafka-streams-vs-spark\/#latency-per-record-vs-micro-batch$/);
    await expectBelowHeader(page, page.locator('#latency-per-record-vs-micro-batch'));
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('/decide/');
    const first = page.getByRole('radio').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?latency=per-event-stateful$/);
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?latency=per-event-stateless$/);
    await expect(page.locator('.guide-result .guide-outcome-title', { hasText: 'Either one fits' })).toBeVisible();
  });

  for (const colorScheme of schemes) {
    test(`the guide with a result has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(links.flink);
      await expect(page.locator('.guide-outcome-title', { hasText: 'Look at Apache Flink' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('decision guide without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every question, where each answer points, and the rules as a table', async ({ page }) => {
    await page.goto(links.flink);
    const questions = page.locator('.guide-form').getByRole('group');
    await expect(questions).toHaveCount(8);
    for (const question of await questions.all()) {
      await expect(question.locator('.guide-lean').first()).toBeVisible();
      await expect(question.getByRole('link', { name: /^Why: / })).toBeVisible();
    }
    await expect(page.getByRole('radio', { name: /with joins or aggregations\s*, points to only Kafka Streams/ })).toBeVisible();
    await expect(page.locator('[data-outcome]:visible')).toHaveCount(0);
    await expect(page.getByRole('table', { name: /Which system each situation points to/ })).toBeVisible();
    await expect(page.locator('table.decision tbody')).toHaveCount(8);
    // Shown away from its article, the table's links lead to the article's sections.
    await expect(page.locator('table.decision a.decision-why').first()).toHaveAttribute(
      'href',
      '/kafka-streams-vs-spark/#latency-per-record-vs-micro-batch',
    );
  });
});
