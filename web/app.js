// 年报助手 page: start (new draft / recent drafts) → workspace (chat, meta & facts, tables, findings, preview).
import { api, ApiError, readSse } from './api.js';
import { setupChat, showHistory } from './chat.js';
import { $, flash, h, status } from './dom.js';
import { renderTables } from './tables.js';
import { clerkNotice, previewTables, showHealth } from './preview.js';
import { loadRules, ruleLabel, severityWord } from './rules.js';

const state = { id: null, view: null, fmt: null, fmtId: null, tables: null, formats: {}, rules: null, busy: false };



async function formatFor(view) {
  const id = view.draft?.format ?? view.input.format ?? (await api.formatForYear(view.input.meta.year)).format;
  state.formats[id] ??= await api.format(id);
  return state.formats[id];
}

// ---------- start page ----------
async function showStart() {
  $('#start').hidden = false;
  $('#nav-new').setAttribute('aria-current', 'page');
  const fmt = await api.format('2021');
  const sel = $('#nd-level');
  sel.replaceChildren(h('option', { value: '' }, '（请选择）'), ...fmt.levels.map((l) => h('option', { value: l }, l)));
  $('#nd-year').value = String(new Date().getFullYear() - 1);
  const list = $('#draft-list');
  const { drafts } = await api.drafts();
  list.replaceChildren(...drafts.map((d) => h('li', {}, h('a', { href: `/?draft=${encodeURIComponent(d.id)}` }, `${d.agency} ${d.year}年度（第${d.currentVersion}版）`))));
  if (location.hash === '#draft-list') $('#drafts-title').scrollIntoView();
  if (!drafts.length) list.append(h('li', {}, '还没有草稿。'));
  $('#from-report')?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = $('#fr-file').files[0];
    if (!file) return ($('#fr-err').textContent = '请选择上年的年度报告文件');
    $('#fr-err').textContent = '';
    try {
      status('正在读取上年报告…');
      const d = await api.fromReport(file);
      history.replaceState(null, '', `/?draft=${encodeURIComponent(d.id)}`);
      $('#start').hidden = true;
      await openDraft(d.id);
      status((d.carryNotes ?? []).join(' '));
    } catch (err) {
      $('#fr-err').textContent = err.message;
    }
  });
  $('#new-draft').addEventListener('submit', async (e) => {
    e.preventDefault();
    const agency = $('#nd-agency').value.trim();
    const yearText = $('#nd-year').value.trim();
    $('#nd-agency-err').textContent = agency.length < 2 ? '机关全称至少两个字' : '';
    const year = Number(yearText);
    $('#nd-year-err').textContent = /^\d{4}$/.test(yearText) && year >= 2008 && year <= 2100 ? '' : '报告年度应为2008–2100之间的四位年份';
    if ($('#nd-agency-err').textContent || $('#nd-year-err').textContent) return;
    try {
      const meta = { agency, year, ...(sel.value ? { level: sel.value } : {}) };
      const d = await api.create({ meta });
      history.replaceState(null, '', `/?draft=${encodeURIComponent(d.id)}`);
      $('#start').hidden = true;
      await openDraft(d.id);
    } catch (err) {
      status(err.message);
    }
  });
}

// ---------- workspace ----------
async function openDraft(id) {
  state.id = id;
  state.rules = await loadRules();
  $('#workspace').hidden = false;
  showHealth();
  setupChat(() => state.id, refresh);
  $('#generate').addEventListener('click', () => generate());
  $('#history-panel')?.addEventListener('toggle', (e) => e.target.open && loadAllVersions());
  for (const f of ['docx', 'html', 'md']) $(`#export-${f}`).href = api.exportUrl(id, f);
  const [view, chat] = await Promise.all([api.draft(id), api.chatHistory(id)]);
  showHistory(chat.messages);
  await show(view);
}

async function refresh() {
  await show(await api.draft(state.id));
}

async function show(view) {
  state.view = view;
  const fmt = await formatFor(view);
  if (fmt.id !== state.fmtId) {
    state.fmt = fmt;
    state.fmtId = fmt.id;
    $('#format-name').textContent = `（${fmt.name}，${fmt.issuedWith}）`;
    state.tables = renderTables(fmt, $('#tables-body'), { onCommit: saveCell, ruleTitle: (id) => ruleLabel(state.rules, id) });
    addFillZeroButtons(fmt);
    renderMetaForm(fmt);
  }
  state.tables.setValues(currentNumbers(view.input));
  markCarried(view.input.carried ?? {});
  state.tables.setFindings(view.findings ?? []);
  fillMetaForm(view.input);
  renderFindings(view.findings ?? []);
  renderPreview(view);
}

