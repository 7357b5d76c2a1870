/**
 * The device service's config file (JSON): which printer, which serial
 * ports, where the hub is. Validated with zod so a typo is named by field
 * instead of surfacing later as a silent missing device.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fail, luotError, ok, zodToLuotError, counterNumberSchema, type Result } from '@luot/protocol';
import { VIETNAMESE_CODE_PAGES } from './printing/codepages/code-page-types';

const baudRateSchema = z.union([1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200].map((b) => z.literal(b)) as [
  z.ZodLiteral<number>,
  ...z.ZodLiteral<number>[],
]);
const serialPathSchema = z.string().min(1).max(300);
const portFields = { path: serialPathSchema, baudRate: baudRateSchema.optional() };

export const deviceServiceConfigSchema = z.strictObject({
  printer: z
    .strictObject({
      /** `tcp://host:9100`, `serial:/dev/ttyUSB0?baud=9600` or `file:/dev/usb/lp0`. */
      target: z.string().min(1).max(300),
      type: z.enum(['epson', 'star']).optional(),
      width: z.union([z.literal(80), z.literal(58)]).optional(),
      mode: z.enum(['raster', 'text']).optional(),
      codepage: z.enum(VIETNAMESE_CODE_PAGES).optional(),
      /** Text mode: the printer's `ESC t` number for the code page when it is not Epson's. */
      codePageNumber: z.number().int().min(0).max(255).optional(),
      timeoutMs: z.number().int().min(100).max(60_000).optional(),
    })
    .optional(),
  /** How often the printer's state is checked, ms. */
  statusPollMs: z.number().int().min(200).max(600_000).default(3_000),
  serial: z
    .strictObject({
      keypad: z.strictObject({ ...portFields, counter: counterNumberSchema.optional() }).optional(),
      sign: z.strictObject({ ...portFields, counter: counterNumberSchema, ackTimeoutMs: z.number().int().min(50).max(10_000).optional() }).optional(),
      ratingPad: z.strictObject({ ...portFields, scale: z.union([z.literal(3), z.literal(5)]).default(3) }).optional(),
      scanner: z.strictObject(portFields).optional(),
    })
    .default({}),
  /** Report printer states to the hub (`POST /api/v1/devices/printer`). */
  hub: z
    .strictObject({
      url: z.string().regex(/^https?:\/\/[^/\s]+\/?$/, 'the hub origin, e.g. http://10.0.0.2:8080'),
      deviceToken: z.string().min(1).max(500),
    })
    .optional(),
  agent: z
    .strictObject({
      /** 0 picks a free port (tests). */
      port: z.number().int().min(0).max(65_535).default(17_817),
      /** Origins whose pages may call the agent; the hub's origin is always added. */
      allowedOrigins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin such as http://10.0.0.2:8080')).max(20).default([]),
    })
    .default({ port: 17_817, allowedOrigins: [] }),
});

export type DeviceServiceConfig = z.output<typeof deviceServiceConfigSchema>;
export type DeviceServiceConfigInput = z.input<typeof deviceServiceConfigSchema>;
export type PrinterConfig = NonNullable<DeviceServiceConfig['printer']>;

export function parseDeviceServiceConfig(input: unknown): Result<DeviceServiceConfig> {
  const parsed = deviceServiceConfigSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(zodToLuotError(parsed.error));
}

/** Reads and validates a config file; every problem is a typed error naming the file. */
export async function loadDeviceServiceConfig(file: string): Promise<Result<DeviceServiceConfig>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return fail(luotError('invalid_payload', { vi: `Không đọc được tệp cấu hình ${file}: ${why}`, en: `Cannot read config file ${file}: ${why}` }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return fail(luotError('invalid_payload', { vi: `Tệp cấu hình ${file} không phải JSON hợp lệ: ${why}`, en: `Config file ${file} is not valid JSON: ${why}` }));
  }
  return parseDeviceServiceConfig(json);
}
