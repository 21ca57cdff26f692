// 批量审核 page: upload many reports or a zip → a table filled in as each file is checked (NDJSON stream) → open one:
// its text with every finding marked at its quote, the tables as published with red cells → confirm or dismiss
// (by fingerprint, kept across re-runs) → export .xlsx / CSV. Text goes in with textContent only.
import { ApiError, readNdjson } from './api.js';
import { $, flash, h, status } from './dom.js';
import { fragmentFromHtml, loadRules, ruleLabel, severityWord } from './rules.js';

const state = { rows: [], rules: null, sort: { key: 'index', dir: 1 }, open: null };

const COLUMNS = [
  { key: 'index', label: '序号' },
  { key: 'file', label: '文件' },
  { key: 'agency', label: '机关' },
  { key: 'level', label: '层级' },
  { key: 'year', label: '年度' },
  { key: 'format', label: '格式' },
  { key: 'E', label: '错误' },
  { key: 'W', label: '警告' },
  { key: 'top', label: '主要问题', sortable: false },
  { key: 'status', label: '审核状态' },
];
const STATUSES = ['待审核', '部分审核', '已审核', '无问题', '读取失败'];

const standing = (r) => r.findings.filter((f) => f.decision?.decision !== 'dismiss');
const count = (r, s) => standing(r).filter((f) => f.severity === s).length;
function reviewStatus(r) {
  if (r.error) return '读取失败';
  if (!r.findings.length) return '无问题';
  const decided = r.findings.filter((f) => f.decision).length;
  return decided === r.findings.length ? '已审核' : decided ? '部分审核' : '待审核';
}
function topRules(r) {
  const m = new Map();
  for (const f of standing(r)) m.set(f.rule, { n: (m.get(f.rule)?.n ?? 0) + 1, sev: f.severity });
  const rank = { E: 0, W: 1, I: 2 };
  return [...m].sort((a, b) => rank[a[1].sev] - rank[b[1].sev] || b[1].n - a[1].n).slice(0, 3).map(([id]) => id);
}
const value = (r, key) => (key === 'E' || key === 'W' ? count(r, key) : key === 'status' ? reviewStatus(r) : r[key] ?? '');

// ---------- upload & stream ----------
async function upload(e) {
  e.preventDefault();
  const files = [...$('#files').files];
  if (!files.length) return status('请先选择报告文件或 zip 压缩包。');
  const fd = new FormData();
  for (const f of files) fd.append('files', f, f.name);
  const btn = $('#check-btn');
  btn.disabled = true;
  state.rows = [];
  $('#detail').hidden = true;
  $('#results').hidden = false;
  $('#progress').hidden = false;
  const bar = $('#progress-bar');
  const text = $('#progress-text');
  bar.removeAttribute('value');
  text.textContent = '正在上传…';
  status('');
  drawTable();
  try {
    const res = await fetch('/api/review/check', { method: 'POST', body: fd });
    if (!res.ok) {
      const j = await res.json().catch(() => ({}));
      throw new ApiError(j.error ?? `校验失败（${res.status}）`, res.status);
    }
    let total = 0;
    await readNdjson(res, (m) => {
      if (m.type === 'start') {
        total = m.total;
        bar.max = Math.max(1, total * 2);
        bar.value = 0;
        text.textContent = `共 ${total} 份，正在读取…`;
      } else if (m.type === 'read') {
        bar.value = m.done;
        text.textContent = `正在读取 ${m.done}/${m.total}：${m.name}`;
      } else if (m.type === 'row') {
        state.rows.push(m.row);
        bar.value = total + state.rows.length;
        text.textContent = `已校验 ${state.rows.length}/${total}`;
        drawTable();
      } else if (m.type === 'done') {
        bar.value = bar.max;
        text.textContent = `完成：${m.total} 份，用时 ${(m.ms / 1000).toFixed(1)} 秒${m.failed ? `，其中 ${m.failed} 份未能校验（见表中说明）` : ''}。${m.notice ?? ''}`;
      } else if (m.type === 'error') status(m.error);
    });
  } catch (err) {
    status(err instanceof ApiError ? err.message : '无法连接服务器，请重试。');
    text.textContent = '';
  } finally {
    btn.disabled = false;
    fillFilters();
    drawTable();
  }
}


