// isnad page: sends an article to POST /v1/analyze and shows the analysis
// document (../shared/specs/analysis-json.md): the text with every layer
// highlighted, and a side panel "who said what".
//
// Spans are code-point offsets: the text is split once with Array.from, and
// the highlighted DOM is built in one sweep over the sorted span boundaries,
// one element per run of text covered by the same set of spans.
'use strict';
(function () {
  const KIND_AR = {
    person: 'شخص', organization: 'مؤسسة', anonymous: 'مصدر مجهول', witness: 'شهود',
    media: 'وسيلة إعلام', group: 'جماعة', document: 'وثيقة', unknown: 'بلا مصدر',
  };
  const TYPE_AR = { PER: 'شخص', LOC: 'مكان', ORG: 'مؤسسة', MISC: 'أخرى' };
  const LAYER_AR = {
    cue: 'فعل الإسناد', spk: 'المصدر', cnt: 'المضمون', ent: 'كيان', tech: 'أسلوب إقناع', claim: 'ادعاء',
  };

  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // The state of the page: the document shown, its code points, its span
  // items and, for each item, the elements that show it.
  let view = null;

  function spanText(cps, s) {
    return s ? cps.slice(s.start, s.end).join('') : '';
  }
  function clip(s, n) {
    return s.length > n ? s.slice(0, n) + '…' : s;
  }

  // Every highlighted span as an item {layer, cls, start, end, ref}, where
  // ref names the object of the document it comes from.
  function collectItems(doc) {
    const items = [];
    const add = (layer, cls, s, ref) => {
      if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) {
        items.push({ layer, cls, start: s.start, end: s.end, ref });
      }
    };
    (doc.entities || []).forEach((e, k) => {
      for (const m of e.mentions || []) add('ent', 'ent ent-' + (TYPE_AR[e.type] ? e.type : 'MISC'), m, { entity: k });
    });
    (doc.attributions || []).forEach((a, k) => {
      add('cnt', a.direct ? 'cnt direct' : 'cnt', a.content, { attribution: k });
      add('spk', 'spk', a.speaker, { attribution: k });
      add('cue', 'cue', a.cue, { attribution: k });
    });
    (doc.techniques || []).forEach((t, k) => add('tech', 'tech', t, { technique: k }));
    (doc.claims || []).forEach((c, k) => add('claim', c.sourced ? 'claim' : 'claim claim-unsourced', c, { claim: k }));
    return items;
  }

  // One pass over the boundaries: O(n + b log b) for n code points and b
  // boundaries.
  function buildArticle(cps, items) {
    const n = cps.length;
    const events = [];
    items.forEach((it, i) => {
      const s = Math.max(0, Math.min(n, it.start));
      const e = Math.max(0, Math.min(n, it.end));
      if (e > s) {
        events.push([s, 1, i]);
        events.push([e, 0, i]);
      }
    });
    events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const frag = document.createDocumentFragment();
    const elems = items.map(() => []);
    const active = new Set();
    let pos = 0;
    let k = 0;
    while (pos < n || k < events.length) {
      while (k < events.length && events[k][0] === pos) {
        const [, open, i] = events[k++];
        if (open) active.add(i); else active.delete(i);
      }
      const next = k < events.length ? Math.min(events[k][0], n) : n;
      if (next > pos) {
        const text = cps.slice(pos, next).join('');
        if (active.size === 0) {
          frag.appendChild(document.createTextNode(text));
        } else {
          const span = document.createElement('span');
          const classes = new Set();
          const ids = [];
          for (const i of active) {
            for (const c of items[i].cls.split(' ')) classes.add(c);
            ids.push(i);
            elems[i].push(span);
          }
          span.className = Array.from(classes).join(' ');
          span.dataset.i = ids.join(' ');
          span.textContent = text;
          frag.appendChild(span);
        }
      } else if (k >= events.length) {
        break;
      }
      pos = next;
    }
    return { frag, elems };
  }

  function entityName(doc, id) {
    const e = (doc.entities || []).find((x) => x.id === id);
    return e ? e.name : null;
  }

  function speakerLabel(doc, cps, a) {
    if (!a.speaker) return { key: 'none', name: 'بلا مصدر', kind: 'unknown' };
    const name = (a.speaker.entity && entityName(doc, a.speaker.entity)) || spanText(cps, a.speaker);
    const key = a.speaker.entity ? 'e:' + a.speaker.entity : 't:' + spanText(cps, a.speaker);
    return { key, name, kind: a.speaker.kind || 'unknown' };
  }

  function reportItem(doc, cps, a, k, children, seen, nested) {
    const li = el('li', nested ? 'report nested' : 'report');
    li.dataset.a = String(k);
    if (nested) {
      li.appendChild(el('span', 'by', speakerLabel(doc, cps, a).name));
      li.appendChild(document.createTextNode(' '));
    }
    li.appendChild(el('span', 'cue-word', spanText(cps, a.cue)));
    li.appendChild(document.createTextNode(': '));
    const content = a.content ? clip(spanText(cps, a.content), 220) : '—';
    li.appendChild(el('span', 'content', a.direct ? '“' + content + '”' : content));
    const kids = (children.get(a.id) || []).filter((j) => !seen.has(j));
    if (kids.length) {
      const ul = el('ul', 'reports');
      for (const j of kids) {
        seen.add(j);
        ul.appendChild(reportItem(doc, cps, doc.attributions[j], j, children, seen, true));
      }
      li.appendChild(ul);
    }
    return li;
  }

  function buildWho(doc, cps) {
    const body = $('who-body');
    body.replaceChildren();
    if (!Array.isArray(doc.attributions)) {
      body.appendChild(el('p', 'empty', 'لا طبقة إسناد في هذا التحليل.'));
      return;
    }
    if (doc.attributions.length === 0) {
      body.appendChild(el('p', 'empty', 'لم يُعثر على أي إسناد.'));
      return;
    }
    const ids = new Set(doc.attributions.map((a) => a.id));
    const children = new Map();
    doc.attributions.forEach((a, k) => {
      if (a.parent != null && ids.has(a.parent) && a.parent !== a.id) {
        if (!children.has(a.parent)) children.set(a.parent, []);
        children.get(a.parent).push(k);
      }
    });
    // Speakers in order of their first report; nested reports go under
    // their reporter, not at the top.
    const groups = new Map();
    doc.attributions.forEach((a, k) => {
      if (a.parent != null && ids.has(a.parent) && a.parent !== a.id) return;
      const s = speakerLabel(doc, cps, a);
      if (!groups.has(s.key)) groups.set(s.key, { ...s, reports: [] });
      groups.get(s.key).reports.push(k);
    });
    const seen = new Set();
    for (const g of groups.values()) {
      const div = el('div', 'speaker');
      div.dataset.kind = g.kind;
      div.appendChild(el('span', 'name', g.name));
      div.appendChild(el('span', 'kind', KIND_AR[g.kind] || g.kind));
      const ul = el('ul');
      for (const k of g.reports) {
        seen.add(k);
        ul.appendChild(reportItem(doc, cps, doc.attributions[k], k, children, seen, false));
      }
      div.appendChild(ul);
      body.appendChild(div);
    }
  }

  function buildUnsourced(doc, cps) {
    const sec = $('unsourced');
    const list = $('unsourced-body');
    list.replaceChildren();
    if (!Array.isArray(doc.claims)) {
      sec.hidden = true;
      return;
    }
    sec.hidden = false;
    const own = doc.claims.map((c, k) => [c, k]).filter(([c]) => !c.sourced);
    if (own.length === 0) list.appendChild(el('li', 'empty', 'لا ادعاءات بلا مصدر.'));
    for (const [c, k] of own) {
      const li = el('li', 'report claim-item');
      li.dataset.claim = String(k);
      li.appendChild(el('span', 'content', clip(spanText(cps, c), 220)));
      if (typeof c.checkworthy === 'number') li.appendChild(el('span', 'kind', 'جدارة بالتحقق ' + c.checkworthy.toFixed(2)));
      list.appendChild(li);
    }
  }

  function buildTechniques(doc) {
    const sec = $('techniques');
    const list = $('techniques-body');
    list.replaceChildren();
    if (!Array.isArray(doc.techniques) && !doc.persuasion) {
      sec.hidden = true;
      return;
    }
    sec.hidden = false;
    if (doc.persuasion) {
      list.appendChild(el('li', '', (doc.persuasion.persuasive ? 'نص إقناعي' : 'نص غير إقناعي') +
        ' (' + Number(doc.persuasion.score || 0).toFixed(2) + ')'));
    }
    const counts = new Map();
    for (const t of doc.techniques || []) counts.set(t.technique, (counts.get(t.technique) || 0) + 1);
    for (const [name, count] of counts) list.appendChild(el('li', 'tech-item', name + ' × ' + count));
  }

  function showDetails(indices) {
    const sec = $('details');
    const body = $('details-body');
    body.replaceChildren();
    const { doc, cps, items } = view;
    const done = new Set();
    for (const i of indices) {
      const ref = items[i].ref;
      const key = JSON.stringify(ref);
      if (done.has(key)) continue;
      done.add(key);
      const dl = el('dl');
      const row = (k, v) => { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); };
      if (ref.attribution !== undefined) {
        const a = doc.attributions[ref.attribution];
        body.appendChild(el('h3', '', 'إسناد ' + (a.id || '')));
        row('فعل الإسناد', spanText(cps, a.cue));
        row('المصدر', a.speaker ? speakerLabel(doc, cps, a).name + ' — «' + spanText(cps, a.speaker) + '»' : 'بلا مصدر');
        row('نوع المصدر', KIND_AR[(a.speaker && a.speaker.kind) || 'unknown'] || '');
        row('مباشر', a.direct ? 'نعم (بين علامتي تنصيص)' : 'لا');
        if (a.parent) row('ضمن إسناد', a.parent);
        row('المضمون', a.content ? clip(spanText(cps, a.content), 400) : '—');
      } else if (ref.entity !== undefined) {
        const e = doc.entities[ref.entity];
        body.appendChild(el('h3', '', 'كيان ' + (e.id || '')));
        row('الاسم', e.name || '');
        row('النوع', TYPE_AR[e.type] || e.type || '');
        row('الذكر', String((e.mentions || []).length) + ' مرة');
      } else if (ref.technique !== undefined) {
        const t = doc.techniques[ref.technique];
        body.appendChild(el('h3', '', LAYER_AR.tech));
        row('الأسلوب', t.technique);
        if (typeof t.score === 'number') row('الدرجة', t.score.toFixed(2));
      } else if (ref.claim !== undefined) {
        const c = doc.claims[ref.claim];
        body.appendChild(el('h3', '', LAYER_AR.claim));
        row('المصدر', c.sourced ? 'مسند إلى مصدر' : 'بلا مصدر (بصوت الوسيلة)');
        if (typeof c.checkworthy === 'number') row('جدارة بالتحقق', c.checkworthy.toFixed(2));
      }
      body.appendChild(dl);
    }
    sec.hidden = body.childElementCount === 0;
  }

  function clearSelection() {
    for (const e of document.querySelectorAll('.sel')) e.classList.remove('sel');
  }

  // Marks every element of the items whose ref matches `pred`.
  function select(pred, scroll) {
    clearSelection();
    let first = null;
    view.items.forEach((it, i) => {
      if (!pred(it.ref)) return;
      for (const e of view.elems[i]) {
        e.classList.add('sel');
        if (!first) first = e;
      }
    });
    if (scroll && first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return first;
  }

  function render(doc) {
    if (!doc || typeof doc.text !== 'string') throw new Error('not an analysis document');
    const t0 = performance.now();
    const cps = Array.from(doc.text);
    const items = collectItems(doc);
    const { frag, elems } = buildArticle(cps, items);
    const article = $('article');
    article.replaceChildren(frag);
    view = { doc, cps, items, elems };
    buildWho(doc, cps);
    buildUnsourced(doc, cps);
    buildTechniques(doc);
    $('details').hidden = true;
    const ms = performance.now() - t0;
    article.dataset.renderMs = ms.toFixed(1);
    return { items: items.length, ms };
  }

  function setStatus(text, error) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
  }

  async function analyse() {
    const text = $('text-input').value;
    if (!text.trim()) {
      setStatus('أدخل نصا أولا.', true);
      return;
    }
    const button = $('analyse');
    button.disabled = true;
    setStatus('جارٍ التحليل…');
    try {
      const t0 = performance.now();
      const res = await fetch('/v1/analyze', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: 'page', text }),
      });
      let body;
      try {
        body = await res.json();
      } catch (e) {
        throw new Error('جواب غير مفهوم من الخادم (HTTP ' + res.status + ')');
      }
      if (!res.ok) throw new Error((body && body.error) || 'HTTP ' + res.status);
      const r = render(body);
      const n = Array.isArray(body.attributions) ? body.attributions.length : 0;
      setStatus('تم: ' + n + ' إسناد، ' + (body.entities || []).length + ' كيان، في ' +
        Math.round(performance.now() - t0) + ' مللي ثانية (العرض ' + Math.round(r.ms) + ').');
    } catch (e) {
      setStatus('خطأ: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // A dropped or chosen file: an analysis document (JSON with "text") is
  // shown as is; anything else is taken as the article's text.
  async function loadFile(file) {
    const text = await file.text();
    if (/\.json$/i.test(file.name) || text.trimStart().startsWith('{')) {
      try {
        const doc = JSON.parse(text);
        if (doc && typeof doc.text === 'string') {
          $('text-input').value = doc.text;
          render(doc);
          setStatus('عُرض ملف التحليل ' + file.name + '.');
          return;
        }
      } catch (e) { /* not JSON: plain text */ }
    }
    $('text-input').value = text;
    setStatus('حُمّل ' + file.name + '؛ اضغط «حلّل».');
  }

  function init() {
    $('analyse').addEventListener('click', analyse);
    const ta = $('text-input');
    ta.addEventListener('dragover', (e) => { e.preventDefault(); ta.classList.add('drop'); });
    ta.addEventListener('dragleave', () => ta.classList.remove('drop'));
    ta.addEventListener('drop', (e) => {
      e.preventDefault();
      ta.classList.remove('drop');
      const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (f) loadFile(f).catch((err) => setStatus('خطأ: ' + err.message, true));
    });
    $('file-input').addEventListener('change', (e) => {
      const f = e.target.files && e.target.files[0];
      if (f) loadFile(f).catch((err) => setStatus('خطأ: ' + err.message, true));
    });
    for (const box of document.querySelectorAll('#toggles input[data-layer]')) {
      box.addEventListener('change', () => $('article').classList.toggle('hide-' + box.dataset.layer, !box.checked));
    }
    $('article').addEventListener('click', (e) => {
      const seg = e.target.closest('[data-i]');
      if (!seg || !view) return;
      const indices = seg.dataset.i.split(' ').map(Number);
      showDetails(indices);
      // Select the innermost attribution under the pointer, else the span.
      const attrs = indices.filter((i) => view.items[i].ref.attribution !== undefined);
      if (attrs.length) {
        const best = attrs.reduce((a, b) => (view.items[b].end - view.items[b].start < view.items[a].end - view.items[a].start ? b : a));
        const k = view.items[best].ref.attribution;
        select((r) => r.attribution === k, false);
        const li = document.querySelector('#who li[data-a="' + k + '"]');
        if (li) li.classList.add('sel');
      } else {
        const key = JSON.stringify(view.items[indices[0]].ref);
        select((r) => JSON.stringify(r) === key, false);
      }
    });
    $('side').addEventListener('click', (e) => {
      if (!view) return;
      const li = e.target.closest('li[data-a], li[data-claim]');
      if (!li) return;
      e.stopPropagation();
      if (li.dataset.a !== undefined) {
        const k = Number(li.dataset.a);
        select((r) => r.attribution === k, true);
        li.classList.add('sel');
        showDetails(view.items.map((it, i) => (it.ref.attribution === k ? i : -1)).filter((i) => i >= 0));
      } else {
        const k = Number(li.dataset.claim);
        select((r) => r.claim === k, true);
        li.classList.add('sel');
      }
    });
  }

  window.isnad = { render, analyse };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
