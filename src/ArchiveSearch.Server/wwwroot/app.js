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
  const searchKeys = ['q', 'sort', 'from', 'to', 'paper', 'author', 'kind', 'cut', 'page'];
  let state = fromLocation();
  let lastAnswer = null; // { key, body } of the results on screen, so closing an article does not search again
  let generation = 0;    // answers to superseded requests are dropped

  function fromLocation() {
    const params = new URLSearchParams(location.search);
    const s = { q: '', sort: '', from: '', to: '', paper: '', author: '', kind: '', cut: '', page: 1, article: '' };
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

  function navigate(next, { replace = false } = {}) {
    state = next;
    history[replace ? 'replaceState' : 'pushState']({ opener: next.opener || null }, '', urlFor(next));
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

  function updateExports() {
    const params = searchParams({ ...state, page: 1 });
    params.delete('page');
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
    const key = searchParams(state).toString();
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
      const body = await fetchJson(`/api/search?${key}&size=${pageSize}`);
      if (mine !== generation) return;
      lastAnswer = { key, body };
      renderResults(body);
    } catch (error) {
      if (mine !== generation) return;
      $('results').replaceChildren();
      $('pager').replaceChildren();
      $('facets').replaceChildren();
      $('results').removeAttribute('data-state');
      showError($('status'), error, () => { lastAnswer = null; render(); });
    }
  }

  function renderResults(body) {
    document.title = state.q ? `${state.q} · ArchiveSearch 检索` : 'ArchiveSearch · 报纸档案检索';
    $('status').className = 'status';
    const range = !state.from && !state.to ? '' : state.from === state.to ? `（${state.from}）` : `（${state.from || '…'} 至 ${state.to || '…'}）`;
    $('status').textContent = !state.q
      ? `浏览全部文章${range}：共 ${body.total} 篇，${body.sort === 'date' ? '由旧到新' : '由新到旧'}`
      : body.relaxed
        ? `没有完全匹配“${state.q}”的文章；以下 ${body.total} 篇为相近结果 · ${body.tookMs} ms`
        : `共 ${body.total} 篇 · ${body.tookMs} ms`;
    renderFilters();
    const list = $('results');
    list.replaceChildren();
    list.start = (state.page - 1) * pageSize + 1;
    for (const hit of body.hits) list.append(renderHit(hit));
    list.dataset.state = searchParams(state).toString();
    renderFacets(body.facets, body.dates);
    renderPager(body.total);
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
    li.append(el('div', [hit.paper, hit.date, hit.page && `第${hit.page}版`, hit.byline, kindNames[hit.kind], hit.cut && hit.cut.verdict === 'unsure' && '切分待核'].filter(Boolean).join(' · '), 'meta'));
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
        button.addEventListener('click', () => changeSearch({ [name]: value }));
        const item = el('li');
        item.append(button);
        list.append(item);
      }
      box.append(list);
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
      button.addEventListener('click', () => changeSearch({ from: value, to: value }));
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

  $('search-form').addEventListener('submit', e => { e.preventDefault(); changeSearch(readForm()); });
  $('sort').addEventListener('change', () => changeSearch({ ...readForm(), sort: $('sort').value === 'relevance' ? '' : $('sort').value }));
  $('close-article').addEventListener('click', closeArticle);
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