// ---------- table, filters, sort ----------
function fillFilters() {
  const keep = (sel, values) => {
    const cur = sel.value;
    sel.replaceChildren(h('option', { value: '' }, '全部'), ...values.map(([v, label]) => h('option', { value: v }, label)));
    sel.value = values.some(([v]) => v === cur) ? cur : '';
  };
  const levels = [...new Set(state.rows.map((r) => r.level).filter(Boolean))].sort();
  keep($('#f-level'), levels.map((l) => [l, l]));
  keep($('#f-status'), STATUSES.map((s) => [s, s]));
  const rules = [...new Set(state.rows.flatMap((r) => r.findings.map((f) => f.rule)))];
  const order = state.rules.rules.map((r) => r.id);
  rules.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  keep($('#f-rule'), rules.map((id) => [id, `${severityWord(state.rules, ruleDefOf(id)?.severity)}：${ruleLabel(state.rules, id)}`]));
}
const ruleDefOf = (id) => state.rules.rules.find((r) => r.id === id);

function visibleRows() {
  const agency = $('#f-agency').value.trim();
  const level = $('#f-level').value;
  const st = $('#f-status').value;
  const rule = $('#f-rule').value;
  const { key, dir } = state.sort;
  return state.rows
    .filter((r) => (!agency || (r.agency || r.file).includes(agency)) && (!level || r.level === level) && (!st || reviewStatus(r) === st) && (!rule || r.findings.some((f) => f.rule === rule)))
    .sort((a, b) => {
      const x = value(a, key);
      const y = value(b, key);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * dir || a.index - b.index;
    });
}

