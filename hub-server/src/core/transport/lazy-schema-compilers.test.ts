import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazySchemaCompilers, loadedAtFirstCall } from './lazy-schema-compilers';

describe('Fastify schema compilers loaded at first use', () => {
  it('loads nothing while no route declares a schema, and once when one does', async () => {
    let loads = 0;
    const counted = loadedAtFirstCall(() => {
      loads += 1;
      return () => () => true;
    });
    counted({}, {});
    counted({}, {});
    expect(loads).toBe(1);

    let validatorLoads = 0;
    const app = Fastify({
      schemaController: {
        compilersFactory: {
          ...lazySchemaCompilers,
          buildValidator: loadedAtFirstCall(() => {
            validatorLoads += 1;
            return lazySchemaCompilers.buildValidator as unknown as ReturnType<typeof loadedAtFirstCall>;
          }) as unknown as typeof lazySchemaCompilers.buildValidator,
        },
      },
    });
    app.get('/plain', async () => ({ ok: true }));
    await app.ready();
    expect(validatorLoads).toBe(0);
    await app.close();
  });

  it("validates and serializes with Fastify's own compilers when a route asks", async () => {
    const app = Fastify({ schemaController: { compilersFactory: lazySchemaCompilers } });
    app.post(
      '/n',
      {
        schema: {
          body: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
          response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
        },
      },
      async (req) => ({ n: (req.body as { n: number }).n, secret: 'dropped by the response schema' }),
    );
    const bad = await app.inject({ method: 'POST', url: '/n', payload: { n: 'x' } });
    expect(bad.statusCode).toBe(400);
    const good = await app.inject({ method: 'POST', url: '/n', payload: { n: 3 } });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ n: 3 });
    await app.close();
  });
});
