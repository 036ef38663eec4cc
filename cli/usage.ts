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
    --limit-ink                 đưa ảnh CMYK quá giới hạn tổng lượng mực (FOGRA39: 330 %) về giới hạn
                                mã thoát 1 khi tệp in có lỗi (ví dụ ảnh dưới 150 ppi); tệp vẫn được ghi
  render TỆP.json -o RA.docx    tài liệu Word sửa được, cùng nội dung (kiểu Heading, danh sách, khung, ảnh)
  import TỆP.(docx|txt) -o ẤN_PHẨM.json
    [--encoding auto|tcvn3|vni|unicode] [--template MẪU]
                                nhập tệp Word hoặc văn bản (cả bảng mã cũ TCVN3, VNI, Unicode tổ hợp)
                                thành ấn phẩm; in ra những chỗ cần kiểm tra
  preflight TỆP.json [--json] [--limit-ink]
                                kiểm tra trước khi in, cả văn bản pháp luật được trích dẫn và khung
                                liên hệ theo dữ liệu ở --data (chỉ đọc); mã thoát 1 khi có lỗi
  templates                     liệt kê các mẫu tìm thấy (loại, khổ, nguồn) và mẫu bị hỏng
  serve [--port N]              giao diện và API trên http://127.0.0.1 cho trình duyệt
  data export -o GÓI.json       xuất toàn bộ hồ sơ (hợp đồng, giao hàng, kho…) thành một gói JSON
  data import GÓI.json          nhập gói JSON thay cho hồ sơ hiện có (sai thì không đổi gì, mã thoát 1)
  report distribution [--by unit|commune|former-district] -o RA.(xlsx|csv|json|pdf|docx) [--from NGÀY] [--to NGÀY]
                                báo cáo cấp phát theo đơn vị × ấn phẩm (ngày: 2022-10-01 hoặc 01/10/2022);
                                --by commune gộp cơ quan vào xã, phường; --by former-district gộp theo huyện cũ
    --number SỐ                 số của báo cáo .pdf/.docx (12 → "Số: 12/BC-TGPL"); không có thì chừa chỗ ghi tay
  report plan MÃ_KẾ_HOẠCH -o RA.(json|xlsx|pdf|docx)
                                báo cáo một kế hoạch: hoạt động, chỉ tiêu, đã thực hiện, ấn phẩm cấp tại sự kiện, kinh phí

Tùy chọn chung:
  --data THƯ_MỤC                thư mục dữ liệu (mặc định: ${defaultDataDir})
  -h, --help                    hiện hướng dẫn này

Mã thoát: 0 xong, 1 dữ liệu đầu vào sai (thông báo nêu tệp và trường), 2 dùng lệnh sai.`;
}
