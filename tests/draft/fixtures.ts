// Shared inputs and canned model replies for the drafting tests.
import type { DraftInputIn } from '../../server/draft/index.js';
import { leafCells } from '../../server/report/tables.js';

/** Every leaf 0 (a township's usual table) except the given cells. */
export const zerosWith = (cells: Record<string, number>) => ({ ...Object.fromEntries(leafCells('2021').map((c) => [c.id, 0])), ...cells });

export const INPUT: DraftInputIn = {
  meta: {
    agency: '临江市桦树镇人民政府',
    level: '乡镇',
    year: 2023,
    date: '2024-01-20',
    contact: { phone: '0439-5826678', office: '党政办公室', website: '临江市人民政府网站' },
  },
  numbers: zerosWith({ 't3.new.commercial': 1, 't3.r1.commercial': 1 }),
  facts: [
    { key: 'published_total', label: '主动公开政府信息', value: 61 },
    { key: 'trainings', label: '开展政务公开培训', value: 2 },
    { key: 'platforms', label: '公开平台名称', value: ['桦树镇政务公开栏'] },
    { key: 'problems', label: '存在的主要问题', value: ['政策解读形式较为单一', '公开栏更新不够及时'] },
    { key: 'plans', label: '下一年度改进措施', value: ['丰富政策解读形式', '加强公开栏日常维护'] },
  ],
  fee: { charged: false },
};

export const GOOD_1 = [
  '2023年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
  '（一）主动公开情况',
  '全年主动公开政府信息61条，及时发布与群众切身利益相关的信息。',
  '（二）依申请公开情况',
  '全年新收政府信息公开申请1件，予以公开1件，均在法定期限内答复。',
  '（三）政府信息管理情况',
  '严格落实信息发布前审查制度，确保公开信息准确规范。',
  '（四）政府信息公开平台建设情况',
  '依托桦树镇政务公开栏做好信息发布和日常维护。',
  '（五）监督保障情况',
  '开展政务公开培训2次，提升工作人员业务能力。',
].join('\n');

export const GOOD_5 = [
  '2023年，我镇政府信息公开工作仍存在一些不足：一是政策解读形式较为单一；二是公开栏更新不够及时。',
  '2024年，我镇将重点做好以下工作：一是丰富政策解读形式；二是加强公开栏日常维护。',
].join('\n');

/** Invents 「75条」 (the facts say 61). */
export const INVENTED_1 = GOOD_1.replace('全年主动公开政府信息61条', '全年主动公开政府信息75条');
/** Copies another town's name from an example. */
export const FOREIGN_5 = GOOD_5.replace('公开栏更新不够及时', '横山镇公开栏更新不够及时');

export const OTHER_TOWN = {
  id: 'r001#1',
  agency: '龙游县横山镇人民政府',
  year: 2023,
  text: '2023年,横山镇新增主动公开政府信息130条。存在问题:一是横山镇政务公开栏更新不及时;二是解读形式单一。2024年,我镇将加强培训。',
};
