// node:util parseArgs for a command: a bad option becomes one Chinese line with the command's usage, never a stack.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';

export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UserError(`参数有误：${e instanceof Error ? e.message : String(e)}。用法：nianbao ${usage}`);
  }
}
