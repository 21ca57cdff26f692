// The login page: name + password → session cookie, then back to the page the clerk came from.
const form = document.getElementById('login-form');
const error = document.getElementById('login-error');
const button = document.getElementById('login-submit');

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  button.disabled = true;
  try {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: form.name.value.trim(), password: form.password.value }),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || `登录失败（${res.status}）`);
    const next = new URLSearchParams(location.search).get('next') || '/';
    location.assign(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  } catch (err) {
    error.textContent = err.message;
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
});
