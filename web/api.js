// Calls to the server. Errors come back as Chinese messages (with the field when the server names one).
export class ApiError extends Error {
  constructor(message, status, field) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

// Accounts: every same-origin write carries the session's CSRF token (from its cookie); a 401 means the session is
// gone, so the page goes to the login page and comes back here afterwards.
const csrfToken = () => (document.cookie.match(/(?:^|;\s*)nianbao_csrf=([^;]+)/) || [])[1] || '';
const nativeFetch = window.fetch.bind(window);
window.fetch = async (input, init = {}) => {
  const method = (init.method || 'GET').toUpperCase();
  const url = typeof input === 'string' ? input : input.url;
  const sameOrigin = url.startsWith('/') || url.startsWith(location.origin);
  if (sameOrigin && method !== 'GET' && method !== 'HEAD') {
    const headers = new Headers(init.headers || {});
    if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', decodeURIComponent(csrfToken()));
    init = { ...init, headers };
  }
  const res = await nativeFetch(input, init);
  if (res.status === 401 && sameOrigin && !url.startsWith('/api/auth/')) {
    location.assign(`/login.html?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`);
  }
  return res;
};

async function call(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError((data && data.error) || `请求失败（${res.status}）`, res.status, data && data.field);
  return data;
}

export const api = {
  format: (id) => call('GET', `/api/format/${id}`),
  formatForYear: (y) => call('GET', `/api/format-for-year/${y}`),
  drafts: () => call('GET', '/api/drafts'),
  create: (input) => call('POST', '/api/drafts', input),
  draft: (id) => call('GET', `/api/drafts/${encodeURIComponent(id)}`),
  patch: (id, patch) => call('PATCH', `/api/drafts/${encodeURIComponent(id)}`, patch),
  versions: (id) => call('GET', `/api/drafts/${encodeURIComponent(id)}/versions`),
  restore: (id, v, body) => call('POST', `/api/drafts/${encodeURIComponent(id)}/versions/${v}/restore`, body ?? {}),
  fillZeros: (id, table, baseVersion) => call('POST', `/api/drafts/${encodeURIComponent(id)}/fill-zeros`, { table, baseVersion }),
  fromReport: async (file) => {
    const form = new FormData();
    form.set('file', file);
    const res = await fetch('/api/drafts/from-report', { method: 'POST', body: form });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(data.error || `上传失败（${res.status}）`, res.status);
    return data;
  },
  chatHistory: (id) => call('GET', `/api/chat/${encodeURIComponent(id)}`),
  me: () => call('GET', '/api/auth/me'),
  logout: () => call('POST', '/api/auth/logout'),
  exportUrl: (id, fmt) => `/api/drafts/${encodeURIComponent(id)}/export?format=${fmt}`,
};

/** Read a streamed response piece by piece: calls onPiece(text) for each part ending in `sep`. */
async function readPieces(res, sep, onPiece) {
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf(sep)) >= 0) {
      const piece = buf.slice(0, i);
      buf = buf.slice(i + sep.length);
      await onPiece(piece);
    }
  }
}

/** Read an SSE response: calls onEvent(event, data) for each block (event defaults to 'message'). */
export function readSse(res, onEvent) {
  return readPieces(res, '\n\n', (block) => {
    let event = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length) return onEvent(event, data.join('\n'));
  });
}

/** Read an NDJSON response: calls onMessage(object) for each non-empty line. */
export function readNdjson(res, onMessage) {
  return readPieces(res, '\n', (line) => (line.trim() ? onMessage(JSON.parse(line)) : undefined));
}
