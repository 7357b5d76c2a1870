/** Every answer a test province gives under /api/v1 and /healthz, checked against province-server/openapi.yaml. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createContractRecorder, inContract, openApiPath, type ContractRecorder } from '@luot/testing';
import { PROVINCE_OPENAPI_PATH } from '../../src/index';

/** Call before the province listens; `assertClean()` after its tests. */
export function recordContract(app: FastifyInstance, contract: ContractRecorder = createContractRecorder(PROVINCE_OPENAPI_PATH)): ContractRecorder {
  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const route = req.routeOptions.url;
    if (route !== undefined && req.method !== 'HEAD' && inContract(route)) {
      const type = reply.getHeader('content-type');
      contract.check({
        method: req.method,
        route: openApiPath(route),
        status: reply.statusCode,
        contentType: typeof type === 'string' ? type : undefined,
        body: typeof payload === 'string' ? payload : undefined,
      });
    }
    return payload;
  });
  return contract;
}
