// Vietnamese strings of the "approval" screens (the default language): the
// approval bar of a publication and the comparison of its versions.
export const approval = {
  status: { draft: 'Bản nháp', submitted: 'Đã trình duyệt', approved: 'Đã duyệt', sent: 'Đã gửi in' },
  action: {
    submit: 'Trình duyệt',
    approve: 'Duyệt',
    return: 'Trả lại để sửa',
    sendToPrint: 'Gửi in',
    newVersion: 'Mở phiên bản mới để sửa',
  },
  bar: {
    state: '{{status}} · phiên bản {{version}}',
    stateApproved: '{{status}} · phiên bản {{version}} · duyệt bởi {{by}} lúc {{at}}',
    done: '{{status}} (phiên bản {{version}}).',
    failed: 'Chưa làm được: {{reason}}',
    actor: 'Người thực hiện',
    actorHint: 'Họ tên, chức vụ',
    note: 'Ghi chú',
    versions: 'Các phiên bản, so sánh',
    lockedSubmitted: 'Đang chờ duyệt: nội dung bị khóa, mọi thay đổi sẽ không được lưu. Trả lại để sửa tiếp.',
    lockedApproved: 'Đã duyệt: nội dung bị khóa, mọi thay đổi sẽ không được lưu. Mở phiên bản mới để sửa; bản đã duyệt vẫn được giữ.',
  },
  compare: {
    back: '← Về ấn phẩm',
    title: 'Phiên bản và so sánh',
    history: 'Lịch sử phê duyệt',
    entry: '{{at}} — {{status}} (phiên bản {{version}})',
    version: 'Phiên bản {{version}} ({{status}}, {{at}})',
    current: 'Bản đang sửa',
    none: 'Chưa có phiên bản nào được trình duyệt.',
    from: 'So sánh từ',
    to: 'đến',
    summary: '{{changed}} khối sửa, {{added}} khối thêm, {{removed}} khối bỏ.',
    change: { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa' },
  },
};
