import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CODES, publicCode, type ProblemCode } from '@mutasi/platform';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from '../auth/auth.decorators';
import { ROUTE_PROBLEMS } from './problems.decorator';

const UNAUTHENTICATED: ProblemCode[] = ['UNAUTHENTICATED', 'INVALID_TOKEN', 'SESSION_ENDED'];
const BODY: ProblemCode[] = [
  'MALFORMED_JSON',
  'VALIDATION_FAILED',
  'JSON_TOO_DEEP',
  'BODY_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
];
const EVERY_ROUTE: ProblemCode[] = ['INVALID_CHARACTER', 'DATABASE_UNAVAILABLE', 'INTERNAL_ERROR'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** RFC 9457 problem details with the stable `code` every error answer carries. */
const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is stable, `detail` is Indonesian / English',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    instance: { type: 'string' },
  },
  additionalProperties: true,
};

/**
 * Adds to every operation the problem answers it can give, grouped by status, each listing its
 * codes: those its route declares with @Problems and those its kind of route gives (guard, roles,
 * body, outage). Operation ids are Nest's `Controller_method`, which finds each route's handler.
 */
export function documentProblems(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const routes = routeProblems(app);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation === undefined) continue;
      const codes = new Set<ProblemCode>([...(routes.get(operation.operationId ?? '') ?? []), ...EVERY_ROUTE]);
      // The body parsers run on every write, whether or not the route reads a body.
      if (method !== 'get') BODY.forEach((code) => codes.add(code));
      const parameters = (operation.parameters ?? []) as { in?: string }[];
      if (operation.requestBody !== undefined || parameters.length > 0) codes.add('VALIDATION_FAILED');
      if (parameters.some((parameter) => parameter.in === 'path')) codes.add('BAD_URL');
      if (method !== 'get' && codes.has('UNAUTHENTICATED')) codes.add('CSRF_TOKEN_INVALID');
      documentCodes(operation, codes);
    }
  }
  return document;
}

function documentCodes(operation: OperationObject, codes: Set<ProblemCode>): void {
  const byStatus = new Map<number, string[]>();
  for (const key of codes) {
    const status = PROBLEM_CODES[key].status;
    const code = publicCode(key);
    const list = byStatus.get(status) ?? [];
    if (!list.includes(code)) list.push(code);
    byStatus.set(status, list);
  }
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const sorted = list.sort();
    const response: OperationObject['responses'][string] = {
      description: `Problem: ${sorted.join(', ')}`,
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: sorted } } },
            ],
          },
        },
      },
    };
    operation.responses[String(status)] = response;
  }
}

/** Each operation id's codes from its handler's and controller's declarations and guards. */
function routeProblems(app: INestApplication): Map<string, ProblemCode[]> {
  const routes = new Map<string, ProblemCode[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        routes.set(`${controller.name}_${name}`, handlerProblems(controller, handler));
      }
    }
  }
  return routes;
}

function handlerProblems(controller: Type, handler: object): ProblemCode[] {
  const read = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
  const codes: ProblemCode[] = [
    ...((Reflect.getMetadata(ROUTE_PROBLEMS, controller) as ProblemCode[] | undefined) ?? []),
    ...((Reflect.getMetadata(ROUTE_PROBLEMS, handler) as ProblemCode[] | undefined) ?? []),
  ];
  if (read<boolean>(PUBLIC_ROUTE) !== true) codes.push(...UNAUTHENTICATED);
  if ((read<unknown[]>(REQUIRED_ROLES) ?? []).length > 0) codes.push('ROLE_REQUIRED');
  return codes;
}
