import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the hub at /display/. `npm run dev -w @luot/display-board` proxies
// the hub (LUOT_HUB, default http://127.0.0.1:8080) so the board can be worked
// on with live data.
const hub = process.env.LUOT_HUB ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/display/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Smart-TV browsers lag years behind: keep the syntax at ES2017 (Chromium 61+, Safari 11+).
    target: 'es2017',
  },
  server: {
    proxy: {
      '/socket.io': { target: hub, ws: true },
      '/api': hub,
    },
  },
});
