// Usage text and the error for a command line that cannot be run as typed.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function usageText(defaultDataDir: string): string {
  return `Cách dùng: npm run cli -- <lệnh> [tùy chọn]

Lệnh:
  render TỆP.json -o RA.pdf     xuất PDF in được (khổ thành phẩm + 3 mm tràn lề, dấu cắt, dấu gấp)
    --proof                     bản in thử văn phòng: sách dàn 2 trang trên A4 ngang theo thứ tự
                                đóng ghim giữa (in hai mặt, lật cạnh ngắn, gấp đôi, dập ghim)
  preflight TỆP.json [--json]   kiểm tra trước khi in; mã thoát 1 khi có lỗi
  templates                     liệt kê các mẫu tìm thấy (loại, khổ, nguồn) và mẫu bị hỏng
  serve [--port N]              giao diện và API trên http://127.0.0.1 cho trình duyệt

Tùy chọn chung:
  --data THƯ_MỤC                thư mục dữ liệu (mặc định: ${defaultDataDir})
  -h, --help                    hiện hướng dẫn này

Mã thoát: 0 xong, 1 dữ liệu đầu vào sai (thông báo nêu tệp và trường), 2 dùng lệnh sai.`;
}
