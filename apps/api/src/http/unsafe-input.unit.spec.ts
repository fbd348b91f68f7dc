import { findUnsafeInput, hasUnsafeCharacter } from './unsafe-input';

describe('unsafe request input', () => {
  it.each([
    ['a NUL byte', 'a\u0000b', true],
    ['an unpaired high surrogate', 'x\ud800', true],
    ['an unpaired low surrogate', '\udc00x', true],
    ['a surrogate pair (an emoji)', 'ok 😀', false],
    ['plain Indonesian text', 'Kebutuhan organisasi', false],
  ])('%s', (_name, text, unsafe) => {
    expect(hasUnsafeCharacter(text)).toBe(unsafe);
  });

  it('names the field holding an unsafe string, key or nesting', () => {
    expect(findUnsafeInput({ a: [{ b: 'x\u0000' }] })).toEqual({ code: 'INVALID_CHARACTER', path: 'a.0.b' });
    expect(findUnsafeInput({ ['k\ud800']: 1 })).toEqual({ code: 'INVALID_CHARACTER', path: 'k\ud800' });
    expect(findUnsafeInput(JSON.parse('['.repeat(40) + ']'.repeat(40)), 32)?.code).toBe('JSON_TOO_DEEP');
    expect(findUnsafeInput(JSON.parse('['.repeat(20) + ']'.repeat(20)), 32)).toBeNull();
  });

  it('walks a deep structure without recursion', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(findUnsafeInput(deep, 200_000)).toBeNull();
  });
});
