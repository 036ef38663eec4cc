// Vietnamese strings of the "exports" screens (the default language).
export const exports = {
  progressLabel: 'Tiến độ xuất tệp',
  stage: {
    prepare: 'Đang chuẩn bị nội dung…',
    layout: 'Đang dàn trang…',
    paint: 'Đang vẽ trang {{done}}/{{total}}',
    impose: 'Đang ghép trang cho bản in thử…',
    write: 'Đang ghi tệp…',
  },
  cancel: 'Huỷ',
  cancelHint: 'Dừng xuất tệp; không tệp nào được tạo',
  saved: 'Đã lưu «{{file}}».',
  downloaded: 'Đã xuất «{{file}}».',
  notSaved: 'Chưa lưu tệp: hộp thoại lưu đã được đóng. Hãy xuất lại khi cần.',
  cancelled: 'Đã huỷ xuất tệp. Không có tệp nào được tạo.',
  failed: 'Chưa xuất được: {{reason}}',
  exportProof: 'Xuất bản in thử',
  exportProofHint: 'Bản in thử trên giấy A4 để in bằng máy văn phòng, gập và đóng ghim',
};
