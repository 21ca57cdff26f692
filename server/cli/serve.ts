// `nianbao serve`: start the web UI and API (what `npm start` runs).
import { UserError } from '../errors.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './main.js';

export const command: Command = {
  summary: '启动网页界面与接口服务（首次启动自动建立语料索引）',
  usage: 'serve [--port 8787] [--host 127.0.0.1] [--db data/nianbao.db]   （局域网部署：--host 0.0.0.0，并设置 NIANBAO_ALLOWED_HOSTS）',
  async run(args) {
    const { values } = parseCommandArgs(
      { args, options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, corpus: { type: 'string' } } },
      command.usage,
    );
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UserError(`端口「${values.port}」无效。`);
    const { start } = await import('../node.js');
    const s = await start({ port, host: values.host, dbPath: values.db, corpusDir: values.corpus });
    await new Promise<void>((resolve) => {
      const stop = () => void s.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
