// Vietnamese strings of the live preview and the preflight findings.
export const preview = {
  title: 'Xem trước',
  rendering: 'Đang dựng lại…',
  timing: 'Dựng trong {{total}} ms (máy dàn trang {{engine}} ms)',
  failed: 'Chưa xem trước được: {{reason}}',
  first: 'Đang dựng bản xem trước…',
  overflow: '{{flow}} còn thừa {{mm}} mm — hãy rút bớt chữ',
  pageImage: 'Xem trước: {{label}}',
  findings: {
    title: 'Kiểm tra trước khi in',
    none: 'Không thấy vấn đề nào.',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
    count: { error: '{{count}} lỗi', warning: '{{count}} cảnh báo', info: '{{count}} ghi chú' },
    onPage: '(trang {{page}})',
    showPage: 'Xem trang {{page}}',
    showBlock: 'Đến {{block}}',
  },
};
