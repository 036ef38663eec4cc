// The library a new store starts with: reusable blocks written for this
// Centre's readers, citing acts of the registry the app ships
// (laws-2026-12.json, by their ids). Articles are cited
// only where the article is certain (Luật Trợ giúp pháp lý 2017: Điều 7, who
// may receive legal aid; Điều 27, the fields); everything else cites the law
// as a whole (the text may still name an article, e.g. Điều 29 on how a
// request is filed). Editors change and add to all of it in the app.
//
// Legal content checked on 2026-12-03 against docs/legal-content.md: Điều 7
// as amended by Luật Phòng, chống mua bán người 53/2024/QH15 (khoản 6a added,
// điểm g khoản 7 repealed, from 01/7/2025); a request is an "Đơn yêu cầu trợ
// giúp pháp lý" filed in person, by post, fax or electronic means (Điều 29),
// a call only informs; the hotline is "Đường dây nóng trợ giúp pháp lý
// 1800.1233". test/content/legal-statements.test.ts keeps it so.
import type { Block } from '../../contract/publication-format.js';
import type { LawCitation, LibraryItem, LibraryKind } from '../../contract/library.js';

const LAW = 'luat-tgpl-2017';
const DECREE = 'nd-144-2017';
/** Luật Phòng, chống mua bán người 2024: it added khoản 6a to Điều 7 of the legal-aid law. */
const TRAFFICKING_LAW = 'luat-pcmbn-2024';
const cite = (lawId: string, article?: number): LawCitation => (article ? { lawId, article } : { lawId });

interface Draft {
  id: string;
  kind: LibraryKind;
  title: string;
  topics: string[];
  tags?: string[];
  block: Block;
  citations?: LawCitation[];
}

const qa = (id: string, topics: string[], question: string, answer: string, citations: LawCitation[] = [cite(LAW)], tags: string[] = []): Draft => ({
  id, kind: 'qa', title: question, topics, tags, block: { type: 'qa', question, answer }, citations,
});

const explanation = (id: string, topics: string[], title: string, text: string, citations: LawCitation[] = [cite(LAW)], tags: string[] = []): Draft => ({
  id, kind: 'explanation', title, topics, tags, block: { type: 'paragraph', text }, citations,
});

