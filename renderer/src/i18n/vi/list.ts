// Vietnamese strings of the publication list (screen 1) and "Tạo mới từ mẫu".
export const list = {
  title: 'Ấn phẩm',
  empty: 'Chưa có ấn phẩm nào. Hãy tạo một ấn phẩm mới từ mẫu ở trên.',
  column: {
    title: 'Tiêu đề',
    template: 'Mẫu',
    savedAt: 'Lưu lần cuối',
    actions: 'Thao tác',
  },
  open: 'Mở',
  openNamed: 'Mở «{{title}}»',
  deleteNamed: 'Xoá «{{title}}»',
  deleteQuestion: 'Xoá hẳn ấn phẩm này?',
  recent: 'Mở gần đây',
  sample: {
    offer: 'Lần đầu dùng? Hãy mở một tờ gấp mẫu có sẵn nội dung để xem thử cách soạn.',
    open: 'Mở ấn phẩm mẫu',
  },
  templates: {
    title: 'Tạo mới từ mẫu',
    none: 'Không tìm thấy mẫu nào.',
    trim: '{{width}} × {{height}} mm',
    own: 'mẫu riêng',
    create: 'Tạo {{kind}} mới',
    problems: 'Có {{count}} mẫu chưa dùng được',
    file: 'tệp',
    field: 'trường',
  },
};