function currentNumbers(input) {
  const out = {};
  for (const [id, c] of Object.entries(input.tables ?? {})) out[id] = c.value;
  return { ...out, ...input.numbers };
}

let saving = Promise.resolve();
function queue(fn) {
  saving = saving.then(fn).catch((e) => status(e instanceof ApiError ? e.message : '保存失败，请重试。'));
  return saving;
}

/** The values a patch would change, read from an input (to tell whether another tab changed the same ones). */
function touched(input, patch) {
  const out = [];
  for (const [id] of Object.entries(patch.numbers ?? {})) out.push(['numbers', id, input.numbers?.[id] ?? null]);
  for (const f of patch.facts ?? []) out.push(['fact', f.key, JSON.stringify((input.facts ?? []).find((x) => x.key === f.key)?.value ?? null)]);
  for (const k of Object.keys(patch.meta ?? {})) out.push(['meta', k, JSON.stringify(input.meta?.[k] ?? null)]);
  if ('fee' in patch) out.push(['fee', '', JSON.stringify(input.fee ?? null)]);
  return out;
}

/**
 * Save a patch based on the version this page shows. When another tab saved meanwhile (409), the page reloads that
 * version; if the other tab changed none of the same fields the patch is applied again on top, otherwise the
 * clerk is told which value was kept — nothing is overwritten silently.
 */
async function savePatch(patch) {
  const base = state.view;
  try {
    return await api.patch(state.id, { ...patch, baseVersion: base.version });
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 409) throw e;
    const latest = await api.draft(state.id);
    const mine = touched(base.input, patch);
    const theirs = touched(latest.input, patch);
    const clash = mine.some((m, i) => m[2] !== theirs[i][2]);
    if (!clash) return api.patch(state.id, { ...patch, baseVersion: latest.version });
    await show(latest);
    throw new ApiError(`这一项已在其他页面被修改（现为第${latest.version}版），已显示最新内容；您刚填的值没有保存，请核对后重新填写。`, 409);
  }
}

function saveCell(id, value) {
  return queue(async () => {
    status('正在保存…');
    let view;
    try {
      view = await savePatch({ numbers: { [id]: value } });
    } catch (e) {
      // A conflict: the cell shows the value the other tab saved, not what was typed here.
      state.tables.settled(id);
      if (e instanceof ApiError && e.status === 409) await show(state.view);
      throw e;
    }
    state.tables.settled(id);
    await show(view);
    status(`已保存（第${view.version}版）`);
  });
}

/** Cells prefilled from last year's report: marked, with where the number came from. */
function markCarried(carried) {
  for (const el of document.querySelectorAll('.carried')) el.classList.remove('carried');
  for (const [id, why] of Object.entries(carried)) {
    const el = document.getElementById(`cell-${id}`);
    if (!el) continue;
    el.classList.add('carried');
    el.title = why;
  }
}

/** 「其余未填的格子填 0」 per table: the clerk confirms, knowing how many cells it fills. */
function addFillZeroButtons(fmt) {
  for (const t of fmt.tables) {
    const table = document.getElementById(`table-${t.key}`);
    if (!table) continue;
    const btn = h('button', { type: 'button', class: 'fill-zero', id: `fill-zero-${t.key}` }, '其余未填的格子填 0');
    btn.addEventListener('click', () => {
      const numbers = currentNumbers(state.view.input);
      const blanks = fmt.cells.filter((c) => c.table === t.key && !c.computed && (numbers[c.id] === undefined || numbers[c.id] === null));
      if (!blanks.length) return status('这张表没有未填的格子。');
      if (!confirm(`把这张表其余 ${blanks.length} 个未填的格子都填为 0？已填的数字不会改动。`)) return;
      queue(async () => {
        const r = await api.fillZeros(state.id, t.key, state.view.version);
        await show(r);
        status(`已把 ${r.filled} 个未填的格子填为 0（第${r.version}版）`);
      });
    });
    table.before(btn);
  }
}

