import { canonicalJson, NotJsonError } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('sorts keys by UTF-16 code units, like JCS', () => {
    expect(canonicalJson({ é: 1, z: 2, A: 3 })).toBe('{"A":3,"z":2,"é":1}');
  });

  it('serialises numbers as ECMAScript does', () => {
    expect(canonicalJson({ n: [1.0, 1e21, 0.1 + 0.2, -0] })).toBe('{"n":[1,1e+21,0.30000000000000004,0]}');
  });

  it('leaves out undefined properties', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([
    ['NaN', { n: NaN }],
    ['Infinity', { n: Infinity }],
    ['a bigint', { n: BigInt(1) }],
    ['a function', { f: () => 1 }],
    ['a Date', { d: new Date() }],
    ['undefined in an array', { a: [undefined] }],
  ])('refuses %s', (_what, value) => {
    expect(() => canonicalJson(value)).toThrow(NotJsonError);
  });

  it('refuses a cycle but accepts a shared reference', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(NotJsonError);
  });
});
