// Classes fixed after the probe batches av–ay (2026-12-06): the words those rules read must not fire on the ordinary
// words around them. New sentences of each class, positive and negative.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });

describe('处理费 said short is the 信息处理费; another word ending in it is not', () => {
  it('「处理费收了800块」 is the fee', () => expect(x('处理费收了800块').said.find((d) => d.target === 'fee.amountYuan')?.value).toBe(800));
  it('「污水处理费收了5万元」 is no 信息处理费', () => expect(x('污水处理费收了5万元').said.some((d) => d.target.startsWith('fee.'))).toBe(false));
});

describe('没 closing a question asks; 「现行有效的没有」 is none', () => {
  it('「规范性文件现行有效的没有」 zeroes 现行有效', () => expect(x('规范性文件现行有效的没有').cells['t2.normative.valid']).toBe(0));
  it('「行政许可的数你那有记录没」 changes nothing', () => expect(Object.keys(x('行政许可的数你那有记录没').cells)).toEqual([]));
});

describe('大写 numerals in a run; one alone is a word', () => {
  it('「公众号发文 贰佰壹拾 条」 is 210', () => expect(x('公众号发文 贰佰壹拾 条').facts.published_newmedia).toBe(210));
  it('「陆续发布信息50条」 keeps 陆续', () => expect(x('陆续发布信息50条').facts.published_total).toBe(50));
});

describe('来要/要过信息 is applying; 主要信息 and 需要信息 are not', () => {
  it('「企业都没来要过信息」 zeroes the 企业 column', () => expect(x('企业都没来要过信息').cells['t3.new.commercial']).toBe(0));
  it('「主要信息发布了80条」 is no application', () => expect(Object.keys(x('主要信息发布了80条').cells).filter((k) => k.startsWith('t3.'))).toEqual([]));
});

describe('a doubt covers its own space-separated part', () => {
  it('「许可决定15件 处罚的好像是7件」: 15 stored, 7 asked', () => {
    const ex = x('许可决定15件 处罚的好像是7件');
    expect(ex.cells['t2.license.decisions']).toBe(15);
    expect(ex.cells['t2.penalty.decisions']).toBeUndefined();
  });
});

describe('az classes: a counter that is a word, and a row named before its results', () => {
  it('「许可300 处罚45 强制2」: 处 before 罚 is no counter (300 stays 许可\'s)', () => {
    const ex = x('许可300 处罚45 强制2');
    expect([ex.cells['t2.license.decisions'], ex.cells['t2.penalty.decisions']]).toEqual([300, 45]);
  });
  it('「公开栏设了5处」 is still no count', () => expect(Object.keys(x('公开栏设了5处').facts)).toEqual([]));
  it('「表四复议那行 维持1 纠正0」: the row named first is the results\' row', () => {
    expect(x('表四复议那行 维持1 纠正0').cells['t4.review.upheld']).toBe(1);
  });
});

describe('applicants each counted, no row named', () => {
  it('「个人6件 公司3件 律所1件」 are the applications received', () => {
    const ex = x('个人6件 公司3件 律所1件');
    expect([ex.cells['t3.new.natural'], ex.cells['t3.new.commercial'], ex.cells['t3.new.legal']]).toEqual([6, 3, 1]);
  });
  it('with a result named (「予以公开 个人2件 公司1件」) they are that result\'s', () => {
    const ex = x('予以公开 个人2件 公司1件');
    expect(ex.cells['t3.r1.natural']).toBe(2);
    expect(ex.cells['t3.new.natural']).toBeUndefined();
  });
});

describe('documents counted in 部, and the fee after the service it is for', () => {
  it('「规章废止一部 现行有效三部」 are 件; 「联合三部门发布政策解读5篇」 has no 3', () => {
    const ex = x('规章废止一部 现行有效三部');
    expect([ex.cells['t2.rules.repealed'], ex.cells['t2.rules.valid']]).toEqual([1, 3]);
    expect(x('联合三部门发布政策解读5篇').facts.interpretations).toBe(5);
  });
  it('「依申请公开收了信息处理费三百元」 is the fee, no applications', () => {
    const ex = x('依申请公开收了信息处理费三百元');
    expect(ex.said.find((d) => d.target === 'fee.amountYuan')?.value).toBe(300);
    expect(Object.keys(ex.cells).filter((k) => k.startsWith('t3.'))).toEqual([]);
  });
});
