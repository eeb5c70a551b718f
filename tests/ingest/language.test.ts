import { describe, expect, it } from 'vitest';
import { inAnotherLanguage } from '../../src/ingest/text/language.ts';

describe('the language a text is written in', () => {
  it('reads an English article as English, Vietnamese names and all', () => {
    const english =
      'General Secretary Tô Lâm met President Ilham Aliyev in Hà Nội on Thursday, and the two leaders agreed to expand cooperation in energy, education and culture between Việt Nam and Azerbaijan over the coming years.';
    expect(inAnotherLanguage(english)).toBe(false);
  });

  it('reads a Vietnamese article, a Spanish one and a Chinese one as another language', () => {
    const vietnamese =
      'Dự án cầu vượt tại nút giao trung tâm thành phố được khởi công từ năm 2021 với tổng vốn đầu tư hơn 500 tỷ đồng, nhưng đến nay mới hoàn thành khoảng một nửa khối lượng công việc.';
    const spanish =
      'El ayuntamiento de la ciudad aprobó este jueves un plan para renovar el puerto, que según los técnicos necesita una inversión de más de diez millones de euros para los próximos años.';
    const chinese = '市政府周四批准了一项翻新港口的计划。技术人员表示，未来几年需要超过一千万欧元的投资。该计划还包括新的渡轮码头和一条自行车道，预计明年春天动工。' + ' 港口 码头 渡轮 计划 投资 城市 政府 技术 人员 自行车 道路 春天 工程 建设 项目 资金 预算 市民 交通 环境';
    expect(inAnotherLanguage(vietnamese)).toBe(true);
    expect(inAnotherLanguage(spanish)).toBe(true);
    expect(inAnotherLanguage(chinese)).toBe(true);
  });

  it('reads a table of names and figures as English, and says nothing of a few words', () => {
    const results = 'Leeds 2 Chelsea 1\nArsenal 0 Everton 0\nLiverpool 3 Wimbledon 1\nNewcastle 2 Tottenham 2\nSouthampton 1 Derby 1\nMiddlesbrough 4 Coventry 0\nSheffield Wednesday 1 Blackburn 1';
    expect(inAnotherLanguage(results)).toBe(false);
    expect(inAnotherLanguage('Theo cơ quan công an')).toBe(false);
  });
});
