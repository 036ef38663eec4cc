// Vietnamese strings of the app frame: header and language choice.
export const app = {
  name: 'Ấn phẩm TGPL',
  owner: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn',
  settings: 'Cài đặt',
  languageLabel: 'Ngôn ngữ giao diện',
  languageName: { vi: 'Tiếng Việt', en: 'English' },
  languageNotSaved: 'Đã đổi ngôn ngữ nhưng chưa lưu được vào cài đặt: {{reason}}',
};