function drawHead() {
  $('#report-head').replaceChildren(
    ...COLUMNS.map((c) => {
      if (c.sortable === false) return h('th', { scope: 'col' }, c.label);
      const active = state.sort.key === c.key;
      const btn = h('button', { type: 'button', class: 'sort' }, c.label, active ? (state.sort.dir > 0 ? ' ▲' : ' ▼') : '');
      btn.addEventListener('click', () => {
        state.sort = { key: c.key, dir: active ? -state.sort.dir : 1 };
        drawHead();
        drawTable();
      });
      return h('th', { scope: 'col', 'aria-sort': active ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none' }, btn);
    }),
  );
}

function drawTable() {
  const rows = visibleRows();
  const body = $('#report-body');
  body.replaceChildren(
    ...rows.map((r) => {
      const name = r.file.split('/').pop();
      const open = h('button', { type: 'button', class: 'link', title: r.file }, name);
      open.addEventListener('click', () => openRow(r));
      const tr = h('tr', { dataset: { index: String(r.index) }, class: r.error ? 'failed' : '' },
        h('td', {}, String(r.index + 1)),
        h('td', {}, r.error ? name : open),
        h('td', {}, r.agency || (r.error ? '' : '（未识别）')),
        h('td', {}, r.level || '—'),
        h('td', {}, r.year ?? '—'),
        h('td', {}, r.format ? `${r.format}版` : '—'),
      );
      if (r.error) tr.append(h('td', { colspan: 4, class: 'row-error' }, r.error));
      else
        tr.append(
          h('td', { class: count(r, 'E') ? 'sev-E num' : 'num' }, String(count(r, 'E'))),
          h('td', { class: count(r, 'W') ? 'sev-W num' : 'num' }, String(count(r, 'W'))),
          h('td', {}, ...topRules(r).map((id) => h('span', { class: `tag sev-${ruleDefOf(id)?.severity}`, title: id }, ruleLabel(state.rules, id))), r.previous ? h('span', { class: 'tag yoy', title: r.previous.name }, `已对照${r.previous.year}年度`) : null),
          h('td', {}, reviewStatus(r)),
        );
      return tr;
    }),
  );
  const all = state.rows;
  const failed = all.filter((r) => r.error).length;
  $('#summary').textContent = all.length
    ? `（共 ${all.length} 份，显示 ${rows.length} 份；错误 ${all.reduce((s, r) => s + count(r, 'E'), 0)} 项，警告 ${all.reduce((s, r) => s + count(r, 'W'), 0)} 项${failed ? `；${failed} 份未能校验` : ''}）`
    : '';
}

// ---------- one report ----------
function openRow(r) {
  state.open = r;
  $('#detail').hidden = false;
  $('#detail-title').textContent = `${r.agency || r.file.split('/').pop()}${r.year ? ` ${r.year}年度` : ''}`;
  const prev = r.previous ? `；已与${r.previous.year}年度报告（${r.previous.from === 'batch' ? '本批' : '语料库'}：${r.previous.name}）核对` : '；未找到上一年度报告，未做跨年度核对';
  $('#detail-meta').textContent = `文件：${r.file}；层级：${r.level || '未识别'}；表格格式：${r.format ? `${r.format}版` : '未识别'}${prev}${r.notes.length ? `；读取说明：${r.notes.join('；')}` : ''}`;
  drawText(r);
  drawTables(r);
  drawFindings(r);
  $('#detail-title').focus();
  $('#detail').scrollIntoView({ block: 'start' });
}

// Full-width and ASCII punctuation are the same for a quote (the checker normalises them too).
const PAIRS = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？', '.': '。' };
const escapeRe = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function quoteRegex(q) {
  const chars = [...q.replace(/\s+/g, '')].slice(0, 300);
  if (!chars.length) return null;
  const cls = (c) => {
    const other = PAIRS[c] ?? Object.keys(PAIRS).find((k) => PAIRS[k] === c);
    return other ? `[${escapeRe(c)}${escapeRe(other)}]` : escapeRe(c);
  };
  return new RegExp(chars.map(cls).join('\\s*'));
}

function drawText(r) {
  const text = r.text || '';
  const spans = [];
  r.findings.forEach((f, i) => {
    const q = f.evidence?.quote;
    if (!q) return;
    let start = text.indexOf(q);
    let end = start + q.length;
    if (start < 0) {
      const m = quoteRegex(q)?.exec(text);
      if (!m) return;
      start = m.index;
      end = start + m[0].length;
    }
    const same = spans.find((s) => s.start === start && s.end === end);
    if (same) same.ids.push(i);
    else if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, ids: [i] });
  });
  spans.sort((a, b) => a.start - b.start);
  const box = $('#detail-text');
  box.replaceChildren();
  let at = 0;
  for (const s of spans) {
    box.append(text.slice(at, s.start));
    const f = r.findings[s.ids[0]];
    box.append(h('mark', { id: `q-${s.ids[0]}`, class: `sev-${f.severity}`, title: s.ids.map((i) => `${severityWord(state.rules, r.findings[i].severity)}：${r.findings[i].title}`).join('\n'), dataset: { findings: s.ids.join(' ') } }, text.slice(s.start, s.end)));
    at = s.end;
  }
  box.append(text.slice(at));
  if (!text) box.append(h('p', { class: 'hint' }, '（没有正文）'));
  state.marks = new Map(spans.flatMap((s) => s.ids.map((i) => [i, s.ids[0]])));
}

function drawTables(r) {
  const box = $('#detail-tables');
  box.replaceChildren();
  if (!r.tablesHtml) return box.append(h('p', { class: 'hint' }, '（未识别出表格）'));
  box.append(fragmentFromHtml(r.tablesHtml));
  r.findings.forEach((f, i) => {
    const ids = new Set([...(f.where?.cells ?? []), ...(f.evidence?.cells ?? []).map((c) => c.id)].filter((id) => !id.startsWith('previous:')));
    for (const id of ids) {
      const td = box.querySelector(`td[data-cell="${CSS.escape(id)}"]`);
      if (!td) continue;
      td.classList.add('bad');
      td.title = [td.title, `${severityWord(state.rules, f.severity)}：${f.message}`].filter(Boolean).join('\n');
      td.dataset.finding ??= String(i);
    }
  });
}

const DECISION_WORD = { confirm: '已确认', dismiss: '已驳回' };

