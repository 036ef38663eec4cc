// Vietnamese strings of "Cài đặt": the Centre's details (one record: the
// contact box of new publications, Bên A of the papers, the reports) and logo.
export const settings = {
  title: 'Cài đặt',
  centre: 'Thông tin Trung tâm',
  intro: 'Thông tin của Trung tâm chỉ sửa ở đây; ấn phẩm tạo mới, hợp đồng, biên bản và báo cáo đều lấy từ đây.',
  printed: 'Thông tin in trên ấn phẩm',
  hint: 'Hộp liên hệ của mọi ấn phẩm tạo mới lấy từ đây. Ấn phẩm đã có giữ thông tin riêng; trong trình soạn có nút «Lấy thông tin Trung tâm từ Cài đặt».',
  party: 'Thông tin Bên A trong hợp đồng',
  partyHint: 'Hợp đồng in, biên bản nghiệm thu, thanh lý, giao nhận và báo cáo ghi Bên A bằng tên, địa chỉ, điện thoại ở trên cùng các thông tin sau.',
  field: {
    agency: 'Cơ quan chủ quản',
    taxCode: 'Mã số thuế',
    bankAccount: 'Số tài khoản',
    bankName: 'Kho bạc / ngân hàng',
    representative: 'Người đại diện',
    position: 'Chức vụ',
    place: 'Địa danh ký',
  },
  logo: 'Logo (PNG hoặc JPEG, không bắt buộc)',
  logoAlt: 'Logo của Trung tâm',
  logoRemove: 'Bỏ logo',
  logoRefused: 'Logo phải là ảnh PNG hoặc JPEG nhỏ hơn {{kb}} kB.',
  save: 'Lưu cài đặt',
  saved: 'Đã lưu thông tin Trung tâm. Ấn phẩm tạo mới và các văn bản từ nay sẽ dùng thông tin này.',
  saveFailed: 'Chưa lưu được: {{reason}}',
};
