// CJK radical code points → the ordinary ideographs. PDF fonts often share one glyph between 「工」 and the Kangxi
// radical 「⼯」 (U+2F2F); the font's ToUnicode then maps that glyph to the radical, and text read from the PDF
// says 「⼯作」「⼈⺠政府」. Only these two blocks are touched: NFKC is applied to each Kangxi radical alone
// (U+2F00–U+2FD5 all have compatibility decompositions), never to the whole text, which would also rewrite
// full-width punctuation and digits. CJK Radicals Supplement (U+2E80–U+2EF3) has almost no decompositions, so
// its table is written out (Unicode EquivalentUnifiedIdeograph.txt); forms with no single ordinary ideograph are
// left as they are.

const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺂': '乛', '⺃': '乚', '⺄': '乙', '⺅': '亻', '⺆': '冂', '⺉': '刂', '⺊': '卜', '⺋': '㔾', '⺌': '小',
  '⺍': '小', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺕': '彐', '⺖': '忄', '⺗': '㣺',
  '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺',
  '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '目', '⺬': '示',
  '⺭': '礻', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺱': '罒', '⺲': '罒', '⺳': '㓁', '⺹': '耂', '⺺': '肀', '⺻': '聿',
  '⺼': '月', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角',
  '⻈': '讠', '⻉': '贝', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸',
  '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食',
  '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** 「⼯作」→「工作」, 「⼈⺠」→「人民」; every other character is kept as it is. */
export function normaliseRadicals(s: string): string {
  return s.replace(RADICAL, (ch) => (ch >= '\u2f00' ? ch.normalize('NFKC') : (SUPPLEMENT[ch] ?? ch)));
}

/** Does the text contain a radical code point? */
export const hasRadicals = (s: string) => /[\u2e80-\u2ef3\u2f00-\u2fd5]/.test(s);
