import * as assert from 'node:assert/strict';
import { decodeBytes } from '../../src/node/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (r: ReturnType<typeof decodeBytes>): string => {
  assert.ok('text' in r, 'error' in r ? r.error : '');
  return r.text;
};

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without BOM (BOM stripped)', () => {
    assert.equal(text(decodeBytes(utf8('Publié à 18h31 « ok » 😀'))), 'Publié à 18h31 « ok » 😀');
    assert.equal(text(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Été')]))), 'Été');
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = [0xff, 0xfe, 0xe9, 0x00, 0x74, 0x00, 0xe9, 0x00];
    const be = [0xfe, 0xff, 0x00, 0xe9, 0x00, 0x74, 0x00, 0xe9];
    assert.equal(text(decodeBytes(new Uint8Array(le))), 'été');
    assert.equal(text(decodeBytes(new Uint8Array(be))), 'été');
  });
  it('falls back to Windows-1252 for Latin-1 French text', () => {
    // "Le président a déclaré « non » — 5 €" in Windows-1252.
    const bytes = new Uint8Array([
      0x4c, 0x65, 0x20, 0x70, 0x72, 0xe9, 0x73, 0x69, 0x64, 0x65, 0x6e, 0x74, 0x20, 0x61, 0x20, 0x64, 0xe9, 0x63, 0x6c,
      0x61, 0x72, 0xe9, 0x20, 0xab, 0x20, 0x6e, 0x6f, 0x6e, 0x20, 0xbb, 0x20, 0x97, 0x20, 0x35, 0x20, 0x80,
    ]);
    assert.equal(text(decodeBytes(bytes)), 'Le président a déclaré « non » — 5 €');
  });
  it('keeps UTF-8 when only a stray byte is damaged', () => {
    const good = utf8('é'.repeat(40));
    const bytes = new Uint8Array([...good, 0xff, ...utf8(' fin')]);
    assert.equal(text(decodeBytes(bytes)), `${'é'.repeat(40)}\ufffd fin`);
  });
  it('refuses binary files', () => {
    assert.deepEqual(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), { error: 'binary file' });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    assert.deepEqual(decodeBytes(controls), { error: 'binary file' });
  });
  it('reports an undecidable encoding for implausible high bytes', () => {
    const bytes = new Uint8Array(100).map((_, i) => (i % 2 === 0 ? 0x81 + (i % 30) : 0x41));
    const r = decodeBytes(bytes);
    assert.ok('error' in r && r.error.startsWith('undecidable text encoding'));
  });
  it('decodes empty input as empty text', () => {
    assert.equal(text(decodeBytes(new Uint8Array(0))), '');
  });
});
