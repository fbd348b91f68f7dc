import 'reflect-metadata';
import SwaggerParser from '@apidevtools/swagger-parser';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig, PROBLEM_CODES, publicCode, type ProblemCode } from '@mutasi/platform';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi-document';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** The description of an operation's answer with this status (this document has no $ref answers). */
const described = (operation: Operation | undefined, status: string): unknown =>
  (operation?.responses[status] as { description?: string } | undefined)?.description;

const PUBLIC_CODES = new Set(Object.keys(PROBLEM_CODES).map((key) => publicCode(key as ProblemCode)));

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  let operations: [string, Operation][];

  beforeAll(async () => {
    const app = await NestFactory.create(AppModule.forRoot(loadConfig({ LOG_LEVEL: 'silent' })), new FastifyAdapter(), {
      preview: true,
      logger: false,
    });
    document = openApiDocument(app);
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const)
        .filter((method) => item[method] !== undefined)
        .map((method): [string, Operation] => [`${method.toUpperCase()} ${path}`, item[method] as Operation]),
    );
    await app.close();
  });

  it('is a valid OpenAPI document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('describes problem+json with its stable code', () => {
    expect(document.components?.schemas?.Problem).toMatchObject({
      required: ['type', 'title', 'status', 'code', 'detail'],
    });
  });

  it('gives every operation its problem answers, each code one the edge answers with that status', () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const [name, operation] of operations) {
      const problems = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect({ name, has503: problems.some(([status]) => status === '503') }).toEqual({ name, has503: true });
      for (const [status, response] of problems) {
        const schema = (response as { content: Record<string, { schema: { allOf: { properties?: object }[] } }> })
          .content['application/problem+json'].schema.allOf[1];
        const codes = (schema.properties as { code: { enum: string[] } }).code.enum;
        const wrong = codes.filter(
          (code) =>
            !PUBLIC_CODES.has(code) ||
            !Object.entries(PROBLEM_CODES).some(
              ([key, row]) => publicCode(key as ProblemCode) === code && String(row.status) === status,
            ),
        );
        expect({ name, status, wrong }).toEqual({ name, status, wrong: [] });
      }
    }
  });

  it('lists the codes a route declares and those its guard and body give it', () => {
    const propose = operations.find(([name]) => name === 'POST /transfers')?.[1];
    expect(described(propose, '401')).toMatch(/UNAUTHENTICATED/);
    expect(described(propose, '403')).toMatch(/ROLE_REQUIRED/);
    expect(described(propose, '413')).toMatch(/BODY_TOO_LARGE/);
    expect(described(propose, '422')).toMatch(/DOCUMENT_NOT_FOUND.*ELIGIBILITY_NOT_PNS/);
    const login = operations.find(([name]) => name === 'POST /auth/login')?.[1];
    expect(described(login, '401')).toBe('Problem: INVALID_CREDENTIALS');
    expect(described(login, '429')).toBe('Problem: TOO_MANY_LOGIN_ATTEMPTS');
  });
});
