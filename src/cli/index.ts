import { BackupRefused } from '../db/backup/files.js';
import { ConfigError } from '../env.js';
import { type CliCommand, isUsageError } from './command.js';

// Loaded on demand: backup and restore start without the importers' modules.
const commands: Record<string, () => Promise<CliCommand>> = {
  import: async () => (await import('./import.js')).importCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  restore: async () => (await import('./restore.js')).restoreCommand,
};

async function printUsage(): Promise<void> {
  const usages = await Promise.all(Object.values(commands).map(async (load) => (await load()).usage));
  console.error(`Usage:\n${usages.join('\n\n')}`);
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    await printUsage();
    return verb === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(commands, verb)) {
    console.error(`Unknown command "${verb}": ${Object.keys(commands).join(', ')}.`);
    await printUsage();
    return 2;
  }
  const command = await commands[verb]!();
  try {
    return await command.run(args);
  } catch (error) {
    if (isUsageError(error)) {
      console.error(error.message);
      console.error(`Usage:\n${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    if (error instanceof BackupRefused) {
      console.error(error.message);
      return error.status;
    }
    console.error(`${verb[0]!.toUpperCase()}${verb.slice(1)} failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((status) => process.exit(status));
