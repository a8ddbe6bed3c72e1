// The search page. Its whole state (query, filters, sort, page, the open article) lives in the URL, and every
// change is a history entry: Back and Forward restore what was on screen. Without a query the filters browse
// the archive newest first. Marked titles and snippets arrive escaped from the server, only <mark> kept.
'use strict';
(() => {
  const { el, fetchJson, showError, marked } = ArchiveUi;
  const $ = id => document.getElementById(id);
  const pageSize = 10;
  const facetNames = { paper: '报纸', author: '作者', kind: '类型', cut: '切分' };
  const kindNames = { article: '文章', brief: '简讯', photo: '图片', page: '版面' };
  const cutNames = { sure: '可靠', unsure: '待核' };
  const valueNames = { kind: kindNames, cut: cutNames };
  const shown = (name, value) => (valueNames[name] && valueNames[name][value]) || value;
  const searchKeys = ['q', 'sort', 'from', 'to', 'paper', 'author', 'kind', 'cut', 'front', 'page'];
  let state = fromLocation();
  let lastAnswer = null; // { key, body } of the results on screen, so closing an article does not search again
  let generation = 0;    // answers to superseded requests are dropped
  let focusFacet = null; // the facet a choice was made in: focus stays there once the narrowed results are shown
  let moreAuthors = false; // the author facet lists every name (up to the server's limit), not the first 20
  const facetLimit = 20;
  const maxQueryLength = 1000; // the server's limit (QueryParser.MaxLength), said before a request is sent

  function fromLocation() {
    const params = new URLSearchParams(location.search);
    const s = { q: '', sort: '', from: '', to: '', paper: '', author: '', kind: '', cut: '', front: '', page: 1, article: '' };
    for (const key of searchKeys) if (params.has(key)) s[key] = key === 'page' ? Math.max(1, Number(params.get(key)) || 1) : params.get(key);
    const match = location.pathname.match(/^\/articles\/([^/]+)$/);
    if (match) s.article = decodeURIComponent(match[1]);
    return s;
  }

  function searchParams(s) {
    const params = new URLSearchParams();
    for (const key of searchKeys) {
      const value = s[key];
      if (value === '' || value === undefined || (key === 'page' && value === 1)) continue;
      params.set(key, value);
    }
    return params;
  }

  function urlFor(s) {
    const query = searchParams(s).toString();
    const path = s.article ? `/articles/${encodeURIComponent(s.article)}` : '/';
    return query ? `${path}?${query}` : path;
  }

  // A change that leaves the address as it is (搜索 pressed again) adds no history entry and asks the server
  // again: pages indexed since the last answer show up.
  function navigate(next, { replace = false } = {}) {
    state = next;
    const url = urlFor(next);
    const unchanged = url === location.pathname + location.search;
    if (unchanged) lastAnswer = null;
    history[replace || unchanged ? 'replaceState' : 'pushState']({ opener: next.opener || null }, '', url);
    render();
  }

  function changeSearch(changes) {
    // On a phone the facet panel folds away again once a choice is made.
    $('facets').classList.remove('open');
    $('facets-toggle').setAttribute('aria-expanded', 'false');
    navigate({ ...state, ...changes, article: '', page: changes.page || 1 });
  }

  function readForm() {
    return { q: $('q').value.trim(), from: $('from').value.trim(), to: $('to').value.trim() };
  }

  function writeForm() {
    $('q').value = state.q;
    $('sort').value = state.sort || (state.q ? 'relevance' : '-date');
    $('from').value = state.from;
    $('to').value = state.to;
  }

  function render() {
    writeForm();
    updateExports();
    if (state.article) showArticle(state.article);
    else showResults();
  }

  // Near matches are exported when they are what the page shows (the export leaves them out unless asked).
  function updateExports(relaxed = false) {
    const params = searchParams({ ...state, page: 1 });
    params.delete('page');
    if (relaxed) params.set('relaxed', 'include');
    for (const format of ['csv', 'jsonl']) {
      params.set('format', format);
      $(`export-${format}`).href = `/api/search/export?${params}`;
    }
    // The feed of this search: its query and filters, newest first whatever the sort on screen.
    const feed = new URLSearchParams();
    for (const key of ['q', 'from', 'to', 'paper', 'author', 'kind']) if (state[key]) feed.set(key, state[key]);
    const feedUrl = feed.toString() ? `/feeds/search?${feed}` : '/feeds/search';
    $('feed-link').href = feedUrl;
    $('feed-alternate').href = feedUrl;
  }

  async function showResults() {
    $('article').hidden = true;
    $('results').hidden = false;
    $('pager').hidden = false;
    const key = searchParams(state).toString() + (moreAuthors ? `&facets=${ArchiveUi.maxFacets}` : '');
    if (state.q.length > maxQueryLength) {
      ++generation;
      clearResults();
      document.title = '检索式太长 · ArchiveSearch';
      showError($('status'), new ArchiveUi.UiError(`检索式太长（${state.q.length} 个字），最多 ${maxQueryLength} 个字。`, false));
      return;
    }
    if (lastAnswer && lastAnswer.key === key) {
      renderResults(lastAnswer.body);
      focusOpener();
      return;
    }
    const mine = ++generation;
    $('status').className = 'status';
    $('status').textContent = state.q ? '检索中…' : '载入中…';
    renderFilters();
    try {
      const body = await fetchJson(`/api/search?${key}${key ? '&' : ''}size=${pageSize}`);
      if (mine !== generation) return;
      lastAnswer = { key, body };
      renderResults(body);
    } catch (error) {
      if (mine !== generation) return;
      clearResults();
      document.title = `检索出错${state.q ? `：${state.q}` : ''} · ArchiveSearch`;
      showError($('status'), error, () => { lastAnswer = null; render(); });
    }
  }

  function clearResults() {
    $('results').replaceChildren();
    $('pager').replaceChildren();
    $('facets').replaceChildren();
    $('results').removeAttribute('data-state');
  }

  // What to try when nothing was found, so an empty answer is never a blank page.
  function noHitsText() {
    const quoted = /["“”「」『』]/.test(state.q);
    const filtered = state.from || state.to || state.paper || state.author || state.kind;
    const tips = [];
    if (quoted) tips.push('引号里的文字必须原样出现，可以去掉引号或缩短引号里的文字');
    if (filtered) tips.push('可以取消日期、报纸、作者或类型筛选');
    tips.push('可以检查错别字、减少检索词，或改用“高级检索”');
    return `没有找到含有“${state.q}”的文章。${tips.join('；')}。`;
  }

  function renderResults(body) {
    document.title = state.q ? `${state.q} · ArchiveSearch 检索` : 'ArchiveSearch · 报纸档案检索';
    $('status').className = 'status';
    const range = !state.from && !state.to ? '' : state.from === state.to ? `（${state.from}）` : `（${state.from || '…'} 至 ${state.to || '…'}）`;
    $('status').textContent = !state.q
      ? `浏览全部文章${range}：共 ${body.total} 篇，${body.sort === 'date' ? '由旧到新' : '由新到旧'}`
      : body.relaxed
        ? `档案中没有与“${state.q}”完全一致的文字。以下 ${body.total} 篇只是相近结果：含有其中的部分词语（导出的也是这些相近结果）。`
        : body.total === 0 ? noHitsText() : `共 ${body.total} 篇 · ${body.tookMs} ms`;
    renderFilters();
    updateExports(Boolean(state.q && body.relaxed));
    const list = $('results');
    list.replaceChildren();
    list.start = (state.page - 1) * pageSize + 1;
    for (const hit of body.hits) list.append(renderHit(hit));
    list.dataset.state = searchParams(state).toString();
    renderFacets(body.facets, body.dates);
    renderPager(body.total);
    restoreFacetFocus();
  }

  // After a facet was chosen the panel is drawn anew: focus goes back into it (to the chosen value, or the first of its group).
  function restoreFacetFocus() {
    if (!focusFacet) return;
    const { name, value } = focusFacet;
    focusFacet = null;
    const box = $('facets');
    const target = box.querySelector(`button[data-facet="${CSS.escape(name)}"][data-value="${CSS.escape(value)}"]`)
      || box.querySelector(`button[data-facet="${CSS.escape(name)}"]`);
    if (target) target.focus();
    else { box.tabIndex = -1; box.focus(); }
  }

  function renderHit(hit) {
    const li = el('li');
    li.dataset.id = hit.id;
    const link = el('a', null, 'title');
    link.append(marked(hit.titleHtml || ''));
    link.href = hit.url + (state.q ? `?q=${encodeURIComponent(state.q)}` : '');
    link.addEventListener('click', e => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate({ ...state, article: hit.id, opener: hit.id });
    });
    li.append(link);
    if (hit.subtitleHtml) {
      const subtitle = el('div', null, 'subtitle');
      subtitle.append(marked(hit.subtitleHtml));
      li.append(subtitle);
    }
    // A page without a sidecar has no paper or date: say the source is unknown instead of leaving it out.
    const meta = el('div', [hit.paper || '未注明报名', hit.date || '未注明日期', hit.page && `第${hit.page}版`].filter(Boolean).join(' · '), 'meta');
    if (hit.byline) {
      const byline = el('span', null, 'byline');
      byline.append(marked(hit.bylineHtml || ArchiveUi.escapeHtml(hit.byline)));
      meta.append(' · ', byline);
    }
    if (kindNames[hit.kind]) meta.append(` · ${kindNames[hit.kind]}`);
    if (hit.cut && hit.cut.verdict === 'unsure') meta.append(' · 切分待核');
    li.append(meta);
    const snippet = el('div', null, 'snippet');
    snippet.append(marked(hit.snippet || ''));
    li.append(snippet);
    return li;
  }

  function renderFacets(facets, dates) {
    const box = $('facets');
    box.replaceChildren();
    if (dates) renderDates(box, dates);
    for (const [name, label] of Object.entries(facetNames)) {
      const values = (facets && facets[name]) || [];
      if (values.length === 0) continue;
      box.append(el('h3', label));
      const list = el('ul', null, 'facet-values');
      for (const { value, count } of values) {
        const button = el('button', shown(name, value));
        button.type = 'button';
        button.dataset.facet = name;
        button.dataset.value = value;
        button.append(el('span', String(count), 'count'));
        button.addEventListener('click', () => { focusFacet = { name, value }; changeSearch({ [name]: value }); });
        const item = el('li');
        item.append(button);
        list.append(item);
      }
      box.append(list);
      if (name === 'author' && !moreAuthors && values.length >= facetLimit) {
        const more = el('button', '更多作者…', 'more');
        more.type = 'button';
        more.dataset.facet = 'author-more';
        more.addEventListener('click', () => { moreAuthors = true; focusFacet = { name: 'author', value: values[values.length - 1].value }; lastAnswer = null; showResults(); });
        box.append(more);
      }
    }
  }

  // Years in date order; the months of the one year in view. Each bar is a button that narrows to its period.
  function renderDates(box, dates) {
    const years = dates.years || [];
    if (years.length === 0) return;
    const oneYear = years.length === 1 ? years[0].value : null;
    const bars = oneYear ? (dates.months || []).filter(m => m.value.startsWith(oneYear)) : years;
    box.append(el('h3', oneYear ? `日期（${oneYear}年，按月）` : '日期（按年）'));
    const max = Math.max(...bars.map(b => b.count));
    const chart = el('ol', null, 'histogram');
    for (const { value, count } of bars) {
      const label = oneYear ? `${Number(value.slice(5))}月` : value;
      const button = el('button', null, 'bar');
      button.type = 'button';
      button.dataset.facet = oneYear ? 'month' : 'year';
      button.dataset.value = value;
      button.setAttribute('aria-label', `${oneYear ? `${oneYear}年${label}` : `${label}年`}：${count} 篇`);
      const fill = el('span', null, 'fill');
      fill.style.width = `${Math.max(4, Math.round(count / max * 100))}%`;
      button.append(el('span', label, 'label'), el('span', null, 'track'), el('span', String(count), 'count'));
      button.querySelector('.track').append(fill);
      button.addEventListener('click', () => { focusFacet = { name: button.dataset.facet, value }; changeSearch({ from: value, to: value }); });
      const item = el('li');
      item.append(button);
      chart.append(item);
    }
    box.append(chart);
  }

  function renderFilters() {
    const box = $('filters');
    box.replaceChildren();
    const chip = (text, clear) => {
      const button = el('button', `${text} ✕`, 'chip');
      button.type = 'button';
      button.setAttribute('aria-label', `取消筛选：${text}`);
      button.addEventListener('click', () => changeSearch(clear));
      box.append(button);
    };
    if (state.from || state.to) {
      const text = state.from === state.to ? state.from : `${state.from || '…'} 至 ${state.to || '…'}`;
      chip(`日期：${text}`, { from: '', to: '' });
    }
    if (state.front) chip('只看头版', { front: '' });
    for (const name of Object.keys(facetNames)) {
      if (state[name]) chip(`${facetNames[name]}：${shown(name, state[name])}`, { [name]: '' });
    }
  }

  function renderPager(total) {
    const pager = $('pager');
    pager.replaceChildren();
    const pages = Math.min(Math.ceil(total / pageSize), 10000 / pageSize);
    if (pages < 2) return;
    const add = (p, text) => {
      const button = el('button', text || String(p));
      button.type = 'button';
      if (p === state.page) { button.disabled = true; button.setAttribute('aria-current', 'page'); }
      button.addEventListener('click', () => { changeSearch({ page: p }); $('results-heading').focus(); });
      pager.append(button);
    };
    if (state.page > 1) add(state.page - 1, '上一页');
    for (let p = Math.max(1, state.page - 3); p <= Math.min(pages, state.page + 3); p++) add(p);
    if (state.page < pages) add(state.page + 1, '下一页');
  }

  async function showArticle(id) {
    const mine = ++generation;
    const view = $('article');
    const body = $('article-body');
    $('results').hidden = true;
    $('pager').hidden = true;
    view.hidden = false;
    body.replaceChildren(el('p', '载入中…', 'status'));
    try {
      const response = await fetch(`/articles/${encodeURIComponent(id)}${state.q ? `?q=${encodeURIComponent(state.q)}` : ''}`);
      const html = await response.text();
      if (mine !== generation) return;
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const main = doc.querySelector('main');
      if (!response.ok || !main || !main.querySelector('article')) throw new ArchiveUi.UiError(response.status === 404 ? '档案中没有这篇文章。' : ArchiveUi.problemText(response.status, null), response.status !== 404);
      main.querySelector('.crumbs')?.remove();
      body.replaceChildren(...Array.from(main.childNodes).map(node => document.adoptNode(node)));
      // A retired id was redirected: the address shows where the article now is.
      const movedTo = new URL(response.url).pathname.match(/^\/articles\/([^/]+)$/);
      if (movedTo && decodeURIComponent(movedTo[1]) !== id) {
        state = { ...state, article: decodeURIComponent(movedTo[1]) };
        history.replaceState(history.state, '', urlFor(state));
      }
      ArchiveArticle.enhance(body, (item, href) => {
        const target = href.match(/^\/articles\/([^/?]+)/);
        if (!target) return false;
        navigate({ ...state, article: decodeURIComponent(target[1]), opener: null });
        return true;
      });
      document.title = `${doc.title || 'ArchiveSearch'}`;
      view.querySelector('h1')?.focus();
      window.scrollTo(0, view.offsetTop - 8);
    } catch (error) {
      if (mine !== generation) return;
      body.replaceChildren(el('p', null, 'status'));
      showError(body.firstChild, error, () => showArticle(id));
    }
  }

  // Closing goes back to the results the article was opened from, or to these results when opened fresh.
  function closeArticle() {
    if (!state.article) return;
    if (history.state && history.state.opener) history.back();
    else navigate({ ...state, article: '' });
  }

  function focusOpener() {
    const opener = history.state && history.state.returnTo;
    if (!opener) return;
    const link = document.querySelector(`#results li[data-id="${CSS.escape(opener)}"] .title`);
    if (link) link.focus();
  }

  $('search-form').addEventListener('submit', e => { e.preventDefault(); moreAuthors = false; changeSearch(readForm()); });
  $('sort').addEventListener('change', () => changeSearch({ ...readForm(), sort: $('sort').value === 'relevance' ? '' : $('sort').value }));
  $('close-article').addEventListener('click', closeArticle);
  // The advanced form (advanced.js) has written a query and filters: search with them.
  document.addEventListener('archive:search', e => { moreAuthors = false; changeSearch(e.detail); });
  document.addEventListener('keydown', e => { if (e.key === 'Escape' && state.article) { e.preventDefault(); closeArticle(); } });
  $('facets-toggle').addEventListener('click', () => {
    const open = $('facets').classList.toggle('open');
    $('facets-toggle').setAttribute('aria-expanded', String(open));
  });
  window.addEventListener('popstate', () => {
    const returning = state.article && !fromLocation().article ? state.article : null;
    state = fromLocation();
    if (returning) history.replaceState({ ...(history.state || {}), returnTo: returning }, '', location.href);
    render();
  });

  history.replaceState({ opener: null }, '', urlFor(state));
  render();
})();
