/**
 * A procedures spreadsheet as the province's catalogue exports it (CSV), for
 * the import's browser tests: two good rows and two bad ones (row 3: a code
 * not in the national N.NNNNNN form; row 5: a service the hall does not have).
 */
export const BAD_ROWS_CSV = [
  'code,name,field,department,service,processingDays,processingTime,fee,documents',
  '1.999001,Cấp bản sao trích lục hộ tịch,Hộ tịch,tp,tu-phap,1,01 ngày làm việc,8.000 đồng,Tờ khai cấp bản sao trích lục',
  '12-34,Thủ tục có mã sai,Hộ tịch,tp,tu-phap,1,01 ngày làm việc,Không,Tờ khai',
  '1.999002,Đăng ký khai sinh,Hộ tịch,tp,tu-phap,0,Trong ngày,Miễn phí,Tờ khai đăng ký khai sinh',
  '1.999003,Thủ tục của dịch vụ không có,Hộ tịch,tp,khong-co,2,02 ngày làm việc,Không,Tờ khai',
].join('\n');
