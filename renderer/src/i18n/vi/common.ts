// Vietnamese words shared by many screens: buttons, kinds of publication,
// the Centre's fields and the messages of the API client.
export const common = {
  delete: 'Xoá',
  deleteAsk: 'Xoá…',
  cancel: 'Huỷ',
  loading: 'Đang tải…',
  untitled: '(chưa có tiêu đề)',
  page: 'Trang {{page}}',
  backToList: '← Danh sách ấn phẩm',
  /** Lower case, as a kind sits inside a sentence ("Tạo tờ gấp mới"); headings capitalise it. */
  kind: {
    leaflet: 'tờ gấp',
    pocketbook: 'sách bỏ túi',
    handbook: 'cẩm nang',
    notebook: 'sổ tay',
    other: 'ấn phẩm',
  },
  centre: {
    name: 'Tên đơn vị',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
  },
  api: {
    unreachable: 'Không kết nối được với ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh đang chạy "serve".',
    unreadable: 'Ứng dụng trả lời không đọc được (HTTP {{status}}).',
    unexpected: 'Đã có lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị.',
  },
};
