// Shared by every page: element helpers, calls to the API that turn every failure into a Chinese message
// (with whether retrying can help), and a tolerant rendering of related articles, whatever fields they carry.
'use strict';
const ArchiveUi = (() => {
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  class UiError extends Error {
    constructor(message, retryable) { super(message); this.retryable = retryable; }
  }

  // The API's problems carry a stable code; /problem-texts.json says each in Chinese, with {name} standing for the
  // value the problem carries under that name. Fetched once, when the first problem is to be shown.
  let problemTable = null;
  function problemTexts() {
    if (!problemTable) {
      problemTable = fetch('/problem-texts.json')
        .then(response => (response.ok ? response.json() : {}))
        .catch(() => { problemTable = null; return {}; });
    }
    return problemTable;
  }

  // The Chinese text of the problem's code with its values filled in; null when the code or one of its values is unknown.
  function codeText(table, body) {
    if (!body || typeof body.code !== 'string' || !table || typeof table[body.code] !== 'string') return null;
    let complete = true;
    const text = table[body.code].replace(/\{(\w+)\}/g, (_, name) => {
      const value = body[name];
      if (value === undefined || value === null || typeof value === 'object') { complete = false; return ''; }
      return String(value);
    });
    return complete ? text : null;
  }

  // Without a known code: the server's own detail, else what the status says.
  function problemText(status, body) {
    const detail = body && typeof body.detail === 'string' ? body.detail : '';
    if (detail) return `请求未完成：${detail}`;
    if (status === 400) return '检索条件有误。';
    if (status === 404) return '未找到所要的内容。';
    if (status === 413) return '稿件太长，请缩短后再试。';
    if (status === 414) return '检索条件太长，请缩短检索式（最多 1000 个字）后再试。';
    if (status === 429) return '请求太频繁，请稍后重试。';
    if (status === 503) return '服务暂时不可用（可能正在建立索引），请稍后重试。';
    if (status >= 500) return `服务器出错（${status}），请稍后重试。`;
    return `请求失败（${status}）。`;
  }

  // What to tell the user about a failed answer: the Chinese text of its code, or the fallback above.
  async function problemMessage(status, body) {
    return codeText(await problemTexts(), body) ?? problemText(status, body);
  }

  // The JSON answer, or a UiError whose message is fit to show and whose retryable says if "重试" can help.
  async function fetchJson(url, options) {
    let response;
    try {
      response = await fetch(url, options);
    } catch {
      throw new UiError('无法连接服务器，请检查网络后重试。', true);
    }
    const type = response.headers.get('content-type') || '';
    let body = null;
    if (type.includes('json')) {
      try { body = await response.json(); } catch { body = null; }
    }
    if (response.ok && body !== null) return body;
    if (response.ok) throw new UiError('服务器的答复无法识别，请稍后重试。', true);
    throw new UiError(await problemMessage(response.status, body), response.status >= 500 || response.status === 429 || body === null);
  }

  // Shows a failure in a status element, with a visible retry when retrying can help.
  function showError(status, error, retry) {
    status.className = 'status error';
    status.replaceChildren(el('span', error instanceof UiError ? error.message : '页面出错，请重试。'));
    if (retry && (!(error instanceof UiError) || error.retryable)) {
      const button = el('button', '重试', 'retry');
      button.type = 'button';
      button.addEventListener('click', retry);
      status.append(' ', button);
    }
  }

  // Server HTML with only <mark> kept: everything else becomes text, so nothing the server sends can run.
  function marked(html) {
    const fragment = document.createDocumentFragment();
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    for (const node of doc.body.childNodes) {
      if (node.nodeName === 'MARK') fragment.append(el('mark', node.textContent));
      else fragment.append(document.createTextNode(node.textContent));
    }
    return fragment;
  }

  // The article's readable page: a url to the JSON API is turned into the permanent page it stands for.
  function articleUrl(item) {
    let path = null;
    if (typeof item.url === 'string' && item.url.startsWith('/')) path = item.url;
    else if (typeof item.url === 'string') {
      try { const u = new URL(item.url); if (u.origin === location.origin) path = u.pathname + u.search; } catch { /* not a URL */ }
    }
    if (path && path.startsWith('/api/articles/')) path = path.slice(4);
    return path || (item.id ? `/articles/${encodeURIComponent(item.id)}` : null);
  }

  // Related articles as the API gives them, taking what is there: title, url, date, paper, page, snippet, shared terms.
  function renderRelated(container, answer, onOpen) {
    const items = Array.isArray(answer) ? answer : (answer && (answer.articles || answer.hits || answer.results)) || [];
    if (items.length === 0) {
      container.append(el('p', '没有找到此前的相关报道。', 'status'));
      return;
    }
    const list = el('ol', null, 'related-list');
    for (const item of items) {
      const li = el('li');
      const href = articleUrl(item);
      const title = href ? el('a', null, 'title') : el('span', null, 'title');
      if (typeof item.titleHtml === 'string') title.append(marked(item.titleHtml)); else title.textContent = item.title || '（无标题）';
      if (href) {
        title.href = href;
        if (onOpen) title.addEventListener('click', e => {
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
          if (onOpen(item, href, title)) e.preventDefault();
        });
      }
      li.append(title);
      const page = item.page ? `第${item.page}版` : null;
      const meta = [item.paper || '未注明报名', item.date || '未注明日期', page].filter(Boolean).join(' · ');
      li.append(el('div', meta, 'meta'));
      if (item.beforeDraft === false || item.before === false) li.append(el('div', '（晚于稿件日期）', 'meta'));
      if (typeof item.snippet === 'string' && item.snippet) {
        const snippet = el('div', null, 'snippet');
        snippet.append(marked(item.snippet));
        li.append(snippet);
      }
      const terms = item.sharedTerms || item.reasons || item.terms;
      if (Array.isArray(terms) && terms.length > 0) li.append(el('div', `共有词：${terms.join('、')}`, 'reasons'));
      list.append(li);
    }
    container.append(list);
  }

  async function copyText(text, status) {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = '已复制';
    } catch {
      status.textContent = '无法自动复制，请选中后复制';
    }
  }

  const escapeHtml = text => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  const maxFacets = 500;

  return { maxFacets, el, UiError, fetchJson, showError, marked, renderRelated, articleUrl, copyText, problemText, problemMessage, escapeHtml };
})();
