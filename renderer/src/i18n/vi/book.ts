// Vietnamese strings of a book's editor parts: outline, page view, options.
export const book = {
  timing: '{{count}} trang · dựng trong {{total}} ms (máy dàn trang {{engine}} ms)',
  nav: 'Lật trang',
  previous: '‹ Trang trước',
  next: 'Trang sau ›',
  spreadPages: 'Trang {{first}}–{{last}}',
  mode: 'Cách xem',
  modes: { page: 'Từng trang', spread: 'Trang đôi' },
  pages: 'Các trang',
  blankPage: 'Trang {{page}} (trang trắng)',
  blankCaption: 'Trang {{page}} · trang trắng',
  pickHint: 'Bấm vào một đoạn chữ để mở khối của nó trong phần soạn thảo',
  drawFailed: 'Không vẽ được trang {{page}}:',
  outline: {
    title: 'Dàn ý',
    empty: 'Phần «{{slot}}» chưa có tiêu đề nào. Thêm khối «Tiêu đề» cấp 1 để mở một chương.',
    untitled: '(tiêu đề trống)',
    notYet: 'Chưa có trong bản xem trước',
    page: 'trang',
  },
  options: {
    size: 'Khổ sách',
    notePages: 'Số trang ghi chú (kẻ dòng)',
  },
};
