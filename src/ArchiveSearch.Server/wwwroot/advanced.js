// The advanced search form: each field becomes a piece of the query syntax, written into the search box so
// readers learn it (all words, "phrase", (a OR b), -word, "a b"~N, author:name); paper, dates, kind and front
// page become the search's filters. The papers come from /api/papers when the form is first opened.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const words = text => text.replace(/["“”「」]/g, ' ').split(/\s+/).filter(Boolean);

  function queryOf() {
    const parts = [];
    parts.push(...words($('adv-all').value));
    const phrase = $('adv-phrase').value.replace(/["“”「」]/g, '').trim();
    if (phrase) parts.push(`"${phrase}"`);
    const any = words($('adv-any').value);
    if (any.length === 1) parts.push(any[0]);
    if (any.length > 1) parts.push(`(${any.join(' OR ')})`);
    const near = words($('adv-near').value);
    const within = $('adv-within').value.trim();
    if (near.length > 1) parts.push(`"${near.join(' ')}"~${/^\d+$/.test(within) ? within : 5}`);
    else if (near.length === 1) parts.push(near[0]);
    const author = words($('adv-author').value);
    if (author.length === 1) parts.push(`author:${author[0]}`);
    if (author.length > 1) parts.push(`author:(${author.join(' OR ')})`);
    for (const word of words($('adv-none').value)) parts.push(`-${word}`);
    return parts.join(' ');
  }

  async function loadPapers() {
    const select = $('adv-paper');
    if (select.dataset.loaded) return;
    select.dataset.loaded = 'true';
    try {
      const answer = await ArchiveUi.fetchJson('/api/papers');
      for (const paper of answer.papers || []) {
        const option = document.createElement('option');
        option.value = paper.paper;
        option.textContent = paper.paper;
        select.append(option);
      }
    } catch {
      delete select.dataset.loaded; // tried again when the form is next opened
    }
  }

  function preview() { $('adv-preview').textContent = queryOf() || '（空：按日期浏览）'; }

  $('advanced').addEventListener('toggle', () => { if ($('advanced').open) { loadPapers(); preview(); } });
  $('advanced-form').addEventListener('input', preview);
  $('advanced-form').addEventListener('submit', e => {
    e.preventDefault();
    const q = queryOf();
    $('q').value = q;
    document.dispatchEvent(new CustomEvent('archive:search', {
      detail: {
        q,
        paper: $('adv-paper').value,
        kind: $('adv-kind').value,
        from: $('adv-from').value.trim(),
        to: $('adv-to').value.trim(),
        front: $('adv-front').checked ? 'true' : '',
      },
    }));
    $('advanced').open = false;
    $('q').focus();
  });
})();
