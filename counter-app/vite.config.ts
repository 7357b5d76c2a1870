import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One build serves both `/counter/` and `/admin/` on the hub, so asset paths
// are relative (`base: './'`) and the app picks its screen from the path.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `npm run dev` against a hub on the default port.
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/socket.io': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
});