/** The whole draft's history: restoring everything asks first, and is itself a version (so it can be undone). */
async function loadAllVersions() {
  const ol = $('#all-versions');
  const { versions } = await api.versions(state.id);
  ol.replaceChildren(
    ...versions.reverse().map((v) => {
      const btn = h('button', { type: 'button' }, '整稿恢复到此版');
      btn.addEventListener('click', async () => {
        if (!confirm(`把整份草稿（表格、填写内容和正文）恢复到第${v.version}版？恢复后仍可在此处恢复回来。`)) return;
        try {
          const view = await api.restore(state.id, v.version, { baseVersion: state.view.version });
          await show(view);
          status(`已整稿恢复到第${v.version}版（保存为第${view.version}版，可撤销）`);
          await loadAllVersions();
        } catch (e) {
          status(e.message);
        }
      });
      return h('li', {}, `第${v.version}版 · ${v.note ?? v.kind} · ${v.createdAt.replace('T', ' ').slice(0, 19)} `, btn);
    }),
  );
}

// ---------- meta & facts ----------
function field(id, label, control, hint) {
  return h('div', { class: 'row' }, h('label', { for: id }, label), control, hint ? h('span', { class: 'hint' }, hint) : null, h('span', { class: 'field-error', id: `${id}-err`, 'aria-live': 'polite' }));
}

function renderMetaForm(fmt) {
  const form = $('#meta-form');
  form.replaceChildren();
  const meta = h('fieldset', {}, h('legend', {}, '基本信息'),
    field('m-agency', '机关全称', h('input', { id: 'm-agency', maxlength: 100, dataset: { meta: 'agency' } })),
    field('m-level', '机关层级', h('select', { id: 'm-level', dataset: { meta: 'level' } }, h('option', { value: '' }, '（未选）'), ...fmt.levels.map((l) => h('option', { value: l }, l)))),
    field('m-year', '报告年度', h('input', { id: 'm-year', inputmode: 'numeric', maxlength: 4, dataset: { meta: 'year' } })),
    field('m-date', '落款日期', h('input', { id: 'm-date', type: 'date', dataset: { meta: 'date' } })),
    field('m-phone', '联系电话', h('input', { id: 'm-phone', maxlength: 100, dataset: { contact: 'phone' } })),
    field('m-office', '联系科室', h('input', { id: 'm-office', maxlength: 100, dataset: { contact: 'office' } })),
    field('m-website', '电子版发布位置', h('input', { id: 'm-website', maxlength: 300, dataset: { contact: 'website' } })),
  );
  const facts = h('fieldset', {}, h('legend', {}, '总体情况的事实'),
    ...fmt.facts.map((f) =>
      f.type === 'number'
        ? field(`f-${f.key}`, f.label, h('input', { id: `f-${f.key}`, inputmode: 'numeric', maxlength: 9, dataset: { fact: f.key } }), f.unit)
        : field(`f-${f.key}`, f.label, h('textarea', { id: `f-${f.key}`, rows: 2, cols: 40, dataset: { fact: f.key } }), '每行一条'),
    ),
  );
  const fee = h('fieldset', {}, h('legend', {}, '信息处理费'),
    field('fee-charged', '本年是否收取', h('select', { id: 'fee-charged' }, h('option', { value: '' }, '（未填）'), h('option', { value: 'no' }, '未收取'), h('option', { value: 'yes' }, '收取'))),
    field('fee-amount', '收取金额', h('input', { id: 'fee-amount', inputmode: 'decimal', maxlength: 12 }), '元'),
    field('fee-notices', '发出收费通知书', h('input', { id: 'fee-notices', inputmode: 'numeric', maxlength: 6 }), '件'),
  );
  form.append(meta, facts, fee);
  form.addEventListener('change', (e) => onMetaChange(e.target));
}

function fillMetaForm(input) {
  const set = (id, v) => {
    const el = document.getElementById(id);
    if (el && document.activeElement !== el && el.getAttribute('aria-invalid') !== 'true') el.value = v ?? '';
  };
  const m = input.meta;
  set('m-agency', m.agency);
  set('m-level', m.level);
  set('m-year', String(m.year));
  set('m-date', m.date);
  set('m-phone', m.contact?.phone);
  set('m-office', m.contact?.office);
  set('m-website', m.contact?.website);
  for (const f of state.fmt.facts) {
    const fact = input.facts.find((x) => x.key === f.key);
    set(`f-${f.key}`, fact ? (Array.isArray(fact.value) ? fact.value.join('\n') : String(fact.value)) : '');
  }
  set('fee-charged', input.fee ? (input.fee.charged ? 'yes' : 'no') : '');
  set('fee-amount', input.fee?.amountYuan === undefined ? '' : String(input.fee.amountYuan));
  set('fee-notices', input.fee?.notices === undefined ? '' : String(input.fee.notices));
}

