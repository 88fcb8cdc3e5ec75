import * as assert from 'node:assert/strict';
import { csvField, reportToCsv, reportToJson, reportToMarkdown, escapeMarkdown } from '../../src/core/report/index';
import type { CompareReport } from '../../src/core/types';

const hostile = '[click](command:workbench.action.terminal.new) <script>alert(1)</script> **bold** | pipe';

const report: CompareReport = {
  version: 1,
  groups: [
    {
      id: 'q-1', kind: 'quote', status: 'conflict', label: `“${hostile}” — A (a.txt), B (b.txt)`,
      members: [
        { path: 'a.txt', start: 0, end: 10, text: '=HYPERLINK("http://evil","x")', speaker: '+Mark, "Rutte"' },
        { path: 'b.txt', start: 5, end: 9, text: `line one\r\nline two ${hostile}`, speaker: null },
      ],
    },
    {
      id: 'n-1', kind: 'number', status: 'agree', label: 'soldats: >10 000 (Kiev, a.txt)',
      members: [{ path: 'a.txt', start: 3, end: 8, text: '-10 soldats', value: -10, qualifier: 'more-than', speaker: '@kiev' }],
    },
  ],
  duplicates: [{ paths: ['a.txt', 'b,c.txt'], similarity: 0.75, origin: null }],
  errors: [{ path: '\tc.txt', message: 'cannot read' }],
};

/** A minimal RFC 4180 parser, to check the CSV reads back as written. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('report: CSV', () => {
  it('quotes per RFC 4180 and reads back', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(null), '');
    const rows = parseCsv(reportToCsv(report));
    assert.equal(rows.length, 1 + 3 + 1 + 1);
    assert.ok(rows.every((r) => r.length === rows[0].length));
    assert.equal(rows[2][8], `line one\r\nline two ${hostile}`);
    assert.equal(rows[4][12], 'b,c.txt');
  });

  it('neutralises formula injection in text cells', () => {
    const rows = parseCsv(reportToCsv(report));
    assert.equal(rows[1][8], `'=HYPERLINK("http://evil","x")`);
    assert.equal(rows[1][11], `'+Mark, "Rutte"`);
    assert.equal(rows[3][8], "'-10 soldats");
    assert.equal(rows[3][11], "'@kiev");
    assert.equal(rows[5][5], "'\tc.txt");
    for (const prefix of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvField(prefix + '1').includes("'" + prefix));
    assert.equal(rows[3][9], '-10', 'numbers the report computed stay numbers');
  });
});

describe('report: Markdown', () => {
  it('renders untrusted text literally', () => {
    const escaped = escapeMarkdown(hostile);
    assert.ok(!escaped.includes('<script>'));
    assert.ok(!escaped.includes(']('));
    assert.ok(!escaped.includes('**'));
    assert.ok(!/[^\\]\|/.test(escaped), 'pipes cannot split table cells');
    assert.equal(escapeMarkdown('a\nb\r\nc'), 'a b c');
    assert.equal(escapeMarkdown('x\u0000y'), 'xy');
  });

  it('lays out groups, shared passages and errors', () => {
    const md = reportToMarkdown(report);
    assert.match(md, /^# /);
    assert.match(md, /## Quotes/);
    assert.match(md, /## Numbers/);
    assert.match(md, /## Shared passages/);
    assert.match(md, /## Errors/);
    assert.match(md, /⚠ conflict/);
    assert.ok(!md.includes('<script>'));
    assert.ok(!md.includes('](command:'));
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| File'))) {
      assert.ok(!line.includes('\r'));
    }
  });
});

describe('report: JSON', () => {
  it('round-trips', () => {
    assert.deepEqual(JSON.parse(reportToJson(report)), report);
  });
});
