// `nianbao <command>`: dispatch to one module per command. Errors print as one Chinese message, no stack.
import { isUserError } from '../errors.js';

export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  parse: () => import('./parse.js'),
  check: () => import('./check.js'),
  render: () => import('./render.js'),
  ingest: () => import('./ingest.js'),
  search: () => import('./search.js'),
  review: () => import('./review.js'),
  draft: () => import('./draft.js'),
  serve: () => import('./serve.js'),
  eval: () => import('./eval.js'),
  schema: () => import('./schema.js'),
  user: () => import('./user.js'),
  token: () => import('./token.js'),
};

async function help(): Promise<string> {
  const lines = ['年报助手 nianbao — 政府信息公开工作年度报告的起草、校验与检索', '', '用法：nianbao <命令> [参数]', ''];
  for (const [name, load] of Object.entries(COMMANDS)) {
    try {
      const { command } = await load();
      lines.push(`  ${command.usage}`, `      ${command.summary}`);
    } catch {
      /* a command not built yet is simply not listed */
    }
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`未知命令「${name}」。运行 nianbao --help 查看可用命令。`);
    return 2;
  }
  try {
    const { command } = await load();
    if (args.includes('-h') || args.includes('--help')) {
      console.log(`用法：nianbao ${command.usage}\n${command.summary}`);
      return 0;
    }
    return await command.run(args);
  } catch (e) {
    if (isUserError(e)) {
      console.error(`错误：${e.message}`);
      return 2;
    }
    if (process.env.NIANBAO_DEBUG) console.error(e);
    console.error(`内部错误：${e instanceof Error ? e.message : String(e)}（设置 NIANBAO_DEBUG=1 可查看详情）`);
    return 3;
  }
}
