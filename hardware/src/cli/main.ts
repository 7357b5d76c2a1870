import { runCli } from './luot-printer';

process.exitCode = await runCli(process.argv.slice(2));
