// The clerk's preview chrome: the tables as they will be published (the server's HTML rendering of the draft),
// notices in plain words (never a configuration variable name), and the offline-drafter notice.
import { api } from './api.js';
import { $, h } from './dom.js';
import { fragmentFromHtml } from './rules.js';

/** Notices for clerks: never a configuration variable name (NIANBAO_LLM_…), which only an administrator can act on. */
export function clerkNotice(text) {
  return String(text)
    .replace(/[（(][^（）()]*\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b[^（）()]*[）)]/g, '')
    .replace(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g, '')
    .replace(/未配置大模型/g, '未接入大模型')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// The tables exactly as they will be published: the server's HTML rendering of the current draft.
let seq = 0;
export async function previewTables(box, draftId, report) {
  const mine = ++seq;
  let html;
  try {
    const res = await fetch(api.exportUrl(draftId, 'html'));
    if (!res.ok) return;
    html = await res.text();
  } catch {
    return;
  }
  if (mine !== seq) return;
  const doc = fragmentFromHtml(html);
  const holder = document.createElement('div');
  holder.append(doc);
  const sections = [...holder.querySelectorAll('article section')];
  sections.forEach((sec, i) => {
    const wraps = [...sec.querySelectorAll('.table-wrap')];
    const block = report?.sections[i] && document.getElementById(`sec-${report.sections[i].no}`);
    if (!wraps.length || !block) return;
    block.querySelector('.preview-tables')?.remove();
    block.append(h('div', { class: 'preview-tables published' }, ...wraps));
  });
}

export async function showHealth() {
  try {
    const health = await (await fetch('/api/health')).json();
    if (!health.model && !$('#health-notice')) {
      $('#preview .toolbar').after(h('p', { id: 'health-notice', class: 'hint' }, '未接入大模型：正文由离线起草器按模板生成，表格与固定段落不受影响。如需接入，请联系系统管理员。'));
    }
  } catch {
    /* the notice is optional */
  }
}
