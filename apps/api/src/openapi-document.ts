import type { INestApplication } from '@nestjs/common';
import { documentProblems } from './http/openapi-problems';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The API's OpenAPI document, served at /docs and the source of the web app's client types. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('mutasi')
      .setDescription('Transfers (mutasi) of Indonesian civil servants: proposals, approvals, workload, audit')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('mutasi_session')
      .build(),
  );
  return documentProblems(app, document);
}
