import type { ReceiptPrintJob, TicketPrintJob } from '@luot/protocol';

/** 23/11/2026 09:05 in Hà Nội (a Monday). */
const SAMPLE_TIME = Date.UTC(2026, 10, 23, 2, 5);

/** A ticket with every field filled and the hard letters (ễ ậ ờ ữ) in it: for installers, docs and tests. */
export function sampleTicket(issuedAt = SAMPLE_TIME): TicketPrintJob {
  return {
    hallName: { vi: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn', en: 'Bắc Kạn Public Administrative Service Center' },
    serviceName: { vi: 'Đăng ký kinh doanh, đầu tư', en: 'Business and investment registration' },
    code: 'A015',
    priority: 'elderly',
    issuedAt,
    peopleAhead: 12,
    estimatedWaitMinutes: 25,
    trackUrl: 'http://192.168.1.10:8080/t/20261123-A015-7Q4K',
    guidance: { vi: 'Vui lòng chờ gọi số trên màn hình và loa. Xin cảm ơn!', en: 'Please wait for your number on the screen.' },
  };
}

export function sampleReceipt(receivedAt = SAMPLE_TIME): ReceiptPrintJob {
  return {
    hallName: { vi: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn', en: 'Bắc Kạn Public Administrative Service Center' },
    dossierCode: '000.00.06.H56-261123-0361',
    trackingCode: '000.00.06.H56-261123-0361-K7QX3M',
    trackUrl: 'http://192.168.1.10:8080/d/000.00.06.H56-261123-0361-K7QX3M',
    applicant: {
      name: 'Nguyễn Thị Hường',
      idNumber: '046201000152',
      address: 'Thôn Nà Vường, xã Nghiên Loan, huyện Pác Nặm, tỉnh Bắc Kạn',
      phone: '0912 345 678',
    },
    procedure: { code: '2.000635', name: 'Đăng ký thành lập hộ kinh doanh' },
    documents: [
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh', originals: 1, copies: 0 },
      { name: 'Bản sao giấy tờ pháp lý của cá nhân', originals: 0, copies: 1 },
      { name: 'Biên bản họp thành viên hộ gia đình', originals: 1, copies: 0 },
    ],
    processingTime: '03 ngày làm việc',
    receivedAt,
    // Three working days later: Thursday 26/11/2026, 09:05.
    appointmentAt: receivedAt + 3 * 24 * 60 * 60 * 1000,
    returnPlace: 'Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh',
    officerName: 'Trần Văn Lữ',
  };
}
