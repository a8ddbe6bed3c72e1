// The search page: calls /api/search and renders ranked hits; snippets arrive HTML-escaped with <mark> tags.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('status');
const results = document.getElementById('results');
const pager = document.getElementById('pager');
const articleView = document.getElementById('article');
const pageSize = 10;

function text(tag, value, className) {
  const el = document.createElement(tag);
  el.textContent = value ?? '';
  if (className) el.className = className;
  return el;
}

async function search(q, page) {
  const url = `/api/search?q=${encodeURIComponent(q)}&page=${page}&size=${pageSize}`;
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}&page=${page}`);
  status.className = 'status';
  status.textContent = '检索中…';
  const response = await fetch(url);
  const body = await response.json();
  results.replaceChildren();
  pager.replaceChildren();
  articleView.hidden = true;
  if (!response.ok) {
    status.className = 'status error';
    status.textContent = body.detail || body.title || '检索失败';
    return;
  }
  status.textContent = `共 ${body.total} 篇` + (body.relaxed ? '（未找到完全匹配，以下为相近结果）' : '') + ` · ${body.tookMs} ms`;
  for (const hit of body.hits) {
    const li = document.createElement('li');
    const link = text('a', hit.title, 'title');
    link.href = `#${hit.id}`;
    link.addEventListener('click', e => { e.preventDefault(); showArticle(hit.id); });
    li.append(link);
    li.append(text('div', [hit.paper, hit.date, hit.byline].filter(Boolean).join(' · '), 'meta'));
    const snippet = document.createElement('div');
    snippet.className = 'snippet';
    snippet.innerHTML = hit.snippet; // escaped by the server, only <mark> is markup
    li.append(snippet);
    results.append(li);
  }
  const pages = Math.ceil(body.total / pageSize);
  for (let p = 1; p <= Math.min(pages, 20); p++) {
    const b = text('button', String(p));
    b.disabled = p === page;
    b.addEventListener('click', () => search(q, p));
    pager.append(b);
  }
}

async function showArticle(id) {
  const response = await fetch(`/api/articles/${encodeURIComponent(id)}`);
  if (!response.ok) return;
  const a = await response.json();
  articleView.replaceChildren(text('h2', a.title));
  if (a.subtitle) articleView.append(text('h3', a.subtitle));
  articleView.append(text('div', [a.paper, a.date, a.byline].filter(Boolean).join(' · '), 'meta'));
  for (const para of a.body.split('\n')) articleView.append(text('p', para));
  articleView.hidden = false;
  articleView.scrollIntoView();
}

form.addEventListener('submit', e => {
  e.preventDefault();
  if (input.value.trim()) search(input.value.trim(), 1);
});

const params = new URLSearchParams(location.search);
if (params.get('q')) {
  input.value = params.get('q');
  search(input.value, Number(params.get('page')) || 1);
}