const DRAFTS: Draft[] = [
  // ——— who may receive legal aid (Điều 7) ———
  qa('ai-duoc-tro-giup', ['người được trợ giúp'], 'Những ai được trợ giúp pháp lý miễn phí?',
    'Điều 7 Luật Trợ giúp pháp lý năm 2017 (được sửa đổi, bổ sung từ ngày 01/7/2025) kể ra những người được trợ giúp, trong đó có: người có công với cách mạng; người thuộc hộ nghèo; trẻ em; người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn; người bị buộc tội từ đủ 16 đến dưới 18 tuổi; người bị buộc tội thuộc hộ cận nghèo; nạn nhân mua bán người, người đang trong quá trình xác định là nạn nhân và người dưới 18 tuổi đi cùng nạn nhân (không cần điều kiện về tài chính); và một số người có khó khăn về tài chính.',
    [cite(LAW, 7), cite(TRAFFICKING_LAW)], ['Điều 7', 'khoản 6a']),
  qa('dan-toc-thieu-so', ['người được trợ giúp', 'dân tộc thiểu số'], 'Người dân tộc thiểu số có được trợ giúp pháp lý không?',
    'Có. Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn thuộc diện được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý, **không cần chứng minh khó khăn về tài chính**.',
    [cite(LAW, 7)], ['Điều 7', 'vùng đặc biệt khó khăn']),
  qa('tre-em', ['người được trợ giúp', 'trẻ em'], 'Trẻ em có được trợ giúp pháp lý không?',
    'Có. Trẻ em là một trong những người được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý. Cha mẹ, người giám hộ hoặc người thân có thể yêu cầu trợ giúp thay cho cháu.',
    [cite(LAW, 7)], ['Điều 7']),
  qa('ho-ngheo', ['người được trợ giúp'], 'Nhà tôi thuộc hộ nghèo, tôi có được giúp không?',
    'Có. Người thuộc hộ nghèo được trợ giúp pháp lý miễn phí (Điều 7 Luật Trợ giúp pháp lý). Khi yêu cầu trợ giúp, bà con mang theo giấy tờ cho thấy mình thuộc hộ nghèo.',
    [cite(LAW, 7)], ['Điều 7', 'hộ nghèo']),
  qa('nguoi-co-cong', ['người được trợ giúp'], 'Người có công với cách mạng có được trợ giúp pháp lý không?',
    'Có. Người có công với cách mạng thuộc diện được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý.',
    [cite(LAW, 7)], ['Điều 7']),
  qa('bi-buoc-toi-chua-thanh-nien', ['người được trợ giúp', 'hình sự'], 'Con tôi 17 tuổi bị buộc tội, cháu có được trợ giúp pháp lý không?',
    'Có. Người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý. Gia đình hãy báo ngay cho Trung tâm để được cử người bảo vệ quyền lợi cho cháu.',
    [cite(LAW, 7)], ['Điều 7', 'vụ án hình sự']),
  qa('ho-can-ngheo', ['người được trợ giúp', 'hình sự'], 'Nhà tôi thuộc hộ cận nghèo, tôi có được trợ giúp pháp lý không?',
    'Chỉ thuộc hộ cận nghèo thì chưa đủ. Theo Điều 7 Luật Trợ giúp pháp lý, người bị buộc tội thuộc hộ cận nghèo được trợ giúp. Ngoài ra, người thuộc hộ cận nghèo được coi là có khó khăn về tài chính, nên được trợ giúp nếu đồng thời là người cao tuổi, người khuyết tật, nạn nhân bạo lực gia đình, người nhiễm HIV hoặc thuộc trường hợp khác có khó khăn về tài chính mà Điều 7 kể ra. Hãy hỏi Trung tâm để được hướng dẫn cụ thể.',
    [cite(LAW, 7), cite(DECREE)], ['Điều 7', 'hộ cận nghèo']),
  qa('kho-khan-tai-chinh', ['người được trợ giúp'], 'Những người nào được giúp khi đang khó khăn về tài chính?',
    'Theo khoản 7 Điều 7 Luật Trợ giúp pháp lý, một số người có khó khăn về tài chính cũng được trợ giúp: cha đẻ, mẹ đẻ, vợ, chồng, con của liệt sĩ và người có công nuôi dưỡng liệt sĩ khi còn nhỏ; người nhiễm chất độc da cam; người cao tuổi; người khuyết tật; người từ đủ 16 đến dưới 18 tuổi là bị hại trong vụ án hình sự; nạn nhân bạo lực gia đình; người nhiễm HIV. Trung tâm sẽ hướng dẫn giấy tờ cần có.',
    [cite(LAW, 7), cite(DECREE)], ['Điều 7']),
  qa('nan-nhan-mua-ban-nguoi', ['người được trợ giúp', 'mua bán người'], 'Nạn nhân bị mua bán có được trợ giúp pháp lý không?',
    'Có, và **không cần điều kiện về tài chính**. Từ ngày 01/7/2025, khoản 6a Điều 7 Luật Trợ giúp pháp lý (do Luật Phòng, chống mua bán người số 53/2024/QH15 bổ sung) quy định: nạn nhân mua bán người, người đang trong quá trình xác định là nạn nhân, và người dưới 18 tuổi đi cùng nạn nhân được trợ giúp pháp lý. Thông tin của bà con được giữ kín.',
    [cite(LAW, 7), cite(TRAFFICKING_LAW)], ['Điều 7', 'khoản 6a', 'mua bán người']),
  {
    id: 'dieu-7-luat-tgpl', kind: 'citation', title: 'Luật Trợ giúp pháp lý 2017 (sửa đổi, bổ sung), Điều 7: người được trợ giúp pháp lý',
    topics: ['người được trợ giúp'], tags: ['Điều 7', 'trích dẫn'],
    block: { type: 'callout', title: 'Căn cứ pháp luật', text: 'Điều 7 *Luật Trợ giúp pháp lý* số 11/2017/QH14 (có hiệu lực từ ngày 01/01/2018; được sửa đổi, bổ sung bởi *Luật Phòng, chống mua bán người* số 53/2024/QH15 từ ngày 01/7/2025, thêm khoản 6a và bãi bỏ điểm g khoản 7) quy định những người được trợ giúp pháp lý.' },
    citations: [cite(LAW, 7), cite(TRAFFICKING_LAW)],
  },

  // ——— fields (Điều 27) and forms ———
  qa('linh-vuc', ['lĩnh vực'], 'Trợ giúp pháp lý giúp trong những lĩnh vực nào?',
    'Theo Điều 27 Luật Trợ giúp pháp lý, trợ giúp pháp lý được thực hiện trong **mọi lĩnh vực pháp luật, trừ lĩnh vực kinh doanh, thương mại**.',
    [cite(LAW, 27)], ['Điều 27']),
  qa('dat-dai', ['lĩnh vực', 'đất đai'], 'Tranh chấp đất nương rẫy với nhà bên cạnh có được trợ giúp không?',
    'Được, nếu bà con thuộc diện được trợ giúp. Đất đai là một trong những lĩnh vực được trợ giúp pháp lý (Điều 27 Luật Trợ giúp pháp lý chỉ loại trừ kinh doanh, thương mại). Hãy mang theo giấy tờ về đất và đến Trung tâm.',
    [cite(LAW, 27)], ['Điều 27', 'đất đai']),
  qa('hon-nhan-gia-dinh', ['lĩnh vực', 'gia đình'], 'Việc ly hôn, nuôi con có được trợ giúp pháp lý không?',
    'Được. Hôn nhân và gia đình thuộc các lĩnh vực được trợ giúp (Điều 27 Luật Trợ giúp pháp lý). Người được trợ giúp sẽ được giải thích quyền, nghĩa vụ và hướng dẫn thủ tục.',
    [cite(LAW, 27)], ['Điều 27', 'hôn nhân']),
  qa('lao-dong', ['lĩnh vực', 'lao động'], 'Bị nợ tiền công khi đi làm thuê, tôi có được giúp không?',
    'Được, nếu bà con thuộc diện được trợ giúp. Lao động và tiền công là lĩnh vực được trợ giúp theo Điều 27 Luật Trợ giúp pháp lý. Hãy giữ lại hợp đồng, tin nhắn, giấy tờ về tiền công.',
    [cite(LAW, 27)], ['Điều 27', 'tiền công']),
  qa('kinh-doanh', ['lĩnh vực'], 'Tranh chấp trong việc buôn bán có được trợ giúp pháp lý không?',
    'Không. Điều 27 Luật Trợ giúp pháp lý loại trừ lĩnh vực kinh doanh, thương mại. Bà con vẫn có thể hỏi Trung tâm để được chỉ dẫn nơi tư vấn phù hợp.',
    [cite(LAW, 27)], ['Điều 27']),
  {
    id: 'dieu-27-luat-tgpl', kind: 'citation', title: 'Luật Trợ giúp pháp lý 2017, Điều 27: lĩnh vực trợ giúp pháp lý',
    topics: ['lĩnh vực'], tags: ['Điều 27', 'trích dẫn'],
    block: { type: 'callout', title: 'Căn cứ pháp luật', text: 'Điều 27 *Luật Trợ giúp pháp lý* số 11/2017/QH14 (được sửa đổi, bổ sung bởi Luật số 53/2024/QH15): trợ giúp pháp lý được thực hiện trong các lĩnh vực pháp luật, trừ lĩnh vực kinh doanh, thương mại.' },
    citations: [cite(LAW, 27)],
  },
  explanation('ba-hinh-thuc', ['hình thức'], 'Ba hình thức trợ giúp pháp lý',
    'Trợ giúp pháp lý có ba hình thức: **tham gia tố tụng** (bào chữa, bảo vệ quyền lợi tại cơ quan điều tra, viện kiểm sát, tòa án), **tư vấn pháp luật** (giải thích, hướng dẫn cách giải quyết), và **đại diện ngoài tố tụng** (thay mặt người được trợ giúp làm việc với cơ quan, tổ chức).'),
  qa('tu-van', ['hình thức'], 'Tư vấn pháp luật là giúp những gì?',
    'Người trợ giúp giải thích quy định pháp luật liên quan đến việc của bà con, chỉ ra cách giải quyết, hướng dẫn viết đơn và chuẩn bị giấy tờ.'),
  qa('tham-gia-to-tung', ['hình thức', 'hình sự'], 'Khi có vụ án, Trung tâm giúp như thế nào?',
    'Trợ giúp viên pháp lý hoặc luật sư của Trung tâm có thể tham gia tố tụng để bào chữa hoặc bảo vệ quyền lợi cho người được trợ giúp tại cơ quan điều tra, viện kiểm sát và tòa án.'),
  qa('dai-dien-ngoai-to-tung', ['hình thức'], 'Đại diện ngoài tố tụng là gì?',
    'Là khi người trợ giúp thay mặt người được trợ giúp làm việc với cơ quan, tổ chức hoặc cá nhân khác để bảo vệ quyền lợi hợp pháp của họ, ngoài việc kiện tụng ở tòa án.'),

  // ——— procedure ———
  qa('cach-de-nghi', ['thủ tục'], 'Muốn được trợ giúp pháp lý thì làm thế nào?',
    'Bà con làm **Đơn yêu cầu trợ giúp pháp lý** (Trung tâm có mẫu và ghi giúp nếu cần) kèm giấy tờ, rồi nộp trực tiếp tại Trung tâm hoặc cho trợ giúp viên khi Trung tâm về xã, gửi qua bưu điện, hoặc gửi bằng fax, hình thức điện tử (Điều 29 Luật Trợ giúp pháp lý). Người thân hoặc cán bộ xã có thể chuyển đơn giúp. Gọi điện cho Trung tâm hay gọi đường dây nóng 1800.1233 là để được hướng dẫn, chưa phải là yêu cầu trợ giúp pháp lý.',
    [cite(LAW), cite(DECREE)], ['Điều 29', 'đơn yêu cầu']),
  qa('giay-to', ['thủ tục'], 'Cần mang theo giấy tờ gì?',
    'Đơn yêu cầu trợ giúp pháp lý (Trung tâm có mẫu và ghi giúp nếu cần), giấy tờ tùy thân, giấy tờ cho thấy mình thuộc diện được trợ giúp, và các giấy tờ liên quan đến vụ việc.',
    [cite(LAW), cite(DECREE)]),
  qa('chua-du-giay-to', ['thủ tục'], 'Chưa có đủ giấy tờ thì có được giúp không?',
    'Bà con cứ đến, hoặc gọi điện trước để được hướng dẫn. Trung tâm sẽ nói những giấy tờ cần bổ sung; việc gấp có thể được nhận giúp trước.'),
  qa('khong-biet-chu', ['thủ tục', 'dân tộc thiểu số'], 'Tôi không biết chữ thì làm đơn thế nào?',
    'Bà con chỉ cần trình bày bằng lời. Người của Trung tâm sẽ ghi lại vào đơn, đọc lại cho bà con nghe rồi mới ký hoặc điểm chỉ.'),
  qa('phien-dich', ['thủ tục', 'dân tộc thiểu số'], 'Tôi không nói thạo tiếng Việt thì có được giúp không?',
    'Có. Bà con cứ trình bày bằng tiếng dân tộc mình. Hãy báo trước để Trung tâm bố trí người phiên dịch.'),

  // ——— rights and duties ———
  qa('mien-phi', ['quyền và nghĩa vụ'], 'Được trợ giúp pháp lý có phải trả tiền không?',
    'Không. Trợ giúp pháp lý là **hoàn toàn miễn phí**: người được trợ giúp không phải trả tiền, không phải biếu quà hay bất kỳ lợi ích nào.'),
  qa('cam-nhan-tien', ['quyền và nghĩa vụ'], 'Nếu có người đòi tiền để "lo" trợ giúp pháp lý thì sao?',
    'Người thực hiện trợ giúp pháp lý không được nhận tiền, quà hay lợi ích của người được trợ giúp. Ai đòi tiền như vậy là sai; hãy báo ngay cho Trung tâm.'),
  explanation('quyen-nguoi-duoc-tro-giup', ['quyền và nghĩa vụ'], 'Quyền của người được trợ giúp',
    'Người được trợ giúp được giúp miễn phí; được giải thích rõ quyền, nghĩa vụ của mình; được giữ bí mật nội dung vụ việc; được đề nghị thay người trợ giúp hoặc thôi nhận trợ giúp; được khiếu nại, tố cáo khi quyền lợi bị xâm phạm.'),
  explanation('nghia-vu-nguoi-duoc-tro-giup', ['quyền và nghĩa vụ'], 'Người được trợ giúp cần làm gì',
    'Cung cấp giấy tờ chứng minh mình thuộc diện được trợ giúp; kể đúng, đủ sự việc và đưa giấy tờ liên quan; tôn trọng người trợ giúp và những người có liên quan.'),
  qa('bi-mat', ['quyền và nghĩa vụ'], 'Chuyện tôi kể có bị lộ ra ngoài không?',
    'Người trợ giúp phải giữ bí mật thông tin về vụ việc và người được trợ giúp, trừ khi người được trợ giúp đồng ý hoặc pháp luật có quy định khác.'),

  // ——— general ———
  explanation('tro-giup-phap-ly-la-gi', ['giới thiệu'], 'Trợ giúp pháp lý là gì?',
    'Trợ giúp pháp lý là việc Nhà nước cung cấp dịch vụ pháp lý **miễn phí** cho người thuộc diện được trợ giúp, giúp họ biết quyền của mình, tự bảo vệ quyền và lợi ích hợp pháp, và được đối xử bình đẳng trước pháp luật.',
    [cite(LAW)]),
  explanation('luat-hieu-luc', ['giới thiệu'], 'Văn bản quy định về trợ giúp pháp lý',
    'Luật Trợ giúp pháp lý số 11/2017/QH14 có hiệu lực từ ngày 01/01/2018 và được sửa đổi, bổ sung bởi Luật Phòng, chống mua bán người số 53/2024/QH15 (từ ngày 01/7/2025); Nghị định 144/2017/NĐ-CP quy định chi tiết một số điều của Luật.',
    [cite(LAW), cite(DECREE), cite(TRAFFICKING_LAW)]),
  qa('o-xa-xa', ['thủ tục', 'dân tộc thiểu số'], 'Nhà ở xa, không xuống tỉnh được thì sao?',
    'Hãy gọi điện cho Trung tâm hoặc báo với công chức tư pháp ở Ủy ban nhân dân xã để được hướng dẫn. Đơn yêu cầu có thể gửi qua bưu điện, hoặc nhờ người thân, cán bộ xã chuyển giúp. Trung tâm thường xuyên cử trợ giúp viên về tận xã, thôn để gặp bà con.'),
  qa('bao-luc-gia-dinh', ['người được trợ giúp', 'gia đình'], 'Bị chồng đánh nhiều lần, tôi có thể nhờ ai giúp?',
    'Nạn nhân bạo lực gia đình có khó khăn về tài chính được trợ giúp pháp lý (Điều 7 Luật Trợ giúp pháp lý). Khi nguy hiểm, hãy gọi ngay công an 113. Sau đó liên hệ Trung tâm để được tư vấn về quyền của mình.',
    [cite(LAW, 7)], ['bạo lực gia đình']),

  // ——— contact boxes ———
  {
    // The id keeps its old name: publications that link this item find it by id.
    id: 'tong-dai-1800-1233', kind: 'contact', title: 'Đường dây nóng trợ giúp pháp lý 1800.1233',
    topics: ['liên hệ'], tags: ['đường dây nóng', 'miễn phí'],
    block: { type: 'callout', tone: 'important', title: 'Đường dây nóng trợ giúp pháp lý 1800.1233', text: 'Của Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý. Gọi **miễn phí**, 8:00–17:00 từ thứ Hai đến thứ Sáu, trừ ngày lễ, để được giải đáp, hướng dẫn; cuộc gọi chưa phải là yêu cầu trợ giúp pháp lý.' },
    citations: [],
  },
  {
    id: 'trung-tam-lang-son', kind: 'contact', title: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
    topics: ['liên hệ'], tags: ['Lạng Sơn', 'địa chỉ'],
    block: { type: 'callout', title: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn', text: 'Bà con có thể đến trụ sở Trung tâm, gặp trợ giúp viên khi Trung tâm về xã, hoặc gọi điện thoại để được hướng dẫn. Đường dây nóng trợ giúp pháp lý (miễn phí): **1800.1233**.' },
    citations: [],
  },
];

export function starterItems(updatedAt: string): LibraryItem[] {
  return DRAFTS.map((d) => ({ tags: [], citations: [], ...d, revision: 1, updatedAt }));
}
