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

  // English problem details of the API, said in Chinese; numbers and quoted input carried over.
  const translations = [
    [/^(from|to|before|date) must be a date as yyyy, yyyy-MM or yyyy-MM-dd.*, not '(.*)'\.?$/s, m => `日期“${m[2]}”的格式不对：请写成 2024、2024-03、2024-03-15、2024年3月15日 或 2024/03/15。`],
    [/proximity at position (\d+) is too wide; at most ~(\d+)/, m => `第 ${m[1]} 个字处的距离太大：“~”后面最多写 ${m[2]}（个字）。`],
    [/nested more than (\d+) deep/, m => `括号嵌套太深：最多 ${m[1]} 层。`],
    [/address is (\d+) characters long; the service answers addresses of up to (\d+)/, m => `检索条件太长（地址有 ${m[1]} 个字符，最多 ${m[2]} 个）：请缩短检索式，检索式最多 1000 个字。`],
    [/^facets must be between/, () => '分面数目无效。'],
    [/^relaxed must be/, () => '导出参数 relaxed 只能是 include 或 exclude。'],
    [/from must not be later than to/, () => '起始日期不能晚于截止日期。'],
    [/^sort must be/, () => '排序方式无效：只能按相关度或日期排序。'],
    [/quote opened at position (\d+) is not closed/, m => `第 ${m[1]} 个字处的引号没有闭合。`],
    [/parenthesis opened at position (\d+) is not closed/, m => `第 ${m[1]} 个字处的括号没有闭合。`],
    [/closing parenthesis at position (\d+) has no opening/, m => `第 ${m[1]} 个字处的右括号没有对应的左括号。`],
    [/parentheses at position (\d+) are empty/, m => `第 ${m[1]} 个字处的括号里是空的。`],
    [/query is too long \((\d+) characters\); at most (\d+)/, m => `检索式太长（${m[1]} 个字），最多 ${m[2]} 个字。`],
    [/query has (\d+) terms; at most (\d+)/, m => `检索词太多（${m[1]} 个），最多 ${m[2]} 个。`],
    [/OR at position (\d+) needs a term before it/, m => `第 ${m[1]} 个字处的 OR 前面缺少检索词。`],
    [/OR at position (\d+) needs a term after it/, m => `第 ${m[1]} 个字处的 OR 后面缺少检索词。`],
    [/'-' at position (\d+) needs something to exclude/, m => `第 ${m[1]} 个字处的“-”后面缺少要排除的词。`],
    [/'(\w+):' at position (\d+) needs a word/, m => `第 ${m[2]} 个字处的“${m[1]}:”后面要紧跟检索词、引号里的短语或括号。`],
    [/needs at least one term that must match/, () => '检索式至少要有一个必须出现的词，不能只有排除的词。'],
    [/OR cannot join an excluded term/, () => 'OR 不能连接排除的词，请写成 (甲 OR 乙) -丙。'],
    [/Unexpected '(.*)' at position (\d+)/, m => `第 ${m[2]} 个字处的“${m[1]}”无法理解。`],
    [/'(.*)' has nothing to search for/, m => `“${m[1]}”里没有可以检索的文字。`],
    [/The query is empty/, () => '请输入检索词。'],
    [/available up to hit (\d+)/, m => `按页码最多翻到第 ${m[1]} 条；请缩小检索范围，或导出全部结果。`],
    [/cursor/, () => '翻页位置已失效，请重新检索。'],
    [/^size must be/, () => '每页条数无效。'],
    [/^page must be/, () => '页码无效。'],
    [/^text is empty/, () => '请先粘贴稿件正文。'],
    [/No article has the id/, () => '档案中没有这篇文章。'],
  ];

  function problemText(status, body) {
    const detail = body && typeof body.detail === 'string' ? body.detail : '';
    for (const [pattern, say] of translations) {
      const match = detail.match(pattern);
      if (match) return say(match);
    }
    if (status === 400) return detail ? `检索条件有误（${detail}）。` : '检索条件有误。';
    if (status === 404) return '未找到所要的内容。';
    if (status === 413) return '稿件太长，请缩短后再试。';
    if (status === 414) return '检索条件太长，请缩短检索式（最多 1000 个字）后再试。';
    if (status === 429) return '请求太频繁，请稍后重试。';
    if (status === 503) return '服务暂时不可用（可能正在建立索引），请稍后重试。';
    if (status >= 500) return `服务器出错（${status}），请稍后重试。`;
    return `请求失败（${status}）。`;
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
    throw new UiError(problemText(response.status, body), response.status >= 500 || response.status === 429 || body === null);
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

  return { maxFacets, el, UiError, fetchJson, showError, marked, renderRelated, articleUrl, copyText, problemText, escapeHtml };
})();
