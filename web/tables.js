// The three tables as a form laid out like the official ones, drawn from the format declaration the server sends
// (GET /api/format/:id). Totals are computed here with the declaration's own terms; the 表三 balance is checked live.
import { h } from './dom.js';

const TABLE_NO = { t2: '表二', t3: '表三', t4: '表四' };

/** Check what a clerk typed into a cell. Returns { value } (null = blank) or { error } in Chinese. */
export function checkValue(kind, text) {
  const t = String(text)
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/－/g, '-');
  if (t === '') return { value: null };
  if (!/^-?\d+(\.\d+)?$/.test(t)) return { error: '只能填写数字（不能有字母、空格或符号）' };
  const v = Number(t);
  if (Math.abs(v) > 1e9) return { error: '数字过大，请核对' };
  if (kind === 'delta') {
    if (!Number.isInteger(v)) return { error: '应为整数（减少填负数）' };
    return { value: v };
  }
  if (v < 0) return { error: kind === 'amount' ? '金额不能为负数' : '件数不能为负数' };
  if (kind === 'amount') {
    const dec = t.split('.')[1] ?? '';
    if (dec.length > 4) return { error: '金额以万元为单位，最多保留四位小数（到元）' };
    return { value: v };
  }
  if (!Number.isInteger(v)) return { error: '件数应为整数' };
  return { value: v };
}

const addExact = (vals) => vals.reduce((s, v) => s + Math.round(v * 10000), 0) / 10000;

/** Compute every total from the leaves; a total with a blank term is blank (never invented). */
export function computeTotals(fmt, values) {
  const out = { ...values };
  const computed = fmt.cells.filter((c) => c.computed);
  // Two passes: row totals first feed column totals (（七）总计·总计).
  for (let pass = 0; pass < 2; pass++) {
    for (const c of computed) {
      const vals = c.terms.map((id) => out[id]);
      out[c.id] = vals.some((v) => v === null || v === undefined) ? null : addExact(vals);
    }
  }
  return out;
}

/** 表三 balance per column with the declaration's rule: returns [{cells, message}]. */
export function balanceProblems(fmt, values, colLabel) {
  const out = [];
  for (const b of fmt.balance.columns) {
    const l = b.lhs.map((id) => values[id]);
    const r = b.rhs.map((id) => values[id]);
    if ([...l, ...r].some((v) => v === null || v === undefined)) continue;
    const ls = addExact(l);
    const rs = addExact(r);
    if (ls !== rs)
      out.push({
        rule: fmt.balance.rule,
        cells: [...b.lhs, ...b.rhs],
        message: `${fmt.balance.title}：「${colLabel(b.col)}」列 ${fmt.balance.lhsText}=${ls}，${fmt.balance.rhsText}=${rs}`,
      });
  }
  return out;
}

