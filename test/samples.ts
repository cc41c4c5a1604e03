// Small bulletins of the project's own writing, for CLI and pipeline tests.

/** A portal bulletin as plain text, boilerplate included. */
export const TEXT_BULLETIN = `Cổng thông tin điện tử tỉnh
  • Đường dây nóng: 0209.3870.123
Tin trong tỉnh >> Kinh tế

Hội nghị giao ban kinh tế - xã hội tháng 9 năm 2024

27/09/2024 16:05:11 Xem cỡ chữ
Chiều 27/9, đồng chí Hà Văn Khánh - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị giao ban kinh tế - xã hội tháng 9, triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, tỷ lệ giải ngân vốn đầu tư công của tỉnh đến hết tháng 9 đạt 61,5% kế hoạch; thu ngân sách trên địa bàn đạt 78% dự toán. Thực hiện Kế hoạch số 212-KH/TU ngày 05/3/2024 của Tỉnh ủy, các huyện đã hoàn thành 90% khối lượng công việc được giao.

Kết luận hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành bám sát Quyết định số 1456/QĐ-UBND ngày 12/8/2024 của UBND tỉnh để đẩy nhanh tiến độ các dự án trọng điểm.

Minh Châu

1204 lượt xem
`;

/** A minimal HTML page around the same kind of bulletin. */
export const HTML_BULLETIN = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đoàn công tác kiểm tra xã nông thôn mới - Cổng TTĐT tỉnh</title>
<script>var x = "Độ ẩm 85%";</script></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/en">English</a></li></ul></nav>
<div class="breadcrumb"><a href="/tin">Tin tức</a> &gt; <a href="/tin/kinh-te">Kinh tế</a></div>
<article>
<h1>Đoàn công tác kiểm tra xã nông thôn mới</h1>
<div class="date">15/10/2024 09:20</div>
<p>Sáng 15/10, đồng chí Lò Thị Hoa - Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác kiểm tra kết quả xây dựng nông thôn mới tại xã Nậm Búng.</p>
<p>Đến nay xã đã đạt 17/19 tiêu chí; tỷ lệ hộ nghèo giảm còn 12,4%, thu nhập bình quân tăng 8% so với năm 2023.</p>
<p>Đoàn đề nghị xã tiếp tục thực hiện Nghị quyết số 15/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh về hỗ trợ phát triển sản xuất.</p>
<p class="author">Quang Huy</p>
</article>
<div class="weather">Thấp nhất 19°C, cao nhất 27°C. Độ ẩm 85%</div>
<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Địa chỉ: số 1 đường Hòa Bình</footer>
</body></html>
`;
