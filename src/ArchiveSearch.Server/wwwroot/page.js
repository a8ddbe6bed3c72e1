// The page view: a correction form is sent with fetch (the antiforgery token in its header, as the service
// expects from scripts), then the page is reloaded to show the new cut; failures are said beside the form.
// Without this script the same forms post as plain forms and the service answers with the page again.
'use strict';
(() => {
  const current = document.querySelector('.printed-page .current');
  if (current && !location.hash) current.scrollIntoView({ block: 'start' });

  for (const form of document.querySelectorAll('form.fix-form, form.undo')) {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const button = form.querySelector('button[type=submit]');
      let status = form.querySelector('.form-status');
      if (!status) {
        status = document.createElement('span');
        status.className = 'form-status';
        status.setAttribute('role', 'status');
        form.append(status);
      }
      const data = new FormData(form);
      button.disabled = true;
      status.textContent = '正在保存并重新索引…';
      try {
        const response = await fetch(form.action, {
          method: 'POST',
          body: data,
          headers: { 'Accept': 'application/json', 'X-CSRF-Token': data.get('__RequestVerificationToken') },
          credentials: 'same-origin',
        });
        if (!response.ok) {
          let body = null;
          try { body = await response.json(); } catch { /* not JSON */ }
          throw new Error(await ArchiveUi.problemMessage(response.status, body));
        }
        const item = data.get('item');
        location.replace(location.pathname + location.search + (item ? `#a${item}` : ''));
        location.reload();
      } catch (error) {
        status.textContent = `未完成：${error.message}`;
        status.classList.add('error');
        button.disabled = false;
      }
    });
  }
})();