function drawFindings(r) {
  const list = $('#detail-findings');
  list.replaceChildren();
  if (!r.findings.length) list.append(h('li', {}, r.error ?? '没有发现问题。'));
  r.findings.forEach((f, i) => {
    const go = h('button', { type: 'button', class: `finding sev-${f.severity}`, title: `规则 ${f.rule}` }, h('strong', {}, `[${severityWord(state.rules, f.severity)}] ${f.title}`), h('span', { class: 'msg' }, f.message));
    go.addEventListener('click', () => goTo(r, f, i));
    const li = h('li', { id: `finding-${i}`, class: f.decision ? `decided ${f.decision.decision}` : '' }, go);
    if (f.evidence?.quote) li.append(h('blockquote', {}, f.evidence.quote));
    const reason = h('input', { id: `reason-${i}`, maxlength: 500, placeholder: '理由（驳回时必填）', value: f.decision?.reason ?? '' });
    const confirm = h('button', { type: 'button', class: 'confirm' }, '确认');
    const dismiss = h('button', { type: 'button', class: 'dismiss' }, '驳回');
    const err = h('span', { class: 'field-error', 'aria-live': 'polite' });
    confirm.addEventListener('click', () => decide(r, f, 'confirm', reason.value, err));
    dismiss.addEventListener('click', () => decide(r, f, 'dismiss', reason.value, err));
    const row = h('div', { class: 'decide' }, h('label', { for: `reason-${i}`, class: 'sr' }, '理由'), reason, confirm, dismiss, err);
    if (f.decision) {
      const undo = h('button', { type: 'button', class: 'undo' }, '撤销');
      undo.addEventListener('click', () => decide(r, f, 'undo', '', err));
      row.prepend(h('span', { class: 'decision' }, `${DECISION_WORD[f.decision.decision]}${f.decision.reason ? `（${f.decision.reason}）` : ''}`));
      row.append(undo);
    }
    li.append(row);
    list.append(li);
  });
}

function goTo(r, f, i) {
  const markId = state.marks?.get(i);
  const cell = [...(f.where?.cells ?? []), ...(f.evidence?.cells ?? []).map((c) => c.id)].find((id) => !id.startsWith('previous:'));
  const el = markId !== undefined ? document.getElementById(`q-${markId}`) : cell ? $(`#detail-tables td[data-cell="${CSS.escape(cell)}"]`) : null;
  if (!el) return status('这条问题在原文中没有可定位的引文。');
  el.scrollIntoView({ block: 'center' });
  flash(el);
}

async function decide(r, f, decision, reason, err) {
  err.textContent = '';
  if (decision === 'dismiss' && !reason.trim()) {
    err.textContent = '驳回须写明理由。';
    return;
  }
  try {
    const res = await fetch('/api/review/decisions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fingerprint: f.id, decision, reason: reason.trim() }) });
    const j = await res.json();
    if (!res.ok) throw new ApiError(j.error ?? `保存失败（${res.status}）`, res.status);
    // The same fingerprint may appear in several rows (a report uploaded twice): update them all.
    for (const row of state.rows) for (const x of row.findings) if (x.id === f.id) x.decision = j.decision;
    status(decision === 'undo' ? '已撤销审核决定。' : `已${DECISION_WORD[decision]}（重新校验、重新上传后仍然有效）。`);
    drawFindings(r);
    drawTable();
  } catch (e) {
    err.textContent = e instanceof ApiError ? e.message : '保存失败，请重试。';
  }
}

// ---------- export ----------
async function exportAs(fmt) {
  if (!state.rows.length) return status('还没有校验结果可以导出。');
  const reports = state.rows.map(({ text, tablesHtml, notes, kind, index, ...rest }) => rest);
  status('正在导出…');
  try {
    const res = await fetch(`/api/review/export?format=${fmt}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reports }) });
    if (!res.ok) throw new ApiError((await res.json().catch(() => ({}))).error ?? `导出失败（${res.status}）`, res.status);
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `年报审核-${new Date().toISOString().slice(0, 10)}.${fmt}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status(`已导出 ${fmt === 'xlsx' ? 'Excel' : 'CSV'} 文件。`);
  } catch (e) {
    status(e instanceof ApiError ? e.message : '导出失败，请重试。');
  }
}

// ---------- boot ----------
async function boot() {
  state.rules = await loadRules();
  drawHead();
  $('#upload-form').addEventListener('submit', upload);
  for (const id of ['#f-agency', '#f-level', '#f-status', '#f-rule']) $(id).addEventListener('input', drawTable);
  $('#export-xlsx').addEventListener('click', () => exportAs('xlsx'));
  $('#export-csv').addEventListener('click', () => exportAs('csv'));
}
boot().catch(() => status('页面加载失败，请刷新重试。'));
