// The chat panel: sends one message, reads the UI message stream (SSE `data:` JSON chunks) and shows the reply
// as it arrives. Text goes in with textContent only.
import { h, $ } from './dom.js';
import { readSse } from './api.js';

export const MAX_CHARS = 4000;

export function bubble(role, text = '') {
  const li = h('li', { class: role }, h('span', { class: 'who' }, role === 'user' ? '我：' : '助手：'), h('span', { class: 'body' }, text));
  $('#messages').append(li);
  li.scrollIntoView({ block: 'end' });
  return li;
}

export function showHistory(messages) {
  $('#messages').replaceChildren();
  for (const m of messages) {
    const text = (m.parts ?? []).filter((p) => p.type === 'text').map((p) => p.text).join('');
    if (text) bubble(m.role === 'user' ? 'user' : 'assistant', text);
  }
}

const newId = () => `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

export function setupChat(getDraftId, onDraftChanged) {
  const form = $('#chat-form');
  const input = $('#chat-input');
  const err = $('#chat-error');
  const count = $('#chat-count');
  const send = $('#chat-send');
  const updateCount = () => {
    const n = input.value.length;
    count.textContent = `${n}/${MAX_CHARS}`;
    if (n <= MAX_CHARS && err.dataset.kind === 'length') {
      err.textContent = '';
      input.removeAttribute('aria-invalid');
    }
  };
  input.addEventListener('input', updateCount);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  updateCount();

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value;
    err.textContent = '';
    if (!text.trim()) {
      err.textContent = '请输入内容。';
      return;
    }
    if (text.length > MAX_CHARS) {
      // Refused here; the text stays in the box so nothing is lost.
      err.dataset.kind = 'length';
      err.textContent = `消息过长（${text.length}字），每条不超过${MAX_CHARS}字，请分几次发送。`;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    send.disabled = true;
    let res;
    try {
      res = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ draftId: getDraftId(), messages: [{ id: newId(), role: 'user', parts: [{ type: 'text', text }] }] }),
      });
    } catch {
      err.textContent = '无法连接服务器，消息没有发出，请重试。';
      send.disabled = false;
      return;
    }
    if (!res.ok) {
      const j = await res.json().catch(() => ({}));
      err.dataset.kind = 'server';
      err.textContent = j.error ?? `发送失败（${res.status}）`;
      send.disabled = false;
      return;
    }
    input.value = '';
    updateCount();
    bubble('user', text);
    const li = bubble('assistant');
    const body = li.querySelector('.body');
    let changed = false;
    try {
      await readSse(res, (_event, data) => {
        if (data === '[DONE]') return;
        let chunk;
        try {
          chunk = JSON.parse(data);
        } catch {
          return;
        }
        if (chunk.type === 'text-delta') body.append(document.createTextNode(chunk.delta));
        else if (chunk.type === 'tool-input-available') li.append(h('span', { class: 'tool' }, `调用工具：${chunk.toolName}`));
        else if (chunk.type === 'tool-output-error') li.append(h('span', { class: 'tool' }, `工具出错：${chunk.errorText}`));
        else if (chunk.type === 'data-draft') changed = true;
        else if (chunk.type === 'data-diff' && chunk.data?.undo) {
          // One-step undo of this turn: sends 「撤销」 like a typed message.
          const undo = h('button', { type: 'button', class: 'undo' }, '撤销本轮修改');
          undo.addEventListener('click', () => {
            undo.disabled = true;
            input.value = '撤销';
            form.requestSubmit();
          });
          li.append(undo);
        }
        else if (chunk.type === 'error') li.append(h('span', { class: 'tool' }, chunk.errorText));
        li.scrollIntoView({ block: 'end' });
      });
    } finally {
      send.disabled = false;
    }
    if (changed) await onDraftChanged();
  });
}
