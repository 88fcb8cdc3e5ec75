// Renders the comparison report inside the webview. Every piece of report text is untrusted
// (it comes from scraped dumps) and is written with textContent only; no innerHTML anywhere.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  /** @param {string} tag @param {string} [text] @param {string} [cls] */
  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  /** @param {number} value @param {string|null|undefined} qualifier */
  function formatValue(value, qualifier) {
    const prefix = { 'more-than': '>', 'at-least': '≥', 'up-to': '≤', 'less-than': '<', about: '~' };
    const base = Number.isFinite(value) ? value.toLocaleString('fr-FR') : String(value);
    return (qualifier && prefix[qualifier] ? prefix[qualifier] : '') + base;
  }

  function memberRow(group, m) {
    const row = el('tr');
    const fileCell = el('td');
    const link = el('button', m.path, 'link');
    link.title = 'Open ' + m.path + ' at this claim';
    link.addEventListener('click', () => vscode.postMessage({ type: 'open', path: m.path, start: m.start, end: m.end }));
    fileCell.appendChild(link);
    row.appendChild(fileCell);
    if (group.kind === 'number') row.appendChild(el('td', m.value === undefined ? '' : formatValue(m.value, m.qualifier)));
    row.appendChild(el('td', m.speaker || '—'));
    row.appendChild(el('td', m.text.length > 400 ? m.text.slice(0, 399) + '…' : m.text, 'claim-text'));
    return row;
  }

  function groupSection(group) {
    const section = el('section', undefined, 'group ' + group.status);
    const head = el('h3');
    head.appendChild(el('span', group.status === 'agree' ? '✓ agree' : '⚠ conflict', 'badge ' + group.status));
    head.appendChild(el('span', ' ' + group.label));
    section.appendChild(head);
    const table = el('table');
    const header = el('tr');
    const cols = group.kind === 'number' ? ['File', 'Value', 'Speaker / source', 'Text'] : ['File', 'Speaker', 'Text'];
    for (const c of cols) header.appendChild(el('th', c));
    table.appendChild(header);
    for (const m of group.members) table.appendChild(memberRow(group, m));
    section.appendChild(table);
    return section;
  }

  function render(msg) {
    const { report, summary } = msg;
    root.replaceChildren();
    const top = el('header');
    top.appendChild(el('h1', 'Claims compared across the workspace'));
    const conflicts = report.groups.filter((g) => g.status === 'conflict').length;
    top.appendChild(el('p', summary.files + ' dump(s) indexed · ' + report.groups.length + ' group(s) · ' + conflicts + ' conflict(s) · ' + report.duplicates.length + ' duplicate pair(s)'));
    if (summary.partial) top.appendChild(el('p', 'Partial: the comparison was cancelled after ' + summary.visited + ' of ' + summary.total + ' files.', 'warning'));
    const exportButton = el('button', 'Export Comparison…');
    exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
    top.appendChild(exportButton);
    root.appendChild(top);
    for (const kind of ['number', 'quote']) {
      const groups = report.groups.filter((g) => g.kind === kind);
      root.appendChild(el('h2', (kind === 'number' ? 'Quantities' : 'Quotes') + ' (' + groups.length + ')'));
      if (groups.length === 0) root.appendChild(el('p', 'None shared by two files.', 'muted'));
      for (const g of groups) root.appendChild(groupSection(g));
    }
    if (report.duplicates.length > 0) {
      root.appendChild(el('h2', 'Same article or shared passages'));
      const list = el('ul');
      for (const d of report.duplicates) {
        const origin = d.origin ? ' (probable origin: ' + d.origin + ')' : '';
        list.appendChild(el('li', d.paths[0] + ' ↔ ' + d.paths[1] + ' — similarity ' + d.similarity + origin));
      }
      root.appendChild(list);
    }
    if (report.errors.length > 0) {
      root.appendChild(el('h2', 'Files not indexed'));
      const list = el('ul');
      for (const e of report.errors) list.appendChild(el('li', e.path + ': ' + e.message));
      root.appendChild(list);
    }
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (msg && msg.type === 'report' && msg.report && Array.isArray(msg.report.groups)) render(msg);
  });
  vscode.postMessage({ type: 'ready' });
})();
