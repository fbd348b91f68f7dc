import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Malformed requests over every route of the OpenAPI document, as several roles: whatever arrives,
 * the answer is never a 5xx, every error is problem+json with a code, and nothing is written to
 * the log. Deterministic (fixed seed) and bounded in count.
 */

const SEED = 20261202;
const REQUESTS_PER_OPERATION = 50;
const CONCURRENCY = 4;

const USERS = ['admin', 'auditor', 'operator-99-02', 'sekretaris-daerah-p000002', 'asn-198804172011032007'];

/** Routes that act on the caller's own session: fuzzed without a valid token, so the fuzz keeps its sessions. */
const SESSION_ROUTES = new Set(['/auth/logout']);

interface SchemaObject {
  type?: string;
  $ref?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  example?: unknown;
  enum?: unknown[];
}

interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string }[];
  body: { contentType: string; schema: SchemaObject } | null;
  /** The problem codes the document lists for each status. */
  problems: Record<string, string[]>;
}

interface MalformedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Strings that broke or could break a layer: NUL, unpaired surrogates, huge, path tricks, odd Unicode. */
const badText = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udfff',
  'x'.repeat(5000),
  '../../etc/passwd',
  '%',
  '%00',
  "'; DROP TABLE users; --",
  '\u202e\u200b',
  '😀'.repeat(50),
  ' ',
  '-1',
  '9'.repeat(40),
);

/** Values of a wrong type for a field of the given schema type, so the request never validates. */
function wrongValue(type: string | undefined): fc.Arbitrary<unknown> {
  const shapes = fc.constantFrom<unknown>({}, [[]], [null], { a: { b: [] } }, JSON.parse(deepJson(200)));
  switch (type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), shapes, fc.constantFrom('a\u0000b', 'x\ud800y', '\udfff'));
    case 'number':
    case 'integer':
      return fc.oneof(fc.string(), fc.boolean(), shapes, badText);
    case 'boolean':
      return fc.oneof(fc.string({ minLength: 1 }), fc.integer(), shapes);
    case 'array':
      return fc.oneof(fc.string(), fc.integer(), fc.constantFrom<unknown>({}, [[]], [null], [42], ['x\u0000']));
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.constantFrom<unknown>([[]], 'x\u0000'));
  }
}

function resolve(schema: SchemaObject, components: Record<string, SchemaObject>): SchemaObject {
  return schema.$ref ? (components[schema.$ref.replace('#/components/schemas/', '')] ?? {}) : schema;
}

/** A plausible value from the schema's example, so only the field made wrong fails. */
function plausible(schema: SchemaObject, components: Record<string, SchemaObject>): unknown {
  const resolved = resolve(schema, components);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum) return resolved.enum[0];
  switch (resolved.type) {
    case 'string':
      return 'x';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return resolved.items ? [plausible(resolved.items, components)] : [];
    default:
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([name, property]) => [name, plausible(property, components)]),
      );
  }
}