function fieldError(el, message) {
  const err = document.getElementById(`${el.id}-err`);
  if (err) err.textContent = message;
  if (message) el.setAttribute('aria-invalid', 'true');
  else el.removeAttribute('aria-invalid');
  return !message;
}

const intOk = (t) => /^\d+$/.test(t.trim());

function onMetaChange(el) {
  const input = state.view.input;
  let patch;
  if (el.dataset.meta) {
    const k = el.dataset.meta;
    let v = el.value.trim();
    if (k === 'agency' && !fieldError(el, v.length < 2 ? '机关全称至少两个字' : '')) return;
    if (k === 'year') {
      if (!fieldError(el, /^\d{4}$/.test(v) && +v >= 2008 && +v <= 2100 ? '' : '报告年度应为2008–2100之间的四位年份')) return;
      v = Number(v);
    }
    if (k === 'date' && !fieldError(el, v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式应为 YYYY-MM-DD')) return;
    fieldError(el, '');
    patch = { meta: { [k]: v === '' ? undefined : v } };
  } else if (el.dataset.contact) {
    fieldError(el, '');
    patch = { meta: { contact: { ...input.meta.contact, [el.dataset.contact]: el.value.trim() || undefined } } };
  } else if (el.dataset.fact) {
    const def = state.fmt.facts.find((f) => f.key === el.dataset.fact);
    const facts = input.facts.filter((f) => f.key !== def.key);
    const t = el.value.trim();
    if (def.type === 'number') {
      if (t && !fieldError(el, intOk(t) ? '' : /^-/.test(t) ? '不能为负数' : '请填写非负整数（不能有字母或小数）')) return;
      fieldError(el, '');
      if (t) facts.push({ key: def.key, label: def.label, value: Number(t), ...(def.unit ? { unit: def.unit } : {}) });
    } else {
      const items = t.split('\n').map((s) => s.trim()).filter(Boolean);
      if (items.length) facts.push({ key: def.key, label: def.label, value: items });
    }
    patch = { facts };
  } else if (el.id.startsWith('fee-')) {
    const charged = $('#fee-charged').value;
    const amount = $('#fee-amount').value.trim();
    const notices = $('#fee-notices').value.trim();
    if (amount && !fieldError($('#fee-amount'), /^\d+(\.\d{1,2})?$/.test(amount) ? '' : /^-/.test(amount) ? '金额不能为负数' : '金额应为数字，最多保留两位小数（到分）')) return;
    if (notices && !fieldError($('#fee-notices'), intOk(notices) ? '' : '件数应为非负整数')) return;
    fieldError($('#fee-amount'), '');
    fieldError($('#fee-notices'), '');
    patch = { fee: charged === '' ? null : { charged: charged === 'yes', ...(amount ? { amountYuan: Number(amount) } : {}), ...(notices ? { notices: Number(notices) } : {}) } };
  }
  if (!patch) return;
  queue(async () => {
    status('正在保存…');
    try {
      const view = await savePatch(patch);
      await show(view);
      status(`已保存（第${view.version}版）`);
    } catch (e) {
      fieldError(el, e.message);
      throw e;
    }
  });
}

// ---------- findings ----------
function renderFindings(findings) {
  const list = $('#findings-list');
  list.replaceChildren();
  if (!findings.length) list.append(h('li', {}, '没有发现问题。'));
  for (const f of findings) {
    const btn = h('button', { type: 'button', class: `sev-${f.severity}`, title: `规则 ${f.rule}`, dataset: { rule: f.rule } },
      h('strong', {}, `[${severityWord(state.rules, f.severity)}] ${ruleLabel(state.rules, f.rule)}`), '：', f.message);
    btn.addEventListener('click', () => goTo(f));
    list.append(h('li', {}, btn));
  }
}

function goTo(f) {
  const cellId = f.where?.cells?.[0];
  const el = cellId ? document.getElementById(`cell-${cellId}`) : f.where?.section ? document.getElementById(`sec-${f.where.section}`) : null;
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  flash(el.closest('td') ?? el);
}

// ---------- preview ----------
function renderPreview(view) {
  const notices = $('#notices');
  notices.replaceChildren(...[...new Set((view.notices ?? []).map(clerkNotice))].filter(Boolean).map((n) => h('li', {}, n)));
  const box = $('#sections');
  box.replaceChildren();
  const report = view.draft;
  $('#generate').disabled = state.busy;
  if (!report) {
    box.append(h('p', {}, '还没有正文。点「生成正文」。'));
    return;
  }
  box.append(h('h3', {}, report.title ?? ''));
  if (report.preface) box.append(h('p', { class: 'text' }, report.preface));
  for (const s of report.sections) {
    const block = h('article', { class: 'section-block', id: `sec-${s.no}`, tabindex: '-1' }, h('h3', {}, s.heading), h('div', { class: 'text', id: `sec-text-${s.no}` }, s.text));
    if (s.no === 1 || s.no === 5) {
      const instr = h('input', { id: `instr-${s.no}`, maxlength: 200, placeholder: '如：更简洁、突出平台建设' });
      const btn = h('button', { type: 'button', id: `regen-${s.no}`, class: 'regen-btn', disabled: state.busy }, '重新生成');
      btn.addEventListener('click', () => regenerate(s.no, instr.value.trim()));
      const versions = h('details', { class: 'versions' }, h('summary', {}, '版本历史'), h('ol', { id: `versions-${s.no}` }));
      versions.addEventListener('toggle', () => versions.open && loadVersions(s.no));
      block.append(h('div', { class: 'regen' }, h('label', { for: `instr-${s.no}` }, '修改要求（可选）'), instr, btn), versions);
    }
    box.append(block);
  }
  previewTables(box, state.id, report);
}


async function loadVersions(no) {
  const ol = document.getElementById(`versions-${no}`);
  const { versions } = await api.versions(state.id);
  const rel = versions.filter((v) => v.section === no || v.kind === 'generate' || v.kind === 'restore');
  ol.replaceChildren(
    ...rel.reverse().map((v) => {
      const btn = h('button', { type: 'button' }, '恢复这部分');
      btn.addEventListener('click', async () => {
        try {
          const view = await api.restore(state.id, v.version, { section: no, baseVersion: state.view.version });
          await show(view);
          status(`本部分已恢复到第${v.version}版（保存为第${view.version}版；其余部分和表格未动）`);
        } catch (e) {
          status(e.message);
          if (e.status === 409) await refresh();
        }
      });
      return h('li', {}, `第${v.version}版 · ${v.note ?? v.kind} · ${v.createdAt.replace('T', ' ').slice(0, 19)} `, btn);
    }),
  );
}

function setBusy(busy) {
  state.busy = busy;
  $('#generate').disabled = busy;
  for (const b of document.querySelectorAll('.regen-btn')) b.disabled = busy;
}

async function streamRun(url, body, label) {
  if (state.busy) return;
  setBusy(true);
  try {
    await streamBody(url, body, label);
  } catch {
    status(`${label}中断，请重试。`);
  } finally {
    setBusy(false);
  }
}

async function streamBody(url, body, label) {
  status(`${label}中…`);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  if (!res.ok) {
    const j = await res.json().catch(() => ({}));
    status(j.error ?? `${label}失败`);
    return;
  }
  const started = new Set();
  await readSse(res, async (event, data) => {
    let d;
    try {
      d = JSON.parse(data);
    } catch {
      return;
    }
    if (event === 'delta') {
      const el = document.getElementById(`sec-text-${d.section}`);
      if (!el) return;
      if (!started.has(d.section)) {
        el.textContent = '';
        started.add(d.section);
      }
      el.append(document.createTextNode(d.text));
    } else if (event === 'done') {
      await show(d);
      status(`${label}完成（第${d.version}版）`);
    } else if (event === 'error') status(d.error);
  });
}

function generate() {
  return streamRun(`/api/drafts/${encodeURIComponent(state.id)}/generate?stream=1`, {}, '生成正文');
}

function regenerate(no, instruction) {
  return streamRun(`/api/drafts/${encodeURIComponent(state.id)}/sections/${no}/regenerate?stream=1`, instruction ? { instruction } : {}, '重新生成');
}


// Unsent chat text is not lost by a click away: the browser asks first.
window.addEventListener('beforeunload', (e) => {
  const text = document.getElementById('chat-input')?.value ?? '';
  if (!text.trim()) return;
  e.preventDefault();
  e.returnValue = '';
});

// ---------- boot ----------
const draftId = new URLSearchParams(location.search).get('draft');
(draftId ? openDraft(draftId) : showStart()).catch((e) => status(e instanceof ApiError ? e.message : '页面加载失败，请刷新重试。'));
