// The site header's account area on every page: who is signed in (name and role) with a sign-out button on the same
// line, or a sign-in link that comes back to this page. The server says who the user is (/api/account), with the
// antiforgery token the sign-out form needs.
'use strict';
(() => {
  const slot = document.getElementById('site-account');
  if (!slot) return;
  const roles = { archivist: '档案员', reader: '读者' };

  function add(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function signedOut() {
    const link = add('a', '登录', 'signin-link');
    link.href = '/signin?returnUrl=' + encodeURIComponent(location.pathname + location.search);
    slot.replaceChildren(link);
  }

  function signedIn(account) {
    const form = add('form', null, 'signout');
    form.method = 'post';
    form.action = '/signout';
    const token = add('input');
    token.type = 'hidden';
    token.name = '__RequestVerificationToken';
    token.value = account.token;
    const button = add('button', '退出');
    button.type = 'submit';
    form.append(token, button);
    slot.replaceChildren(add('span', account.name, 'user'), add('span', '（' + (roles[account.role] || account.role) + '）', 'role'), form);
  }

  fetch('/api/account', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => response.ok ? response.json() : null)
    .then(account => account && account.name ? signedIn(account) : signedOut())
    .catch(signedOut);
})();
