// The editor's page: posts a draft (and optionally a date) to /api/coverage and lists earlier coverage as the API gives it.
'use strict';
(() => {
  const { fetchJson, showError, renderRelated } = ArchiveUi;
  const $ = id => document.getElementById(id);

  async function find() {
    const text = $('draft').value.trim();
    const before = $('before').value.trim();
    const status = $('status');
    const results = $('coverage-results');
    results.replaceChildren();
    if (!text) {
      status.className = 'status error';
      status.textContent = '请先粘贴稿件正文。';
      $('draft').focus();
      return;
    }
    status.className = 'status';
    status.textContent = '查找中…';
    try {
      const answer = await fetchJson('/api/coverage', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(before ? { text, date: before, before, size: 20 } : { text, size: 20 }),
      });
      const count = (Array.isArray(answer) ? answer : answer.articles || answer.hits || []).length;
      status.textContent = count > 0 ? `找到 ${count} 篇此前的相关报道` : '';
      renderRelated(results, answer);
      results.focus();
    } catch (error) {
      showError(status, error, find);
    }
  }

  $('coverage-form').addEventListener('submit', e => { e.preventDefault(); find(); });
})();
