// An article shown whole (its own page, or inside the search page): copies the citation and fills the
// earlier-coverage section from the API.
'use strict';
const ArchiveArticle = (() => {
  const { el, fetchJson, showError, renderRelated, copyText } = ArchiveUi;

  async function loadCoverage(section, onOpen) {
    const status = section.querySelector('.status') || section.appendChild(el('p', null, 'status'));
    status.className = 'status';
    status.textContent = '载入中…';
    section.querySelector('.related-list')?.remove();
    const before = section.dataset.before ? `&before=${encodeURIComponent(section.dataset.before)}` : '';
    try {
      const answer = await fetchJson(`/api/articles/${encodeURIComponent(section.dataset.id)}/coverage?size=5${before}`);
      status.remove();
      renderRelated(section, answer, onOpen);
    } catch (error) {
      showError(status, error, () => loadCoverage(section, onOpen));
    }
  }

  // onOpen(item, href, link) may take over opening a related article (return true) instead of navigating.
  function enhance(root, onOpen) {
    for (const button of root.querySelectorAll('button[data-copy]')) {
      button.addEventListener('click', () => {
        const source = root.querySelector(`#${button.dataset.copy}`);
        copyText(source.textContent, button.parentElement.querySelector('.copied'));
      });
    }
    const coverage = root.querySelector('#coverage');
    if (coverage) loadCoverage(coverage, onOpen);
  }

  if (document.querySelector('main.permalink')) enhance(document);
  return { enhance };
})();
