// The page end to end: paste the sample article sana-2017-lavrov, press
// "analyse", and check the highlighted speakers and the side panel that
// `isnad serve` produces. Exits 77 (ctest: skipped) while the server's
// analysis carries no attribution at all, i.e. before the attribution stage
// is merged; the assertions below are for its real output.
// Usage: node page_live.test.mjs path/to/isnad
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, repoDir, run, startBrowser, startServer } from './harness.mjs';

const binary = process.argv[2];
const article = fs.readFileSync(path.join(repoDir, 'data', 'samples', 'sana-2017-lavrov.txt'), 'utf8');

run('page_live', async (check) => {
  const server = await startServer(binary);
  const browser = await startBrowser();
  const { page } = browser;
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  let outcome;
  try {
    await page.goto(server.url);
    await page.fill('#text-input', article);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/v1/analyze')),
      page.click('#analyse'),
    ]);
    const analysis = await response.json();
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('تم'));
    fs.mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'page-live.png') });

    await check('the server analysed the article and the page shows its text', async () => {
      assert.equal(response.status(), 200);
      assert.equal(analysis.text, article);
      assert.equal(await page.textContent('#article'), article);
      assert.ok(!(await page.getAttribute('#status', 'class') || '').includes('error'));
      assert.deepEqual(pageErrors, []);
    });

    if (!Array.isArray(analysis.attributions) || analysis.attributions.length === 0) {
      console.log('the analysis has no attributions: the attribution stage has not produced any yet');
      outcome = 'skip';
      return outcome;
    }

    await check('a highlighted speaker span holds لافروف', async () => {
      const speakers = await page.$$eval('#article .spk', (es) => es.map((e) => e.textContent));
      assert.ok(speakers.some((t) => t.includes('لافروف')), speakers.join(' | '));
    });
    await check('the side panel has an entry for Lavrov, with his reports', async () => {
      const groups = await page.$$eval('#who .speaker', (es) => es.map((e) => ({
        name: e.querySelector('.name').textContent, reports: e.querySelectorAll('li.report').length,
      })));
      const lavrov = groups.find((g) => g.name.includes('لافروف'));
      assert.ok(lavrov, JSON.stringify(groups));
      assert.ok(lavrov.reports >= 1);
    });
    await check('the side panel has an entry for شهود عيان', async () => {
      const names = await page.$$eval('#who .speaker .name', (es) => es.map((e) => e.textContent));
      assert.ok(names.some((t) => t.includes('شهود عيان')), names.join(' | '));
    });
    return outcome;
  } finally {
    await browser.close();
    await server.stop();
  }
});
