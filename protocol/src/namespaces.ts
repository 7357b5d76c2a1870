/** The socket.io namespace of each role; schema-free, so every client can connect without the command tables' zod schemas. */
export const NAMESPACES = { kiosk: '/kiosk', counter: '/counter', display: '/display', admin: '/admin' } as const;
export type NamespaceName = keyof typeof NAMESPACES;
