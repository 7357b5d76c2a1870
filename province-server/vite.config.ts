import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The province view, served by the province server at /. `npm run dev -w
// @luot/province-server` proxies a running province server (LUOT_PROVINCE,
// default http://127.0.0.1:8090) for work on the page with live data.
const province = process.env.LUOT_PROVINCE ?? 'http://127.0.0.1:8090';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist/web', emptyOutDir: true, target: 'es2020' },
  server: { proxy: { '/api': province } },
});
