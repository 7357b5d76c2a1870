/**
 * A command table: for each event of a namespace, the zod schema its payload
 * must pass, the value its ack carries on success, and one line saying what it
 * does. socket.io's client-to-server maps are derived from the tables, and the
 * hub binds each handler through them, so an event, its schema and its ack
 * type cannot drift apart.
 *
 * @example
 * const kiosk = { 'ticket:issue': command(issueTicketSchema, ack<TicketReceipt>(), 'Take a ticket.') } satisfies CommandTable;
 * type KioskClientToServer = ClientToServerOf<typeof kiosk>;
 */
import type { z } from 'zod';
import type { Result } from './result';

export type Ack<T> = (result: Result<T>) => void;

declare const ackValue: unique symbol;
/**
 * Type-only marker of an ack's success value. It exists at run time only as an
 * empty object; its one (never set) property carries `T` for the compiler.
 */
export interface AckMarker<T> {
  readonly [ackValue]?: T;
}

/** The ack of a command carries `T` on success. */
export const ack = <T>(): AckMarker<T> => ({});

export interface CommandSpec<S extends z.ZodType = z.ZodType, T = unknown> {
  readonly schema: S;
  readonly ack: AckMarker<T>;
  /** One line for an integrator reading the table. */
  readonly doc: string;
}

/** Builds one table entry; the type parameters are inferred from the arguments. */
export const command = <S extends z.ZodType, T>(schema: S, ackValueMarker: AckMarker<T>, doc: string): CommandSpec<S, T> => ({
  schema,
  ack: ackValueMarker,
  doc,
});

export type CommandTable = Readonly<Record<string, CommandSpec>>;

/** The value the ack of a table entry carries on success. */
export type AckOf<C> = C extends { readonly ack: AckMarker<infer T> } ? T : never;
/** What a client sends (the schema's input: defaults still optional). */
export type PayloadIn<C> = C extends { readonly schema: infer S extends z.ZodType } ? z.input<S> : never;
/** What a handler receives once the schema parsed it. */
export type PayloadOut<C> = C extends { readonly schema: infer S extends z.ZodType } ? z.output<S> : never;

/** socket.io's client-to-server event map of a table: the ack is the last argument. */
export type ClientToServerOf<T extends CommandTable> = {
  [E in keyof T & string]: (payload: PayloadIn<T[E]>, ack: Ack<AckOf<T[E]>>) => void;
};
