// The page's rendering, on the PAGE FIXTURE (gold attributions of
// sana-2017-lavrov in the analysis-json shape, tests/e2e/make_page_fixture.py;
// not isnad output): highlights, side panel, toggles, details, a 5,000-word
// document. Usage: node page_fixture.test.mjs path/to/isnad
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, e2eDir, run, startBrowser, startServer } from './harness.mjs';

const binary = process.argv[2];
const fixturePath = path.join(e2eDir, 'fixtures', 'sana-2017-lavrov.page-fixture.json');
const fixture = JSON.parse(fs.readFileSync(fixturePath, 'utf8'));

run('page_fixture', async (check) => {
  const server = await startServer(binary);
  const browser = await startBrowser();
  const { page } = browser;
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.goto(server.url);

    await check('page is right to left, in Arabic', async () => {
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
    });

    await check('the Arabic font is served by the server and loaded', async () => {
      const loaded = await page.evaluate(async () => {
        await document.fonts.load('16px "Noto Naskh Arabic"', 'عربي');
        await document.fonts.ready;
        return Array.from(document.fonts).filter((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded').length;
      });
      assert.ok(loaded >= 1, 'no Noto Naskh Arabic face loaded');
    });

    // The fixture goes in through the file input, as a user would drop it.
    await page.setInputFiles('#file-input', fixturePath);
    await page.waitForSelector('#article .spk');

    await check('the article shows exactly the text of the document', async () => {
      assert.equal(await page.textContent('#article'), fixture.text);
    });

    await check('speakers are highlighted, one of them Lavrov', async () => {
      const speakers = await page.$$eval('#article .spk', (es) => es.map((e) => e.textContent));
      assert.ok(speakers.some((t) => t.includes('لافروف')), speakers.join(' | '));
      assert.ok(speakers.some((t) => t.includes('شهود عيان')));
    });

    await check('cues, contents, entities, techniques and claims each have their style', async () => {
      const cues = await page.$$eval('#article .cue', (es) => es.map((e) => e.textContent));
      assert.equal(cues[0], 'أكد');
      assert.ok(cues.includes('وقال'));
      const content = await page.$$eval('#article .cnt', (es) => es.map((e) => e.textContent).join(''));
      assert.ok(content.includes('الإرهابيين المدعومين من الولايات المتحدة'));
      assert.ok(await page.$$eval('#article .cnt.direct', (es) => es.length) > 0);
      assert.equal(await page.textContent('#article .ent-LOC'), 'واشنطن');
      assert.ok(await page.$$eval('#article .ent-PER', (es) => es.length) > 0);
      assert.equal(await page.textContent('#article .tech'), 'داعش الارهابي');
      const unsourced = await page.$$eval('#article .claim-unsourced', (es) => es.map((e) => e.textContent).join(''));
      assert.ok(unsourced.startsWith('وأصبحت العلاقة الوثيقة'));
      const styles = await page.evaluate(() => {
        const bg = (sel) => getComputedStyle(document.querySelector(sel)).backgroundColor;
        return { cue: bg('#article .cue'), spk: bg('#article .spk:not(.cue)'), cnt: bg('#article .cnt:not(.spk):not(.cue)') };
      });
      assert.equal(new Set(Object.values(styles)).size, 3, JSON.stringify(styles));
    });

    await check('side panel: each speaker with its kind and its reports', async () => {
      const groups = await page.$$eval('#who .speaker', (es) => es.map((e) => ({
        name: e.querySelector('.name').textContent,
        kind: e.dataset.kind,
        reports: e.querySelectorAll(':scope > ul > li').length,
      })));
      const lavrov = groups.find((g) => g.name.includes('لافروف'));
      assert.ok(lavrov, JSON.stringify(groups));
      assert.equal(lavrov.kind, 'person');
      assert.equal(lavrov.reports, 10);  // Lavrov's top-level attributions in the gold
      const witnesses = groups.find((g) => g.name.includes('شهود عيان'));
      assert.ok(witnesses);
      assert.equal(witnesses.kind, 'witness');
      assert.equal(groups.find((g) => g.name.includes('وزارة الدفاع')).kind, 'organization');
    });

    await check('nested reports are shown under their reporter, not at the top', async () => {
      const nested = await page.$$eval('#who .speaker li.report > ul.reports > li.nested .by', (es) => es.map((e) => e.textContent));
      assert.ok(nested.some((t) => t.includes('تيلرسون')), nested.join(' | '));
      assert.ok(nested.some((t) => t.includes('ماتيس')));
      const top = await page.$$eval('#who .speaker > .name', (es) => es.map((e) => e.textContent));
      assert.ok(!top.some((t) => t.includes('تيلرسون')), top.join(' | '));
      const total = await page.$$eval('#who li.report', (es) => es.length);
      assert.equal(total, fixture.attributions.length);
    });

    await check("the outlet's own unsourced claims are listed apart", async () => {
      assert.equal(await page.isVisible('#unsourced'), true);
      const items = await page.$$eval('#unsourced-body li', (es) => es.map((e) => e.textContent));
      assert.equal(items.length, 1);
      assert.ok(items[0].startsWith('وأصبحت العلاقة الوثيقة'));
      assert.equal(await page.isVisible('#techniques'), true);
    });

    await check('clicking a span shows its details and selects its attribution', async () => {
      await page.click('#article .spk >> nth=0');
      assert.equal(await page.isVisible('#details'), true);
      const details = await page.textContent('#details-body');
      assert.ok(details.includes('إسناد A1'), details);
      assert.ok(details.includes('وزير الخارجية الروسي سيرغي لافروف'));
      assert.ok(await page.$$eval('#article .sel', (es) => es.length) >= 3);  // cue, speaker, content
      assert.equal(await page.getAttribute('#who li.sel', 'data-a'), '0');
    });

    await check('clicking a report in the side panel selects it in the article', async () => {
      await page.click('#who li.nested >> nth=0');
      const selected = await page.$$eval('#article .sel', (es) => es.map((e) => e.textContent).join(''));
      assert.ok(selected.includes('تيلرسون'), selected);
    });

    await check('toggles hide and show a layer', async () => {
      const spkBg = () => page.evaluate(() => getComputedStyle(document.querySelector('#article .spk:not(.cue):not(.sel)')).backgroundColor);
      const before = await spkBg();
      await page.uncheck('#toggles input[data-layer="spk"]');
      assert.equal(await spkBg(), 'rgba(0, 0, 0, 0)');
      await page.check('#toggles input[data-layer="spk"]');
      assert.equal(await spkBg(), before);
      await page.uncheck('#toggles input[data-layer="ent"]');
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#article .ent-LOC')).borderBottomWidth), '0px');
      await page.check('#toggles input[data-layer="ent"]');
    });

    fs.mkdirSync(artifactsDir, { recursive: true });
    await page.click('#who li.report >> nth=0');
    await page.screenshot({ path: path.join(artifactsDir, 'page-fixture.png'), fullPage: false });

    await check('a 5,000-word document renders whole, every span in place', async () => {
      const r = await page.evaluate((doc) => {
        // The fixture 8 times over, offsets shifted.
        const copies = 8;
        const cps = Array.from(doc.text);
        const sep = Array.from('\n\n');
        const stride = cps.length + sep.length;
        const shift = (s, k) => (s ? { ...s, start: s.start + k * stride, end: s.end + k * stride } : s);
        const big = { id: 'big', text: Array(copies).fill(doc.text).join('\n\n'), entities: [], attributions: [], techniques: [], claims: [] };
        for (let k = 0; k < copies; k++) {
          for (const e of doc.entities) big.entities.push({ ...e, id: e.id + '.' + k, mentions: e.mentions.map((m) => shift(m, k)) });
          for (const a of doc.attributions) {
            big.attributions.push({
              ...a, id: a.id + '.' + k, cue: shift(a.cue, k), content: shift(a.content, k),
              speaker: a.speaker && { ...shift(a.speaker, k), entity: a.speaker.entity + '.' + k },
              parent: a.parent && a.parent + '.' + k,
            });
          }
          for (const t of doc.techniques) big.techniques.push(shift(t, k));
          for (const c of doc.claims) big.claims.push(shift(c, k));
        }
        const res = window.isnad.render(big);
        return {
          words: big.text.split(/\s+/).filter(Boolean).length,
          sameText: document.getElementById('article').textContent === big.text,
          speakers: document.querySelectorAll('#article .spk').length,
          reports: document.querySelectorAll('#who li.report').length,
          ms: res.ms,
        };
      }, fixture);
      console.log(`     ${r.words} words rendered in ${r.ms.toFixed(0)} ms (not asserted)`);
      assert.ok(r.words >= 5000, String(r.words));
      assert.equal(r.sameText, true);
      assert.equal(r.reports, 8 * fixture.attributions.length);
      assert.ok(r.speakers >= 8 * new Set(fixture.attributions.filter((a) => a.speaker).map((a) => a.speaker.start)).size);
    });

    await check('no script error on the page', async () => {
      assert.deepEqual(pageErrors, []);
    });
  } finally {
    await browser.close();
    const exit = await server.stop();
    await check('the server stops cleanly on SIGTERM', async () => {
      assert.equal(exit.code, 0, JSON.stringify(exit));
    });
  }
});