export function renderTables(fmt, container, { onCommit, ruleTitle = (id) => (id === fmt.balance.rule ? fmt.balance.title : id) }) {
  container.replaceChildren();
  const byId = new Map(fmt.cells.map((c) => [c.id, c]));
  const values = {};
  // Cells typed into whose save has not come back yet: a reply to an earlier save must not undo them.
  const pending = new Set();
  const tds = new Map();
  const errorLists = {};

  const cell = (id) => {
    const c = byId.get(id);
    if (!c) return h('td', {}, '');
    let td;
    if (c.computed) {
      td = h('td', { class: 'total' }, h('output', { id: `cell-${id}`, 'aria-label': `${c.place}（自动合计）`, tabindex: '-1' }, ''));
    } else {
      const msgId = `msg-${id}`;
      const input = h('input', {
        id: `cell-${id}`,
        'aria-label': c.place,
        'aria-describedby': msgId,
        inputmode: c.kind === 'count' ? 'numeric' : 'decimal',
        autocomplete: 'off',
        dataset: { cell: id },
      });
      const msg = h('span', { class: 'cell-msg', id: msgId, 'aria-live': 'polite' });
      input.addEventListener('input', () => {
        pending.add(id);
        live(id, input, msg);
      });
      input.addEventListener('change', () => {
        const r = live(id, input, msg);
        if (!r.error) onCommit(id, r.value);
        else pending.delete(id);
      });
      td = h('td', { class: c.kind === 'amount' ? 'amount' : '' }, input, msg);
    }
    tds.set(id, td);
    return td;
  };

  function live(id, input, msg) {
    const c = byId.get(id);
    const r = checkValue(c.kind, input.value);
    if (r.error) {
      input.setAttribute('aria-invalid', 'true');
      msg.textContent = r.error;
    } else {
      input.removeAttribute('aria-invalid');
      msg.textContent = '';
      values[id] = r.value;
      recompute();
    }
    return r;
  }

  for (const t of fmt.tables) {
    const caption = h('caption', {}, `${TABLE_NO[t.key]} ${t.title}`);
    const table = h('table', { class: 'official', id: `table-${t.key}` }, caption);
    if (t.key === 't2') drawT2(t, table, cell);
    else if (t.key === 't3') drawT3(t, table, cell, fmt.applicantHeader);
    else drawT4(t, table, cell);
    errorLists[t.key] = h('ul', { class: 'table-errors', id: `errors-${t.key}`, 'aria-live': 'polite' });
    container.append(table, errorLists[t.key]);
  }

  let serverFindings = [];
  function recompute() {
    const all = computeTotals(fmt, values);
    for (const c of fmt.cells) {
      if (!c.computed) continue;
      const out = document.getElementById(`cell-${c.id}`);
      if (out) out.textContent = all[c.id] === null || all[c.id] === undefined ? '' : String(all[c.id]);
    }
    const colLabel = (key) => fmt.tables.find((t) => t.key === 't3').blocks[0].columns.find((c) => c.key === key)?.label ?? key;
    const local = balanceProblems(fmt, all, colLabel);
    // Server findings on cells, except a balance the page has already recomputed.
    const server = serverFindings.filter((f) => f.where?.cells?.length && !(f.rule === fmt.balance.rule));
    mark([...local, ...server]);
    return all;
  }

  function mark(problems) {
    for (const [id, td] of tds) {
      td.classList.remove('bad');
      td.removeAttribute('title');
      const el = td.querySelector('input,output');
      if (el?.tagName === 'INPUT') el.setAttribute('aria-describedby', `msg-${id}`);
      else el?.removeAttribute('aria-describedby');
    }
    for (const ul of Object.values(errorLists)) ul.replaceChildren();
    problems.forEach((p, i) => {
      const cells = p.cells ?? p.where?.cells ?? [];
      const table = cells[0]?.slice(0, 2);
      const id = `problem-${i}`;
      for (const c of cells) {
        const td = tds.get(c);
        if (!td) continue;
        td.classList.add('bad');
        td.title = p.message;
        const el = td.querySelector('input,output');
        const described = new Set((el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
        described.add(id);
        el.setAttribute('aria-describedby', [...described].join(' '));
      }
      if (errorLists[table]) errorLists[table].append(h('li', { id, title: `规则 ${p.rule}`, dataset: { rule: p.rule } }, `${ruleTitle(p.rule)}：${p.message}`));
    });
  }

  return {
    setValues(numbers) {
      for (const c of fmt.cells) {
        if (c.computed || pending.has(c.id)) continue;
        const v = numbers[c.id];
        values[c.id] = v === undefined ? null : v;
        const input = document.getElementById(`cell-${c.id}`);
        // Keep what the clerk is typing (and any invalid text) untouched.
        if (input && document.activeElement !== input && input.getAttribute('aria-invalid') !== 'true') input.value = v === null || v === undefined ? '' : String(v);
      }
      recompute();
    },
    /** The save of this cell came back (or failed): server values may show in it again. */
    settled(id) {
      pending.delete(id);
    },
    setFindings(findings) {
      serverFindings = findings;
      recompute();
    },
    values: () => ({ ...values }),
  };
}

function header(cells) {
  return h('tr', {}, cells);
}

function rowLabelCell(r, extraClass = '') {
  const depth = r.parents?.length ?? 0;
  return h('th', { scope: 'row', class: `rowlabel indent${Math.min(depth, 2)} ${extraClass}` }, r.label);
}

function drawT2(t, table, cell) {
  const width = Math.max(...t.blocks.map((b) => b.columns.length));
  for (const b of t.blocks) {
    const body = h('tbody', {});
    body.append(header([h('th', { colspan: width + 1, scope: 'colgroup' }, b.caption ?? '')]));
    body.append(
      header([
        h('th', { scope: 'col' }, b.corner ?? ''),
        ...b.columns.map((c, i) => h('th', { scope: 'col', colspan: i === b.columns.length - 1 ? width - b.columns.length + 1 : 1 }, c.label)),
      ]),
    );
    for (const r of b.rows) {
      const tr = h('tr', {}, rowLabelCell(r));
      b.columns.forEach((c, i) => {
        const td = cell(`t2.${r.key}.${c.key}`);
        if (i === b.columns.length - 1 && width > b.columns.length) td.colSpan = width - b.columns.length + 1;
        tr.append(td);
      });
      body.append(tr);
    }
    table.append(body);
  }
}

function drawT3(t, table, cell, applicantHeader) {
  const b = t.blocks[0];
  const thead = h('thead', {});
  thead.append(header([h('th', { rowspan: 3, class: 'corner', scope: 'col' }, b.corner ?? ''), h('th', { colspan: b.columns.length, scope: 'colgroup' }, applicantHeader)]));
  const second = [];
  const third = [];
  for (let i = 0; i < b.columns.length; i++) {
    const c = b.columns[i];
    if (!c.group) {
      second.push(h('th', { rowspan: 2, scope: 'col' }, c.label));
      continue;
    }
    const run = b.columns.slice(i).filter((x, k, arr) => arr.slice(0, k + 1).every((y) => y.group === c.group));
    second.push(h('th', { colspan: run.length, scope: 'colgroup' }, c.group));
    for (const x of run) third.push(h('th', { scope: 'col' }, x.label));
    i += run.length - 1;
  }
  thead.append(header(second), header(third));
  table.append(thead);
  const body = h('tbody', {});
  for (const r of b.rows) {
    if (r.group) {
      body.append(h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: b.columns.length + 1, class: `rowlabel indent${Math.min(r.parents?.length ?? 0, 2)}` }, r.label)));
      continue;
    }
    body.append(h('tr', {}, rowLabelCell(r), ...b.columns.map((c) => cell(`t3.${r.key}.${c.key}`))));
  }
  table.append(body);
}

/** 表四 as officially laid out: the three groups side by side, five columns each. */
function drawT4(t, table, cell) {
  const b = t.blocks[0];
  const n = b.columns.length;
  const first = [];
  const second = [];
  for (let i = 0; i < b.rows.length; i++) {
    const r = b.rows[i];
    const group = r.parents?.[0];
    if (!group) {
      first.push(h('th', { colspan: n, rowspan: 2, scope: 'colgroup' }, r.label));
      continue;
    }
    const run = b.rows.slice(i).filter((x, k, arr) => arr.slice(0, k + 1).every((y) => y.parents?.[0] === group));
    first.push(h('th', { colspan: n * run.length, scope: 'colgroup' }, group));
    for (const x of run) second.push(h('th', { colspan: n, scope: 'colgroup' }, x.label));
    i += run.length - 1;
  }
  const thead = h('thead', {}, header(first), header(second), header(b.rows.flatMap(() => b.columns.map((c) => h('th', { scope: 'col' }, c.label)))));
  table.append(thead, h('tbody', {}, h('tr', {}, b.rows.flatMap((r) => b.columns.map((c) => cell(`t4.${r.key}.${c.key}`))))));
}
