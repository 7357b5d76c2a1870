import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The hub serves the build at /kiosk/ (and the Electron shell loads it from
// there), so every asset URL is under that base.
export default defineConfig({
  root: import.meta.dirname,
  base: '/kiosk/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Kiosks run a current Chromium (Electron or the hall's browser).
    target: 'chrome120',
  },
});
