// The report's own script (inlined into report.html at build time): decodes the embedded data, draws the charts with
// vega, runs the concordance and the document view. Corpus text only ever reaches the page as textContent, never as markup.
(function () {
  'use strict';

  const PAGE_SIZE = 50;
  // Okabe-Ito first (the charts' palette), then more hues for lexicons with many categories.
  const COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#999999', '#8C564B', '#17BECF', '#BCBD22', '#7F7F7F'];

  const $ = (id) => document.getElementById(id);

  /** An element with properties and children; strings become text nodes, so data is never parsed as HTML. */
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('data-') || k === 'title' || k === 'type' || k === 'value' || k === 'for') e.setAttribute(k, String(v));
      else e[k] = v;
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  /** Decodes one embedded block: base64 of raw-deflated JSON (src/report/pack.ts). */
  async function inflate(id) {
    const bin = atob($(id).textContent.trim());
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text());
  }

  const fmt = (x) => (typeof x === 'number' ? x.toLocaleString('en-US') : String(x));
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  const config = JSON.parse($('fs-config').textContent);
  let M = null; // the main data block (src/report/data.ts ReportMain)
  const chunks = new Map();
  const decoded = new Map();
  const api = { ready: null, views: {}, filters: [], lastFilter: null };
  window.framescopeReport = api;

  function periodOf(date, period) {
    if (!date) return '';
    if (period === 'year') return date.slice(0, 4);
    if (period === 'quarter') return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    return date.slice(0, 7);
  }

  /** A chunk of sentences, decoded on first use; kept decoded for the keyword search, which reads them synchronously. */
  function loadChunk(k) {
    if (!chunks.has(k)) chunks.set(k, inflate(`fs-text-${k}`).then((c) => { decoded.set(k, c); return c; }));
    return chunks.get(k);
  }

  // ---- overview -------------------------------------------------------------------------------------------------

  function renderOverview() {
    const o = config.overview;
    const facts = [
      ['documents', fmt(o.documents) + (o.rejected ? ` (${fmt(o.rejected)} rejected)` : '')],
      ['words', fmt(o.words)], ['sentences', fmt(o.sentences)], ['hits', fmt(o.hits)],
      ['dates', o.dateFrom ? `${o.dateFrom} to ${o.dateTo}` : 'undated'], ['lexicon', o.lexicon],
      ['run fingerprint', o.runFingerprint], ['corpus fingerprint', o.corpusFingerprint], ['code fingerprint', o.code],
    ];
    const dl = el('dl', { class: 'facts' });
    for (const [k, v] of facts) dl.append(el('dt', { text: k }), el('dd', { text: v }));
    const groups = el('table', { class: 'small' }, el('thead', {}, el('tr', {}, el('th', { text: `group (${o.groupBy})` }), el('th', { text: 'documents' }))));
    const body = el('tbody');
    for (const g of o.groups) body.append(el('tr', {}, el('td', { text: g.group }), el('td', { class: 'num', text: fmt(g.documents) })));
    groups.append(body);
    $('fs-overview').append(dl, el('h3', { text: 'Groups' }), groups, el('h3', { text: 'How to cite this run' }), el('pre', { class: 'citation', text: o.citation }));
  }

  // ---- charts ---------------------------------------------------------------------------------------------------

  const tip = el('div', { class: 'fs-tooltip', hidden: true });

  /** vega's tooltip hook: the spec's tooltip fields, as text. */
  function tooltip(handler, event, item, value) {
    if (value === null || value === undefined || value === '') { tip.hidden = true; return; }
    tip.replaceChildren();
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) tip.append(el('div', {}, el('b', { text: `${k}: ` }), String(v)));
    else tip.textContent = String(value);
    tip.hidden = false;
    tip.style.left = `${event.pageX + 14}px`;
    tip.style.top = `${event.pageY + 14}px`;
  }

  async function renderCharts(charts) {
    document.body.append(tip);
    const box = $('fs-charts');
    if (charts.length === 0) box.append(el('p', { class: 'hint', text: 'This run has no charts (--no-charts).' }));
    for (const c of charts) {
      const target = el('div', { class: 'chart-body' });
      box.append(el('figure', { class: 'chart', id: `fs-chart-${c.name}`, 'data-chart': c.name }, el('figcaption', { text: c.title }), target));
      const view = new vega.View(vega.parse(c.spec), { renderer: 'svg', container: target, hover: true });
      view.tooltip(tooltip);
      view.addEventListener('click', (event, item) => chartClick(c.name, item));
      api.views[c.name] = view;
      await view.runAsync();
      target.dataset.rendered = 'true';
    }
  }

  /** A mark's data row says what it counts: its category, group, entry, period or keyword become the filters. */
  function chartClick(name, item) {
    const d = item && item.datum;
    if (!d || typeof d !== 'object') return;
    const str = (k) => (typeof d[k] === 'string' && d[k] !== '' ? d[k] : null);
    const group = str('group') !== null && str('group') !== '(all)' ? M.groups.indexOf(str('group')) : -1;
    if ((name === 'keyness' || name === 'fightin_words') && str('item')) {
      showKeyword(str('item'), group);
      return;
    }
    const category = str('category') === null ? -1 : M.categories.findIndex((c) => c.id === str('category'));
    const entry = str('entry') === null ? -1 : M.entries.indexOf(str('entry'));
    const period = str('period') || '';
    if (category < 0 && group < 0 && entry < 0 && !period) return;
    setFilters({ category, group, entry, period });
    $('concordance').scrollIntoView();
  }

  // ---- concordance ----------------------------------------------------------------------------------------------

  const S = { q: '', category: -1, entry: -1, group: -1, negated: '', from: '', to: '', period: '', sort: 'file', page: 0, keyword: null };
  let rows = [];
  let lines = null, leftKeys = null, rightKeys = null, docPeriod = null, docHits = null;
  const ui = {};

  function ensureLines() {
    if (lines) return;
    const H = M.hits;
    lines = H.left.map((l, i) => `${l}${H.matched[i]}${H.right[i]}`.toLowerCase());
  }

  /** A word or phrase, whole words, any case, any whitespace between its words. */
  function phraseRegex(q) {
    const words = q.trim().toLowerCase().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}_])${words.join('\\s+')}(?![\\p{L}\\p{N}_])`, 'u');
  }

  function sortKeys() {
    if (leftKeys) return;
    const H = M.hits;
    // AntConc's KWIC sort: by the words nearest the hit, outwards.
    leftKeys = H.left.map((l) => l.toLowerCase().split(/\s+/).filter(Boolean).reverse().join(' '));
    rightKeys = H.right.map((r) => r.toLowerCase().trim());
  }

  function matchingHits() {
    const H = M.hits, n = H.doc.length, out = [];
    const re = S.q.trim() ? phraseRegex(S.q) : null;
    if (re) ensureLines();
    for (let i = 0; i < n; i++) {
      if (S.category >= 0 && H.category[i] !== S.category) continue;
      if (S.entry >= 0 && H.entry[i] !== S.entry) continue;
      const d = H.doc[i];
      if (S.group >= 0 && M.group[d] !== S.group) continue;
      if (S.negated === 'yes' && !H.negated[i]) continue;
      if (S.negated === 'no' && H.negated[i]) continue;
      if (S.from && !(M.date[d] && M.date[d] >= S.from)) continue;
      if (S.to && !(M.date[d] && M.date[d] <= S.to)) continue;
      if (S.period && docPeriod[d] !== S.period) continue;
      if (re && !re.test(lines[i])) continue;
      out.push(i);
    }
    if (S.sort !== 'file') {
      sortKeys();
      const keys = S.sort === 'left' ? leftKeys : rightKeys;
      out.sort((a, b) => cmp(keys[a], keys[b]) || a - b);
    }
    return out;
  }

  function docLabel(d) {
    return M.documents.rows[d][ui.idCol];
  }

  function categoryChip(c) {
    return el('span', { class: 'chip' }, el('span', { class: `swatch c${c}` }), M.categories[c].label);
  }

  function hitRow(i) {
    const H = M.hits, d = H.doc[i];
    const open = el('button', { class: 'link', type: 'button', text: docLabel(d), title: 'open the document at this hit' });
    open.addEventListener('click', () => openDocument(d, { hit: i }));
    return el('tr', { 'data-hit': i },
      el('td', { class: 'doc' }, open),
      el('td', { class: 'left', text: H.left[i] }),
      el('td', { class: 'match', text: H.matched[i] }),
      el('td', { class: 'right', text: H.right[i] }),
      el('td', {}, categoryChip(H.category[i])),
      el('td', { text: M.entries[H.entry[i]] }),
      el('td', { text: H.negated[i] ? `negated (${M.cues[H.cue[i]]})` : '' }));
  }

  function keywordRow(r) {
    const open = el('button', { class: 'link', type: 'button', text: docLabel(r.doc), title: 'open the document at this word' });
    open.addEventListener('click', () => openDocument(r.doc, { range: [r.start, r.end] }));
    return el('tr', { 'data-doc': r.doc },
      el('td', { class: 'doc' }, open), el('td', { class: 'left', text: r.left }), el('td', { class: 'match', text: r.match }),
      el('td', { class: 'right', text: r.right }), el('td', { text: `sentence ${r.sentence}` }), el('td', { text: '' }), el('td', { text: '' }));
  }

  function renderPage() {
    const start = S.page * PAGE_SIZE;
    const page = rows.slice(start, start + PAGE_SIZE);
    ui.body.replaceChildren(...page.map((r) => (S.keyword ? keywordRow(r) : hitRow(r))));
    const what = S.keyword ? `occurrences of “${S.keyword.word}” in sentences` : 'hits';
    ui.count.textContent = `${fmt(rows.length)} ${what}` + (rows.length > PAGE_SIZE ? ` · rows ${fmt(start + 1)}–${fmt(start + page.length)}` : '');
    ui.count.dataset.count = String(rows.length);
    ui.prev.disabled = S.page === 0;
    ui.next.disabled = start + PAGE_SIZE >= rows.length;
  }

  /** Runs the filters; the time of the filtering itself (not the drawing of the table) is kept for the record. */
  function apply() {
    const t0 = performance.now();
    rows = S.keyword ? keywordRows() : matchingHits();
    const ms = performance.now() - t0;
    api.lastFilter = { ms, rows: rows.length, of: S.keyword ? null : M.hits.doc.length };
    api.filters.push(api.lastFilter);
    S.page = 0;
    renderPage();
    ui.period.replaceChildren();
    if (S.period) {
      const clear = el('button', { type: 'button', class: 'link', text: '×', title: 'remove the period filter' });
      clear.addEventListener('click', () => setFilters({ period: '' }));
      ui.period.append(`period ${S.period} `, clear);
    }
    ui.keyword.hidden = !S.keyword;
    if (S.keyword) {
      const back = el('button', { type: 'button', class: 'link', text: 'back to the hits' });
      back.addEventListener('click', () => { S.keyword = null; syncControls(); apply(); });
      ui.keyword.replaceChildren(`Sentences with the word “${S.keyword.word}”` + (S.group >= 0 ? ` in ${M.groups[S.group]}` : '') + '. ', back);
    }
    for (const id of ['q', 'category', 'entry', 'negated', 'sort']) ui[id].disabled = !!S.keyword;
  }

  function syncControls() {
    ui.q.value = S.q;
    ui.category.value = String(S.category);
    ui.entry.value = String(S.entry);
    ui.group.value = String(S.group);
    ui.negated.value = S.negated;
    ui.from.value = S.from;
    ui.to.value = S.to;
    ui.sort.value = S.sort;
  }

  /** Replaces every filter with the given ones (a chart click asks a new question). */
  function setFilters(f) {
    Object.assign(S, { q: '', category: -1, entry: -1, group: -1, negated: '', from: '', to: '', period: '', keyword: null }, f);
    syncControls();
    apply();
  }

  function select(id, options) {
    const s = el('select', { id: `fs-${id}` });
    for (const [value, label] of options) s.append(el('option', { value, text: label }));
    return s;
  }

  function renderConcordance() {
    ui.idCol = M.documents.columns.indexOf('doc_id');
    docPeriod = M.date.map((d) => periodOf(d, M.period));
    docHits = M.group.map(() => []);
    M.hits.doc.forEach((d, i) => docHits[d].push(i));
    const style = el('style', { text: M.categories.map((_, c) => `.c${c}{--c:${COLORS[c % COLORS.length]}}`).join('\n') });
    document.head.append(style);
    const entryOrder = M.entries.map((e, i) => [e, i]).sort((a, b) => cmp(a[0], b[0]));
    ui.q = el('input', { id: 'fs-q', type: 'search', placeholder: 'word or phrase', title: 'rows whose line (left context, hit, right context) contains it, whole words, any case' });
    ui.category = select('category', [['-1', 'every category'], ...M.categories.map((c, i) => [String(i), c.label])]);
    ui.entry = select('entry', [['-1', 'every entry'], ...entryOrder.map(([e, i]) => [String(i), e])]);
    ui.group = select('group', [['-1', `every ${M.groupBy}`], ...M.groups.map((g, i) => [String(i), g])]);
    ui.negated = select('negated', [['', 'negated or not'], ['yes', 'negated'], ['no', 'not negated']]);
    ui.from = el('input', { id: 'fs-from', type: 'date', title: 'from (inclusive)' });
    ui.to = el('input', { id: 'fs-to', type: 'date', title: 'to (inclusive)' });
    ui.sort = select('sort', [['file', 'order of hits.csv'], ['left', 'sort by left context'], ['right', 'sort by right context']]);
    ui.clear = el('button', { type: 'button', id: 'fs-clear', text: 'clear filters' });
    ui.period = el('span', { id: 'fs-period' });
    ui.count = el('p', { id: 'fs-count', class: 'count' });
    ui.keyword = el('p', { id: 'fs-keyword', class: 'banner', hidden: true });
    ui.body = el('tbody', { id: 'fs-rows' });
    ui.prev = el('button', { type: 'button', id: 'fs-prev', text: '‹ previous' });
    ui.next = el('button', { type: 'button', id: 'fs-next', text: 'next ›' });
    const head = el('tr', {}, ...['document', 'left context', 'hit', 'right context', 'category', 'entry', 'negation'].map((h) => el('th', { text: h })));
    $('fs-concordance').append(
      el('div', { class: 'controls' }, ui.q, ui.category, ui.entry, ui.group, ui.negated,
        el('label', {}, 'from ', ui.from), el('label', {}, 'to ', ui.to), ui.sort, ui.clear, ui.period),
      ui.keyword, ui.count,
      el('div', { class: 'scroll' }, el('table', { class: 'kwic', id: 'fs-table' }, el('thead', {}, head), ui.body)),
      el('div', { class: 'pager' }, ui.prev, ui.next));
    ui.q.addEventListener('input', () => { S.q = ui.q.value; apply(); });
    const num = (k) => () => { S[k] = Number(ui[k].value); apply(); };
    ui.category.addEventListener('change', num('category'));
    ui.entry.addEventListener('change', num('entry'));
    ui.group.addEventListener('change', num('group'));
    ui.negated.addEventListener('change', () => { S.negated = ui.negated.value; apply(); });
    ui.from.addEventListener('change', () => { S.from = ui.from.value; apply(); });
    ui.to.addEventListener('change', () => { S.to = ui.to.value; apply(); });
    ui.sort.addEventListener('change', () => { S.sort = ui.sort.value; apply(); });
    ui.clear.addEventListener('click', () => setFilters({}));
    ui.prev.addEventListener('click', () => { S.page--; renderPage(); });
    ui.next.addEventListener('click', () => { S.page++; renderPage(); });
    apply();
  }

  // ---- keywords: the sentences that use a word ------------------------------------------------------------------

  async function showKeyword(word, group) {
    ui.count.textContent = 'reading the sentences…';
    const all = [];
    for (let k = 0; k * M.chunkSize < M.group.length; k++) all.push(loadChunk(k));
    await Promise.all(all);
    setFilters({ group, keyword: { word } });
    $('concordance').scrollIntoView();
  }

  // Sentences are in chunks already decoded by showKeyword; rows are built from them here (the filters still apply).
  let keywordCache = null;
  function keywordRows() {
    const word = S.keyword.word;
    if (!keywordCache || keywordCache.word !== word) keywordCache = { word, rows: findWord(word) };
    return keywordCache.rows.filter((r) => (S.group < 0 || M.group[r.doc] === S.group)
      && (!S.from || (M.date[r.doc] && M.date[r.doc] >= S.from)) && (!S.to || (M.date[r.doc] && M.date[r.doc] <= S.to))
      && (!S.period || docPeriod[r.doc] === S.period));
  }

  function findWord(word) {
    const re = new RegExp(phraseRegex(word).source, 'gu');
    const out = [];
    const width = 60;
    for (let d = 0; d < M.group.length; d++) {
      const chunk = chunkNow(Math.floor(d / M.chunkSize));
      const sentences = chunk.documents[d % M.chunkSize];
      sentences.forEach((s, k) => {
        const text = s[2], lower = text.toLowerCase();
        re.lastIndex = 0;
        for (let m = re.exec(lower); m; m = re.exec(lower)) {
          const a = m.index, b = a + m[0].length;
          out.push({ doc: d, sentence: k, start: s[0] + a, end: s[0] + b, left: text.slice(Math.max(0, a - width), a).replace(/\s+/g, ' '), match: text.slice(a, b), right: text.slice(b, b + width).replace(/\s+/g, ' ') });
        }
      });
    }
    return out;
  }

  function chunkNow(k) {
    return decoded.get(k);
  }

  // ---- document view --------------------------------------------------------------------------------------------

  /** The cleaned text: sentences at their offsets; the whitespace between them as spaces, or a paragraph break. */
  function documentText(sentences) {
    let text = '';
    for (const s of sentences) {
      const gap = s[0] - text.length;
      if (gap === 1) text += ' ';
      else if (gap > 1) text += `\n\n${' '.repeat(gap - 2)}`;
      text += s[2];
    }
    return text;
  }

  async function openDocument(d, focus) {
    const k = Math.floor(d / M.chunkSize);
    const chunk = await loadChunk(k);
    const sentences = chunk.documents[d % M.chunkSize];
    const row = M.documents.rows[d], cols = M.documents.columns;
    const box = $('fs-document');
    box.replaceChildren();
    box.dataset.doc = row[ui.idCol];
    const titleCol = cols.indexOf('title');
    box.append(el('h3', { text: (titleCol >= 0 && row[titleCol]) || row[ui.idCol] }));
    const meta = el('dl', { class: 'facts' });
    cols.forEach((c, i) => { if (row[i] !== '') meta.append(el('dt', { text: c }), el('dd', { text: row[i] })); });
    box.append(el('details', {}, el('summary', { text: 'metadata' }), meta));

    const text = documentText(sentences);
    const spans = docHits[d].map((i) => ({ start: M.hits.start[i], end: M.hits.end[i], hit: i }));
    if (focus && focus.range) spans.push({ start: focus.range[0], end: focus.range[1], hit: -1 });
    const cuts = new Set([0, text.length]);
    for (const s of sentences) cuts.add(s[0]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const at = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    const starts = new Map(sentences.map((s, i) => [s[0], i]));
    const view = el('div', { class: 'doc-text', id: 'fs-doc-text' });
    let focused = null;
    for (let j = 0; j + 1 < at.length; j++) {
      const a = at[j], b = at[j + 1];
      if (starts.has(a)) view.append(el('span', { class: 'anchor', id: `fs-s-${starts.get(a)}`, 'data-sentence': starts.get(a) }));
      const over = spans.filter((s) => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (over.length === 0) { view.append(piece); continue; }
      const hits = over.filter((s) => s.hit >= 0).map((s) => s.hit);
      const cats = [...new Set(hits.map((i) => M.hits.category[i]))];
      const mark = el('mark', { class: `hit${cats.length ? ` c${cats[0]}` : ''}${cats.length > 1 ? ' multi' : ''}${over.some((s) => s.hit < 0) ? ' kw' : ''}`, 'data-hits': hits.join(' '), 'data-start': a, 'data-end': b, text: piece });
      mark.title = hits.map((i) => `${M.categories[M.hits.category[i]].label}: ${M.entries[M.hits.entry[i]]}${M.hits.negated[i] ? ' (negated)' : ''}`).join('\n');
      if (focus && ((focus.hit !== undefined && hits.includes(focus.hit)) || (focus.range && over.some((s) => s.hit < 0)))) {
        mark.classList.add('focus');
        focused ??= mark;
      }
      view.append(mark);
    }
    box.append(el('p', { class: 'legend' }, ...[...new Set(docHits[d].map((i) => M.hits.category[i]))].sort((a, b) => a - b).map(categoryChip)), view);

    const scoreCols = chunk.scoreColumns;
    const table = el('table', { class: 'small sentences' }, el('thead', {}, el('tr', {}, el('th', { text: '#' }), ...scoreCols.map((c) => el('th', { text: c })))));
    const body = el('tbody');
    sentences.forEach((s, i) => {
      const go = el('button', { type: 'button', class: 'link', text: String(i) });
      go.addEventListener('click', () => $(`fs-s-${i}`).scrollIntoView({ block: 'center' }));
      body.append(el('tr', {}, el('td', {}, go), ...s.slice(3).map((v) => el('td', { class: typeof v === 'number' ? 'num' : '', text: typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : v }))));
    });
    table.append(body);
    box.append(el('details', {}, el('summary', { text: `sentence scores (${sentences.length} sentences)` }), el('div', { class: 'scroll' }, table)));
    $('document').scrollIntoView();
    if (focused) focused.scrollIntoView({ block: 'center' });
  }

  // ---- validation -----------------------------------------------------------------------------------------------

  function renderValidation() {
    const v = config.validation;
    if (!v) return;
    const table = el('table', { class: 'small' }, el('thead', {}, el('tr', {}, ...v.columns.map((c) => el('th', { text: c })))));
    const body = el('tbody');
    for (const r of v.rows) body.append(el('tr', {}, ...r.map((x) => el('td', { text: x }))));
    table.append(body);
    $('fs-validation').append(el('div', { class: 'scroll' }, table));
  }

  // ---- start ----------------------------------------------------------------------------------------------------

  api.ready = (async () => {
    renderOverview();
    renderValidation();
    M = await inflate('fs-main');
    renderConcordance();
    await renderCharts(await inflate('fs-charts-data'));
    document.body.dataset.ready = 'true';
  })();
  api.openDocument = (id, focus) => openDocument(M.documents.rows.findIndex((r) => r[ui.idCol] === id), focus || {});
})();