/** A JSON body that is certainly invalid: one field of the right shape made wrong, or garbage. */
function malformedJsonBody(schema: SchemaObject, components: Record<string, SchemaObject>): fc.Arbitrary<string> {
  const resolved = resolve(schema, components);
  const base = plausible(resolved, components) as Record<string, unknown>;
  const fields = Object.entries(resolved.properties ?? {});
  const oneFieldWrong = fields.length
    ? fc
        .constantFrom(...fields)
        .chain(([name, property]) =>
          wrongValue(resolve(property, components).type).map((value) => JSON.stringify({ ...base, [name]: value })),
        )
    : fc.constant(JSON.stringify({ unexpectedField: 'x' }));
  const unknownField = fc.constant(JSON.stringify({ ...base, 'x\u0000': 1, unexpected: [[]] }));
  const garbage = fc.oneof(
    fc.constantFrom(
      deepJson(5000),
      `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
      '{"reason":"\\ud800"}',
      '{',
      '[]',
      'null',
      '42',
      '"x"',
      '{"__proto__":{"admin":true}}',
      '',
    ),
    fc.string({ maxLength: 200 }).map((s) => `{${s}`),
  );
  return fc.oneof({ weight: 5, arbitrary: oneFieldWrong }, unknownField, garbage);
}

/** A CSV that cannot import cleanly: a header and a row holding NUL, a stray quote or a bad reference. */
const malformedCsv = fc.oneof(
  fc.constantFrom(
    'id,name\n"unterminated,x\n',
    'username,password\nx\u0000y,z\n',
    'code,name,level,parentCode\n99\u0000,X,province,\n',
    'a,b,c\n1,2\n',
  ),
  fc.string({ minLength: 1, maxLength: 300 }).map((s) => `id,agencyId,name,parentUnitId\n"${s}\u0000`),
);

/** Percent-encodes as UTF-8; an unpaired surrogate becomes the bytes a careless client would send. */
function encodeUrlPart(value: string): string {
  return value
    .split(/([\ud800-\udfff])/)
    .map((part) =>
      /^[\ud800-\udfff]$/.test(part)
        ? Buffer.from([
            0xe0 | (part.charCodeAt(0) >> 12),
            0x80 | ((part.charCodeAt(0) >> 6) & 0x3f),
            0x80 | (part.charCodeAt(0) & 0x3f),
          ])
            .toString('hex')
            .replace(/(..)/g, '%$1')
        : encodeURIComponent(part),
    )
    .join('');
}

function malformedRequest(
  operation: Operation,
  components: Record<string, SchemaObject>,
  tokens: fc.Arbitrary<string | null>,
): fc.Arbitrary<MalformedRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const queryParams = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const pathValue = fc.oneof(badText, fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }));
  const query = fc.oneof(
    fc.constant(''),
    fc
      .subarray([...queryParams, 'unknown', 'minPosition', 'limit', 'cursor'], { minLength: 1 })
      .chain((names) =>
        fc.tuple(...names.map((name) => fc.tuple(fc.constant(name), fc.oneof(badText, fc.string(), fc.integer())))),
      )
      .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeUrlPart(String(v))}`).join('&')),
  );
  const isBodyless = operation.method === 'get';
  const body: fc.Arbitrary<{ contentType: string | undefined; body: string | undefined }> = isBodyless
    ? fc.constant({ contentType: undefined, body: undefined })
    : operation.body?.contentType === 'text/csv'
      ? fc.oneof(
          malformedCsv.map((csv) => ({ contentType: 'text/csv', body: csv })),
          fc.constant({ contentType: 'application/json', body: '{"rows":[]}' }),
        )
      : fc.oneof(
          {
            weight: 6,
            arbitrary: malformedJsonBody(operation.body?.schema ?? {}, components).map((json) => ({
              contentType: 'application/json',
              body: json,
            })),
          },
          fc.constantFrom(
            { contentType: 'text/plain', body: 'hello' },
            { contentType: 'application/xml', body: '<a/>' },
            { contentType: 'application/json', body: '\u0000' },
          ),
        );
  return fc
    .record({
      params: fc.tuple(...pathParams.map(() => pathValue)),
      query,
      body,
      token: tokens,
      ifMatch: fc.option(fc.oneof(fc.constantFrom('abc', '-1', '1e99', '\u00e9'), fc.nat().map(String))),
      idempotencyKey: fc.option(fc.constantFrom('x'.repeat(500), 'k', 'ü')),
    })
    .map(({ params, query: search, body: payload, token, ifMatch, idempotencyKey }) => {
      let path = operation.path;
      pathParams.forEach((name, i) => {
        path = path.replace(`{${name}}`, encodeUrlPart(params[i]));
      });
      const headers: Record<string, string> = {};
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (payload.contentType) headers['content-type'] = payload.contentType;
      if (ifMatch !== null) headers['if-match'] = ifMatch;
      if (idempotencyKey !== null) headers['idempotency-key'] = idempotencyKey;
      return { method: operation.method.toUpperCase(), url: path + search, headers, body: payload.body };
    });
}

let app: TestApp;
let baseUrl: string;

beforeAll(async () => {
  app = await startTestApp('malformed');
  await app.api.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.api.getHttpServer().address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => app?.close());

/** Each status's codes from an operation's problem answers in the OpenAPI document. */
function documentedProblems(responses: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      const content = (response as { content?: Record<string, { schema?: { allOf?: { properties?: object }[] } }> })
        .content;
      const codes = (
        content?.['application/problem+json']?.schema?.allOf?.[1]?.properties as
          { code?: { enum?: string[] } } | undefined
      )?.code?.enum;
      return [status, codes ?? []];
    }),
  );
}

async function eventCount(): Promise<number> {
  const pool = app.db.pool({ max: 1 });
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
  await pool.end();
  return Number(rows[0].n);
}

it('answers malformed requests on every route with a 4xx problem+json, writing nothing', async () => {
  const document = (await (await fetch(`${baseUrl}/docs/openapi.json`)).json()) as {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: Operation['parameters']; requestBody?: unknown; responses: Record<string, unknown> }
      >
    >;
    components: { schemas: Record<string, SchemaObject> };
  };
  const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, spec]) => {
      const content = (spec.requestBody as { content?: Record<string, { schema: SchemaObject }> } | undefined)?.content;
      const [contentType, media] = Object.entries(content ?? {})[0] ?? [];
      return {
        method,
        path,
        parameters: spec.parameters ?? [],
        body: contentType ? { contentType, schema: media.schema } : null,
        problems: documentedProblems(spec.responses),
      };
    }),
  );
  expect(operations.length).toBeGreaterThan(25);

  const validTokens = await Promise.all(USERS.map((u) => app.token(u)));
  const junkTokens = ['', 'x', `${validTokens[0]}x`, 'eyJhbGciOiJub25lIn0.e30.', '\u00ff'.repeat(10)];
  const requests = operations.flatMap((operation) => {
    const tokens = SESSION_ROUTES.has(operation.path)
      ? fc.option(fc.constantFrom(...junkTokens))
      : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...validTokens) }, fc.option(fc.constantFrom(...junkTokens)));
    return fc
      .sample(malformedRequest(operation, document.components.schemas, tokens), {
        seed: SEED,
        numRuns: REQUESTS_PER_OPERATION,
      })
      .map((request) => ({ ...request, path: operation.path, problems: operation.problems }));
  });
  expect(requests.length).toBeGreaterThan(1500);

  const eventsBefore = await eventCount();
  const failures: string[] = [];
  const undocumented = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      const response = await fetch(baseUrl + request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      const what = `${request.method} ${request.url.slice(0, 120)} → ${response.status} ${text.slice(0, 200)}`;
      if (response.status >= 500) failures.push(what);
      else if (response.status >= 400) {
        const code = type.startsWith('application/problem+json') ? (JSON.parse(text) as { code?: unknown }).code : null;
        if (typeof code !== 'string' || code === '') failures.push(`not problem+json with a code: ${what}`);
        else if (!(request.problems[String(response.status)] ?? []).includes(code)) {
          undocumented.add(`${request.method} ${request.path}: ${response.status} ${code}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  expect(failures).toEqual([]);
  expect([...undocumented].sort()).toEqual([]);
  expect(await eventCount()).toBe(eventsBefore);
}, 600_000);

