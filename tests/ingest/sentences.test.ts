import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/text/sentences.ts';

describe('splitSentences', () => {
  it('splits Chinese and Japanese after a full-width mark, but not inside a quotation that the sentence goes on after', () => {
    expect(splitSentences('今日は晴れです。明日は雨でしょう。「本当？」と彼は聞いた。')).toEqual(['今日は晴れです。', '明日は雨でしょう。', '「本当？」と彼は聞いた。']);
  });

  it('splits after the danda, the Arabic question mark and the Urdu full stop, which no capital follows', () => {
    expect(splitSentences('यह पहला वाक्य है। यह दूसरा है।')).toEqual(['यह पहला वाक्य है।', 'यह दूसरा है।']);
    expect(splitSentences('ما هذا؟ لا أعرف.')).toEqual(['ما هذا؟', 'لا أعرف.']);
    expect(splitSentences('حکومت نے اعلان کیا۔ اجلاس کل ہوگا۔')).toEqual(['حکومت نے اعلان کیا۔', 'اجلاس کل ہوگا۔']);
  });

  it('splits plain prose on terminal punctuation', () => {
    expect(splitSentences('The talks went well. Both sides agreed! Was it over? Nobody knew.')).toEqual([
      'The talks went well.',
      'Both sides agreed!',
      'Was it over?',
      'Nobody knew.',
    ]);
  });

  it('keeps honorifics, military and street abbreviations inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. Angela Morrison and Gen. Lee on St. Patrick Street. They talked.')).toEqual([
      'Mr. Smith met Dr. Angela Morrison and Gen. Lee on St. Patrick Street.',
      'They talked.',
    ]);
  });

  it('keeps Vietnamese abbreviations before a name inside the sentence: a city, an academic title', () => {
    expect(splitSentences('Nguyên Phó Chủ tịch UBND TP. HCM vừa bị khởi tố. PGS. Nguyễn Văn An cho biết thêm.')).toEqual([
      'Nguyên Phó Chủ tịch UBND TP. HCM vừa bị khởi tố.',
      'PGS. Nguyễn Văn An cho biết thêm.',
    ]);
  });

  it('keeps initials, months, "No." before a number and times', () => {
    const text = 'Marcus J. Reed enrolled on Jan. 1, 2005. The No. 2 official spoke at 10 a.m. on Tuesday. It ended.';
    expect(splitSentences(text)).toEqual([
      'Marcus J. Reed enrolled on Jan. 1, 2005.',
      'The No. 2 official spoke at 10 a.m. on Tuesday.',
      'It ended.',
    ]);
  });

  it('treats "U.S." and "U.N." as part of a name unless a new sentence clearly starts', () => {
    expect(splitSentences('The U.S. Education Department met the U.N. Security Council in the U.S. The talks ended.')).toEqual([
      'The U.S. Education Department met the U.N. Security Council in the U.S.',
      'The talks ended.',
    ]);
  });

  it('does not split decimals, money or thousands', () => {
    expect(splitSentences('Trade hit US$223.93 million in 2024, up 4.2 percent to 3,867.9. 5,000 students came.')).toEqual([
      'Trade hit US$223.93 million in 2024, up 4.2 percent to 3,867.9.',
      '5,000 students came.',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(splitSentences('“We showed character,” Mowbray said. “The lads kept going.” Rovers won.')).toEqual([
      '“We showed character,” Mowbray said.',
      '“The lads kept going.”',
      'Rovers won.',
    ]);
  });

  it('does not split "?" or "!" inside a quote followed by the speaker', () => {
    expect(splitSentences('"Why now?" she asked. "Yes!" he said.')).toEqual(['"Why now?" she asked.', '"Yes!" he said.']);
  });

  it('splits after an ellipsis only when a capital follows', () => {
    expect(splitSentences('He paused... then went on. He waited… Then he left.')).toEqual([
      'He paused... then went on.',
      'He waited…',
      'Then he left.',
    ]);
  });

  it('returns verbatim substrings and nothing for blank input', () => {
    const paragraph = 'Việt Nam always values the friendship.   Xuân said so.';
    for (const sentence of splitSentences(paragraph)) expect(paragraph).toContain(sentence);
    expect(splitSentences('  \n ')).toEqual([]);
    expect(splitSentences('No terminal punctuation')).toEqual(['No terminal punctuation']);
  });
});
