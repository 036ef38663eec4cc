// Vietnamese strings of "Cài đặt": the Centre's details and logo.
export const settings = {
  title: 'Cài đặt',
  centre: 'Thông tin Trung tâm',
  hint: 'Hộp liên hệ của mọi ấn phẩm tạo mới lấy từ đây. Ấn phẩm đã có giữ thông tin riêng; trong trình soạn có nút «Lấy thông tin Trung tâm từ Cài đặt».',
  logo: 'Logo (PNG hoặc JPEG, không bắt buộc)',
  logoAlt: 'Logo của Trung tâm',
  logoRemove: 'Bỏ logo',
  logoRefused: 'Logo phải là ảnh PNG hoặc JPEG nhỏ hơn {{kb}} kB.',
  save: 'Lưu cài đặt',
  saved: 'Đã lưu thông tin Trung tâm. Ấn phẩm tạo mới từ nay sẽ dùng thông tin này.',
  saveFailed: 'Chưa lưu được: {{reason}}',
};
