// The search page: builds a query from the form and the chosen facets, calls /api/search and renders
// ranked hits. Marked titles and snippets arrive HTML-escaped from the server with only <mark> as markup.
const $ = id => document.getElementById(id);
const pageSize = 10;
const facetNames = { paper: '报纸', year: '年份', author: '作者', kind: '类型' };
const kindNames = { article: '文章', brief: '简讯', photo: '图片' };
const state = { q: '', page: 1, sort: 'relevance', from: '', to: '', paper: '', author: '', kind: '' };

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function readForm() {
  state.q = $('q').value.trim();
  state.sort = $('sort').value;
  state.from = $('from').value.trim();
  state.to = $('to').value.trim();
}

function writeForm() {
  $('q').value = state.q;
  $('sort').value = state.sort;
  $('from').value = state.from;
  $('to').value = state.to;
}

function queryString() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== '' && !(key === 'page' && value === 1) && !(key === 'sort' && value === 'relevance')) params.set(key, value);
  }
  return params.toString();
}

async function search() {
  if (!state.q) return;
  history.replaceState(null, '', '?' + queryString());
  $('status').className = 'status';
  $('status').textContent = '检索中…';
  const response = await fetch(`/api/search?${queryString()}&size=${pageSize}`);
  const body = await response.json();
  $('results').replaceChildren();
  $('pager').replaceChildren();
  $('facets').replaceChildren();
  $('article').hidden = true;
  renderFilters();
  if (!response.ok) {
    $('status').className = 'status error';
    $('status').textContent = body.detail || body.title || '检索失败';
    return;
  }
  $('status').textContent = body.relaxed
    ? `没有完全匹配“${state.q}”的文章；以下 ${body.total} 篇为相近结果 · ${body.tookMs} ms`
    : `共 ${body.total} 篇 · ${body.tookMs} ms`;
  for (const hit of body.hits) $('results').append(renderHit(hit));
  renderFacets(body.facets);
  renderPager(body.total);
}

function renderHit(hit) {
  const li = el('li');
  li.dataset.id = hit.id;
  const link = el('a', null, 'title');
  link.innerHTML = hit.titleHtml;
  link.href = `/api/articles/${encodeURIComponent(hit.id)}`;
  link.addEventListener('click', e => { e.preventDefault(); showArticle(hit.id); });
  li.append(link);
  if (hit.subtitleHtml) {
    const subtitle = el('div', null, 'subtitle');
    subtitle.innerHTML = hit.subtitleHtml;
    li.append(subtitle);
  }
  li.append(el('div', [hit.paper, hit.date, hit.page && `第${hit.page}版`, hit.byline, kindNames[hit.kind]].filter(Boolean).join(' · '), 'meta'));
  const snippet = el('div', null, 'snippet');
  snippet.innerHTML = hit.snippet;
  li.append(snippet);
  return li;
}

function renderFacets(facets) {
  for (const [name, label] of Object.entries(facetNames)) {
    const values = facets[name] || [];
    if (values.length === 0) continue;
    $('facets').append(el('h3', label));
    for (const { value, count } of values) {
      const button = el('button', name === 'kind' ? (kindNames[value] || value) : value);
      button.dataset.facet = name;
      button.dataset.value = value;
      button.append(el('span', String(count)));
      button.addEventListener('click', () => applyFacet(name, value));
      $('facets').append(button);
    }
  }
}

function applyFacet(name, value) {
  if (name === 'year') { state.from = value; state.to = value; }
  else state[name] = value;
  state.page = 1;
  writeForm();
  search();
}

function renderFilters() {
  $('filters').replaceChildren();
  for (const name of ['paper', 'author', 'kind']) {
    if (!state[name]) continue;
    const button = el('button', `${facetNames[name]}：${state[name]} ✕`);
    button.addEventListener('click', () => { state[name] = ''; state.page = 1; search(); });
    $('filters').append(button);
  }
}

function renderPager(total) {
  const pages = Math.min(Math.ceil(total / pageSize), 100);
  if (pages < 2) return;
  for (let p = Math.max(1, state.page - 5); p <= Math.min(pages, state.page + 5); p++) {
    const button = el('button', String(p));
    button.disabled = p === state.page;
    button.addEventListener('click', () => { state.page = p; search(); });
    $('pager').append(button);
  }
}

async function showArticle(id) {
  const response = await fetch(`/api/articles/${encodeURIComponent(id)}`);
  if (!response.ok) return;
  const a = await response.json();
  const view = $('article');
  view.replaceChildren(el('h2', a.title));
  if (a.subtitle) view.append(el('h3', a.subtitle));
  view.append(el('div', [a.paper, a.date, a.page && `第${a.page}版`, a.byline].filter(Boolean).join(' · '), 'meta'));
  for (const paragraph of a.body.split('\n')) view.append(el('p', paragraph));
  view.hidden = false;
  const before = a.date ? `&before=${a.date}` : '';
  const similar = await fetch(`/api/articles/${encodeURIComponent(id)}/similar?size=5${before}`);
  if (similar.ok) {
    const related = await similar.json();
    if (related.articles.length > 0) {
      view.append(el('h3', '相关报道'));
      const list = el('ol', null, 'similar');
      for (const r of related.articles) {
        const item = el('li');
        const link = el('a', r.title);
        link.href = '#';
        link.addEventListener('click', e => { e.preventDefault(); showArticle(r.id); });
        item.append(link, el('span', ` ${[r.paper, r.date].filter(Boolean).join(' · ')} `), el('span', r.sharedTerms.join('、'), 'reasons'));
        list.append(item);
      }
      view.append(list);
    }
  }
  view.scrollIntoView();
}

$('search-form').addEventListener('submit', e => {
  e.preventDefault();
  readForm();
  state.page = 1;
  search();
});
$('sort').addEventListener('change', () => { readForm(); state.page = 1; search(); });

const initial = new URLSearchParams(location.search);
for (const key of Object.keys(state)) if (initial.has(key)) state[key] = key === 'page' ? Number(initial.get(key)) || 1 : initial.get(key);
writeForm();
search();