describe('the bad inputs that crashed a handler', () => {
  const proposal = {
    employeeNip: '199011082014031006',
    targetPositionId: 'P000236',
    reason: 'Kebutuhan organisasi',
    requestedEffectiveDate: '2027-01-01',
  };
  const deep = (inner: string) => `{"username":${'{"a":'.repeat(2000)}${inner}${'}'.repeat(2000)},"password":"x"}`;
  const cases: { name: string; method: 'GET' | 'POST'; url: string; body?: string; code: string }[] = [
    {
      name: 'a NUL byte in the login name',
      method: 'POST',
      url: '/auth/login',
      body: JSON.stringify({ username: 'admin\u0000', password: 'x' }),
      code: 'INVALID_CHARACTER',
    },
    {
      name: 'a lone surrogate in a reason',
      method: 'POST',
      url: '/transfers',
      body: JSON.stringify({ ...proposal, reason: 'alasan \ud800' }),
      code: 'INVALID_CHARACTER',
    },
    {
      name: 'JSON nested 2,000 levels on login',
      method: 'POST',
      url: '/auth/login',
      body: deep('1'),
      code: 'JSON_TOO_DEEP',
    },
    {
      name: 'JSON nested 5,000 levels',
      method: 'POST',
      url: '/transfers',
      body: deepJson(5000),
      code: 'JSON_TOO_DEEP',
    },
    {
      name: 'an array inside the attachments',
      method: 'POST',
      url: '/transfers',
      body: JSON.stringify({ ...proposal, attachments: [[]] }),
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'a 5,000-character transfer id',
      method: 'GET',
      url: `/transfers/${'a'.repeat(5000)}`,
      code: 'INVALID_TRANSFER_ID',
    },
    { name: 'a NUL byte in a NIP', method: 'GET', url: '/employees/1990%00', code: 'INVALID_CHARACTER' },
  ];

  it.each(cases)('$name → 400 $code', async ({ method, url, body, code }) => {
    const before = await eventCount();
    const response = await fetch(baseUrl + url, {
      method,
      headers: { authorization: `Bearer ${await app.token('operator-99-02')}`, 'content-type': 'application/json' },
      body,
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect({ status: response.status, code: ((await response.json()) as { code: string }).code }).toEqual({
      status: 400,
      code,
    });
    expect(await eventCount()).toBe(before);
  });
});
