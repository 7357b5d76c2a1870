export { createProvince, type Province, type ProvinceOptions } from './province';
export { createPool, type Pool } from './db/pool';
export { migrate, MigrationError } from './db/migrate';
export { createHallRepo, type EnrolledHall, type HallRepo } from './halls/hall-repo';
export { PROVINCE_OPENAPI_PATH } from './http/openapi-path';
