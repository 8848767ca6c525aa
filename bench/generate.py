#!/usr/bin/env python3
"""Synthetic content generator for cchc benchmarks.

    python3 bench/generate.py --size S|L --out DIR [--hugo DIR2]

Writes a complete cchc content folder (site.yml, tin-bai/, thu-tuc/, duong-day-nong/,
trang/, tep/) with realistic Vietnamese administrative-reform text, and optionally the same
content as a Hugo site (config.toml, content/, data/site.yml, static/tep/, layouts/) for
comparison with Hugo 0.111.

Deterministic: the same arguments always produce byte-identical files (one seeded RNG,
no dependence on hash order, the clock or the environment). Python 3.11 standard library
only. DIR and DIR2 are emptied first.
"""

from __future__ import annotations

import argparse
import posixpath
import random
import re
import shutil
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

SIZES = {
    "S": {"articles": 1_000, "procedures": 400, "hotlines": 5},
    "L": {"articles": 10_000, "procedures": 2_000, "hotlines": 20},
}
SEEDS = {"S": 20_241_001, "L": 20_261_126}

BASE_URL = "https://xa.example.gov.vn/cai-cach-hanh-chinh/"
UNIT_PLACE = "xã An Thịnh"
UNIT = "Ủy ban nhân dân xã An Thịnh"
PROVINCE = "tỉnh Ninh Bình"
MAIL_DOMAIN = "anthinh.ninhbinh.gov.vn"

# Dates of articles: 2024-01-01 … 2026-11-25 (the benchmark builds with --now 2026-11-26).
FIRST_DAY = (2024, 1, 1)
LAST_DAY = (2026, 11, 25)

# --------------------------------------------------------------------------- vocabulary

CATEGORIES = [
    ("cai-cach-the-che", "Cải cách thể chế"),
    ("cai-cach-thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính"),
    ("cai-cach-to-chuc-bo-may", "Cải cách tổ chức bộ máy"),
    ("cai-cach-che-do-cong-vu", "Cải cách chế độ công vụ"),
    ("cai-cach-tai-chinh-cong", "Cải cách tài chính công"),
    ("chinh-quyen-so", "Chính quyền điện tử – chính quyền số"),
    ("hoat-dong-cai-cach-cua-xa", "Hoạt động cải cách hành chính của xã"),
]

TAGS = [
    "cải cách hành chính", "thủ tục hành chính", "một cửa", "một cửa liên thông",
    "dịch vụ công trực tuyến", "dịch vụ công toàn trình", "Cổng Dịch vụ công quốc gia",
    "VNeID", "Đề án 06", "chuyển đổi số", "chính quyền số", "chữ ký số",
    "thanh toán trực tuyến", "không dùng tiền mặt", "phí lệ phí", "hồ sơ trực tuyến",
    "số hóa hồ sơ", "hộ tịch", "khai sinh", "kết hôn", "chứng thực", "sao y",
    "đất đai", "bảo trợ xã hội", "người có công", "hộ kinh doanh", "xây dựng",
    "văn hóa công vụ", "kỷ luật kỷ cương", "cán bộ công chức", "vị trí việc làm",
    "tổ chức bộ máy", "chính quyền hai cấp", "sắp xếp đơn vị hành chính",
    "văn bản quy phạm pháp luật", "rà soát văn bản", "phổ biến pháp luật",
    "hòa giải cơ sở", "tiếp công dân", "đối thoại", "phản ánh kiến nghị",
    "đường dây nóng", "chỉ số hài lòng", "SIPAS", "PAR INDEX", "công khai tài chính",
    "ngân sách", "tự chủ tài chính", "loa truyền thanh", "tuyên truyền",
    "kế hoạch năm", "sơ kết", "tổng kết", "kiểm tra", "tổ công nghệ số cộng đồng",
    "bưu chính công ích", "người cao tuổi", "thanh niên tình nguyện", "định danh điện tử",
    "thủ tục mới",
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Tiến", "Mạnh"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Thùy", "Kim", "Phương", "Diệu", "Mai"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam",
           "Phúc", "Quân", "Sơn", "Thắng", "Toàn", "Tuấn", "Việt", "Vinh", "Đạt", "Trung"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Huyền", "Lan", "Linh",
           "Loan", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Vân", "Yến"]

POSITIONS = [
    "Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Bí thư Đảng ủy xã",
    "Chánh Văn phòng HĐND và UBND xã", "Giám đốc Trung tâm Phục vụ hành chính công xã",
    "Trưởng phòng Kinh tế xã", "Trưởng phòng Văn hóa – Xã hội xã",
    "công chức Tư pháp – Hộ tịch", "công chức Địa chính – Xây dựng",
    "công chức Văn hóa – Xã hội", "Chủ tịch Ủy ban MTTQ Việt Nam xã",
    "Bí thư Đoàn Thanh niên xã", "Trưởng Công an xã",
]

VILLAGES = ["thôn An Lạc", "thôn Đông Hòa", "thôn Bắc Sơn", "thôn Nam Tiến", "thôn Phú Mỹ",
            "thôn Tân Lập", "thôn Hòa Bình", "thôn Quyết Thắng", "thôn Thượng Phúc",
            "thôn Hạ Trại", "thôn Trung Hậu", "thôn Yên Thái", "thôn Vĩnh Phúc",
            "xóm Mới", "xóm Chùa", "thôn Đồng Tâm", "thôn Gia Lạc", "thôn Khánh Vân"]

OTHER_WARDS = ["phường Hoa Lư", "phường Tam Điệp", "xã Gia Viễn", "xã Nho Quan", "xã Yên Mô",
               "phường Nam Định", "xã Kim Sơn", "phường Phủ Lý", "xã Ý Yên", "xã Hải Hậu",
               "xã Gia Trấn", "phường Trung Sơn", "xã Yên Khánh", "xã Nghĩa Hưng"]

TOPICS = [
    "cải cách hành chính", "cải cách thủ tục hành chính", "dịch vụ công trực tuyến",
    "dịch vụ công trực tuyến toàn trình", "chuyển đổi số", "thanh toán không dùng tiền mặt",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "cơ chế một cửa, một cửa liên thông", "kỷ luật, kỷ cương hành chính", "văn hóa công vụ",
    "công khai, minh bạch thủ tục hành chính", "tiếp nhận, xử lý phản ánh, kiến nghị",
    "ứng dụng định danh điện tử VNeID", "Đề án 06 của Chính phủ", "xây dựng chính quyền số",
    "đơn giản hóa thủ tục hành chính", "nâng cao chỉ số hài lòng của người dân",
    "quản lý văn bản trên môi trường điện tử", "sử dụng chữ ký số",
    "liên thông điện tử thủ tục khai sinh, khai tử", "rà soát văn bản quy phạm pháp luật",
    "sắp xếp tổ chức bộ máy", "tinh giản biên chế", "công khai ngân sách",
    "tiếp công dân và đối thoại", "phổ biến, giáo dục pháp luật", "hòa giải ở cơ sở",
    "cải cách chế độ công vụ", "tự chủ tài chính của đơn vị sự nghiệp",
    "vận hành chính quyền địa phương hai cấp",
]

ACTIONS = ["đẩy mạnh", "triển khai", "nâng cao hiệu quả", "tăng cường", "thực hiện tốt",
           "tập trung", "đổi mới", "chú trọng", "quyết liệt", "kiện toàn"]

HEADINGS = [
    "Kết quả nổi bật", "Những khó khăn, vướng mắc", "Nhiệm vụ, giải pháp thời gian tới",
    "Người dân cần chuẩn bị gì?", "Cách thức thực hiện", "Một số lưu ý", "Ý kiến của người dân",
    "Kết quả kiểm tra", "Đánh giá chung", "Nội dung chính của kế hoạch", "Tổ chức thực hiện",
    "Mục tiêu", "Thông tin liên hệ", "Các bước thực hiện", "Đối tượng áp dụng",
    "Kinh phí thực hiện", "Những con số ấn tượng", "Hiệu quả bước đầu", "Bài học kinh nghiệm",
    "Phân công nhiệm vụ",
]

SENTENCES = [
    "Trong {ky}, {dv} đã tiếp nhận {n} hồ sơ thủ tục hành chính, trong đó {pt}% hồ sơ được nộp trực tuyến.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt {pt2}%, không có hồ sơ quá hạn.",
    "{Ncv} nhấn mạnh, {cd} là nhiệm vụ trọng tâm, thường xuyên của cả hệ thống chính trị.",
    "Cán bộ, công chức tại Bộ phận một cửa hướng dẫn tận tình, chu đáo, không để người dân phải đi lại nhiều lần.",
    "Người dân có thể nộp hồ sơ {tt} qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID mà không cần đến trụ sở.",
    "Thời gian tới, {dv} tiếp tục {hd} {cd}, gắn với {cd2}.",
    "Các Tổ công nghệ số cộng đồng ở {thon} đã hỗ trợ {ns} lượt người dân kích hoạt tài khoản định danh điện tử mức 2.",
    "Theo kế hoạch, đến hết năm {nam}, {pt}% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
    "Hội nghị đã nghe báo cáo kết quả {cd} và thảo luận những khó khăn, vướng mắc phát sinh ở cơ sở.",
    "Một số ý kiến đề nghị tăng cường tuyên truyền để người cao tuổi, người ở xa trung tâm biết và sử dụng dịch vụ công trực tuyến.",
    "Bà con đánh giá cao tinh thần, thái độ phục vụ của cán bộ, công chức.",
    "{Ong} {nguoi}, ở {thon}, cho biết: “Trước đây làm thủ tục {tt} phải đi lại nhiều lần, nay chỉ cần dùng điện thoại là xong.”",
    "Hồ sơ được số hóa ngay khi tiếp nhận, kết quả giải quyết được trả cả bản giấy và bản điện tử.",
    "Mức thu phí, lệ phí được niêm yết công khai tại Bộ phận một cửa và trên trang thông tin điện tử của xã.",
    "Nếu có vướng mắc, người dân liên hệ số {sdt} (trong giờ hành chính) để được hướng dẫn.",
    "Đoàn kiểm tra do {ncv} làm trưởng đoàn đã làm việc với {nn} cơ quan, đơn vị trên địa bàn.",
    "Qua kiểm tra, các đơn vị cơ bản thực hiện nghiêm các quy định về {cd}; tuy nhiên, vẫn còn một số tồn tại cần khắc phục.",
    "Việc niêm yết thủ tục hành chính ở một số điểm còn chưa đầy đủ, chưa cập nhật kịp thời khi có quyết định công bố mới.",
    "UBND xã giao Văn phòng HĐND và UBND chủ trì, phối hợp với các phòng chuyên môn theo dõi, đôn đốc việc thực hiện.",
    "Kết quả này góp phần nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
    "Từ ngày {ngay}, thủ tục {tt} được thực hiện theo quy trình mới, thời gian giải quyết rút ngắn còn {k} ngày làm việc.",
    "Người dân cần chuẩn bị đầy đủ giấy tờ theo hướng dẫn, tránh phải bổ sung hồ sơ nhiều lần.",
    "Số hồ sơ phải bổ sung, hoàn thiện chiếm {pts}%, chủ yếu do người nộp chưa kê khai đầy đủ thông tin.",
    "Xã đã tổ chức {nn} hội nghị đối thoại với người dân tại các thôn, tiếp nhận {ns} ý kiến phản ánh, kiến nghị.",
    "Toàn bộ ý kiến đều được trả lời, giải quyết dứt điểm trong thời hạn quy định.",
    "Cán bộ, công chức được bố trí theo vị trí việc làm, bảo đảm đúng chuyên môn, nghiệp vụ.",
    "Việc đánh giá, xếp loại cán bộ, công chức được thực hiện hằng tháng trên cơ sở kết quả, sản phẩm cụ thể.",
    "Kinh phí thực hiện được bố trí trong dự toán ngân sách xã năm {nam}.",
    "Tỷ lệ văn bản đi, đến được xử lý trên môi trường mạng đạt {pt2}%, trừ văn bản mật theo quy định.",
    "{Cd} không chỉ là trách nhiệm của cơ quan nhà nước mà còn cần sự đồng hành của người dân và doanh nghiệp.",
    "Đến nay, {pt}% hộ kinh doanh trên địa bàn đã sử dụng mã QR để thanh toán.",
    "Đài truyền thanh xã phát chuyên mục cải cách hành chính vào {buoi} thứ {thu} hằng tuần.",
    "Các tin bài được đăng trên trang thông tin điện tử, nhóm Zalo của các thôn và phát trên hệ thống loa truyền thanh.",
    "Để được hỗ trợ, người dân có thể đến quầy hướng dẫn tại Trung tâm Phục vụ hành chính công xã.",
    "Trong tháng {thang}/{nam}, Trung tâm đã trả {ns} kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.",
    "{Ncv} đề nghị các thôn tiếp tục vận động người dân sử dụng dịch vụ công trực tuyến.",
    "Việc vận hành mô hình chính quyền địa phương hai cấp bảo đảm không gián đoạn việc phục vụ người dân.",
    "Những thủ tục có nhiều hồ sơ như {tt}, {tt2} đã được ưu tiên cung cấp trực tuyến toàn trình.",
    "Thông tin về tình trạng giải quyết hồ sơ được gửi tới người dân qua tin nhắn và ứng dụng VNeID.",
    "Mọi hành vi gây phiền hà, sách nhiễu người dân đều bị xử lý nghiêm theo quy định.",
    "Đặc biệt, **{cd}** được xác định là khâu đột phá trong năm {nam}.",
    "Lưu ý: **hồ sơ nộp sau 15 giờ được giải quyết vào ngày làm việc tiếp theo**.",
    "So với cùng kỳ năm trước, số hồ sơ trực tuyến tăng {pts}%, trong khi thời gian chờ tại quầy giảm rõ rệt.",
    "{Ong} {nguoi}, {cv}, cho biết xã sẽ tiếp tục rà soát, đề xuất cắt giảm những giấy tờ không cần thiết.",
    "Các phòng chuyên môn được yêu cầu chủ động tham mưu, không để tồn đọng hồ sơ.",
    "Trong buổi làm việc với {xk}, hai bên đã trao đổi kinh nghiệm về {cd}.",
    "Xã đã ban hành {nn} văn bản chỉ đạo, hướng dẫn về {cd}.",
    "Người dân {thon} phấn khởi khi thủ tục ngày càng gọn nhẹ, minh bạch.",
    "Công tác tuyên truyền được đổi mới theo hướng ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng.",
    "Đoàn viên thanh niên tình nguyện có mặt tại Bộ phận một cửa vào các buổi sáng để hướng dẫn người dân.",
    "Kết quả giải quyết thủ tục hành chính được công khai hằng tháng trên trang thông tin điện tử của xã.",
    "Bên cạnh kết quả đạt được, việc triển khai {cd} vẫn còn gặp khó khăn do hạ tầng mạng ở một số thôn chưa ổn định.",
    "Một bộ phận người dân, nhất là người cao tuổi, chưa quen sử dụng điện thoại thông minh.",
    "UBND xã yêu cầu cán bộ, công chức nêu cao tinh thần trách nhiệm, lấy sự hài lòng của người dân làm thước đo.",
    "Tổng số tiền phí, lệ phí thu qua thanh toán trực tuyến đạt hơn {tien} triệu đồng.",
]

BULLETS = [
    "**Trực tiếp:** nộp tại Trung tâm Phục vụ hành chính công xã, từ thứ Hai đến sáng thứ Bảy.",
    "**Trực tuyến:** nộp qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.",
    "**Qua bưu chính:** gửi hồ sơ qua Bưu điện văn hóa xã, nhận kết quả tại nhà.",
    "Thẻ căn cước còn hiệu lực hoặc tài khoản định danh điện tử mức 2.",
    "Điện thoại thông minh có kết nối Internet và số thuê bao chính chủ.",
    "Giấy tờ cần nộp kèm hồ sơ (ảnh chụp hoặc bản quét rõ nét).",
    "Tiếp tục rà soát, cắt giảm thành phần hồ sơ, thời gian giải quyết thủ tục hành chính.",
    "Đẩy mạnh số hóa hồ sơ, tái sử dụng kết quả đã số hóa.",
    "Tăng cường kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính.",
    "Công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa và trên trang thông tin điện tử.",
    "Tổ chức đối thoại định kỳ với người dân, doanh nghiệp.",
    "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận một cửa.",
    "Ứng dụng chữ ký số trong xử lý văn bản, hồ sơ công việc.",
    "Khen thưởng kịp thời tập thể, cá nhân có thành tích tiêu biểu.",
    "Hồ sơ nộp trực tuyến được tiếp nhận cả ngày nghỉ, ngày lễ.",
    "Người dân không phải nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.",
    "Thời gian giải quyết được tính từ khi nhận đủ hồ sơ hợp lệ.",
    "Phí, lệ phí có thể thanh toán bằng mã QR hoặc chuyển khoản.",
    "**Văn phòng HĐND và UBND xã:** chủ trì, tổng hợp, báo cáo kết quả.",
    "**Phòng Kinh tế:** phụ trách lĩnh vực đất đai, xây dựng, hộ kinh doanh.",
    "**Phòng Văn hóa – Xã hội:** phụ trách bảo trợ xã hội, người có công, giáo dục, y tế.",
    "**Công an xã:** hỗ trợ kích hoạt tài khoản định danh điện tử.",
    "**Đoàn Thanh niên:** duy trì đội thanh niên tình nguyện hỗ trợ người dân.",
    "Số hồ sơ tiếp nhận: {n} hồ sơ.",
    "Tỷ lệ hồ sơ trực tuyến: {pt}%.",
    "Tỷ lệ đúng hạn: {pt2}%.",
    "Mức độ hài lòng của người dân: {pt2}%.",
    "Số lượt người dân được hỗ trợ tại nhà: {ns} lượt.",
]

STEPS = [
    "Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID.",
    "Tìm thủ tục cần thực hiện bằng tên hoặc mã thủ tục.",
    "Khai thông tin vào tờ khai điện tử và tải lên giấy tờ kèm theo.",
    "Thanh toán phí, lệ phí trực tuyến (nếu có).",
    "Theo dõi tình trạng hồ sơ qua tin nhắn hoặc mục “Quản lý hồ sơ”.",
    "Nhận kết quả bản điện tử hoặc bản giấy tại Trung tâm Phục vụ hành chính công.",
    "Bấm số thứ tự tại máy lấy số tự động.",
    "Nộp hồ sơ và nhận giấy tiếp nhận, hẹn trả kết quả.",
    "Đánh giá mức độ hài lòng trên máy tính bảng đặt tại quầy.",
    "Rà soát, thống kê toàn bộ thủ tục hành chính thuộc thẩm quyền của xã.",
    "Đề xuất phương án đơn giản hóa, gửi Sở Nội vụ tổng hợp.",
    "Tổ chức lấy ý kiến người dân, doanh nghiệp về phương án.",
    "Báo cáo kết quả về UBND tỉnh trước ngày {ngay}.",
]

EXTERNAL_LINKS = [
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    ("Cổng Dịch vụ công của tỉnh", "https://dichvucong.ninhbinh.gov.vn"),
    ("trang hướng dẫn của Bộ Công an", "https://vneid.gov.vn"),
    ("Hệ thống tiếp nhận phản ánh, kiến nghị", "https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html"),
    ("Bộ Nội vụ", "https://moha.gov.vn/cai-cach-hanh-chinh"),
]

FIELDS = {
    "Hộ tịch": ["đăng ký khai sinh", "đăng ký khai tử", "đăng ký kết hôn", "đăng ký nhận cha, mẹ, con",
                "đăng ký giám hộ", "thay đổi, cải chính, bổ sung thông tin hộ tịch",
                "cấp giấy xác nhận tình trạng hôn nhân", "cấp bản sao trích lục hộ tịch",
                "đăng ký lại khai sinh", "đăng ký lại kết hôn"],
    "Chứng thực": ["chứng thực bản sao từ bản chính", "chứng thực chữ ký trong giấy tờ, văn bản",
                   "chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
                   "chứng thực di chúc", "chứng thực văn bản thỏa thuận phân chia di sản",
                   "chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch"],
    "Đất đai": ["hòa giải tranh chấp đất đai", "đăng ký biến động quyền sử dụng đất",
                "cấp giấy chứng nhận quyền sử dụng đất lần đầu", "xác nhận hợp đồng tiếp cận đất liền kề",
                "gia hạn sử dụng đất nông nghiệp"],
    "Bảo trợ xã hội": ["trợ cấp xã hội hằng tháng", "hỗ trợ chi phí mai táng", "xác định mức độ khuyết tật",
                       "đổi, cấp lại giấy xác nhận khuyết tật", "công nhận hộ nghèo, hộ cận nghèo",
                       "trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở"],
    "Người có công": ["trợ cấp thờ cúng liệt sĩ", "cấp giấy giới thiệu thăm viếng mộ liệt sĩ",
                      "hỗ trợ cải thiện nhà ở cho người có công", "giải quyết chế độ trợ cấp một lần",
                      "cấp trích lục hồ sơ người có công"],
    "Giáo dục và Đào tạo": ["cho phép trường mầm non hoạt động giáo dục", "thành lập nhóm trẻ độc lập",
                            "chuyển trường đối với học sinh trung học cơ sở",
                            "xét, duyệt chính sách hỗ trợ học tập", "công nhận xã đạt chuẩn phổ cập giáo dục"],
    "Y tế": ["cấp giấy chứng sinh", "hỗ trợ chi phí khám, chữa bệnh cho người nghèo",
             "cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "công nhận xã đạt tiêu chí quốc gia về y tế"],
    "Văn hóa": ["công nhận danh hiệu Gia đình văn hóa", "công nhận danh hiệu Thôn văn hóa",
                "đăng ký tổ chức lễ hội", "thông báo tổ chức lễ hội cấp xã", "công nhận câu lạc bộ văn hóa cơ sở"],
    "Thể thao": ["công nhận câu lạc bộ thể thao cơ sở", "đăng ký hoạt động thể thao quần chúng",
                 "tổ chức giải thi đấu thể thao cấp xã"],
    "Du lịch": ["công nhận điểm du lịch cộng đồng", "cấp thẻ hướng dẫn viên du lịch tại điểm",
                "đăng ký cơ sở lưu trú du lịch homestay"],
    "Nông nghiệp": ["hỗ trợ giống cây trồng khắc phục thiên tai", "xác nhận nguồn gốc sản phẩm nông nghiệp",
                    "đăng ký kinh tế trang trại", "hỗ trợ khôi phục sản xuất vùng bị thiệt hại"],
    "Thủy lợi": ["cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi",
                 "phê duyệt phương án cắm mốc chỉ giới công trình thủy lợi", "thành lập tổ chức thủy lợi cơ sở"],
    "Xây dựng": ["cấp giấy phép xây dựng nhà ở riêng lẻ", "điều chỉnh giấy phép xây dựng",
                 "cấp giấy phép xây dựng có thời hạn", "gia hạn giấy phép xây dựng"],
    "Giao thông": ["cấp phép thi công công trình trên đường giao thông nông thôn",
                   "đăng ký phương tiện thủy nội địa", "chấp thuận đấu nối vào đường xã"],
    "Tài nguyên nước": ["đăng ký khai thác nước dưới đất", "lấy ý kiến cộng đồng về phương án khai thác nước",
                        "kê khai giếng khoan"],
    "Môi trường": ["đăng ký môi trường", "tham vấn báo cáo đánh giá tác động môi trường",
                   "xác nhận kế hoạch bảo vệ môi trường"],
    "Tư pháp": ["công nhận tuyên truyền viên pháp luật", "thôi làm tuyên truyền viên pháp luật",
                "công nhận cấp xã đạt chuẩn tiếp cận pháp luật"],
    "Nội vụ": ["thành lập tổ chức hội", "công nhận ban vận động thành lập hội", "xét tuyển công chức cấp xã"],
    "Thi đua khen thưởng": ["tặng Giấy khen của Chủ tịch UBND cấp xã", "tặng danh hiệu Lao động tiên tiến",
                            "tặng Giấy khen cho gia đình", "khen thưởng đột xuất"],
    "Tôn giáo": ["đăng ký sinh hoạt tôn giáo tập trung", "đăng ký hoạt động tín ngưỡng",
                 "thông báo tổ chức quyên góp"],
    "Dân tộc": ["công nhận người có uy tín trong đồng bào dân tộc thiểu số",
                "hỗ trợ đất ở cho hộ đồng bào dân tộc thiểu số", "xác định thôn đặc biệt khó khăn"],
    "Lao động": ["đăng ký nội quy lao động", "hỗ trợ người lao động bị chấm dứt hợp đồng lao động",
                 "xác nhận người lao động tự do"],
    "Việc làm": ["đăng ký thất nghiệp", "hỗ trợ vay vốn tạo việc làm", "giới thiệu việc làm cho người lao động"],
    "Đăng ký kinh doanh": ["đăng ký thành lập hộ kinh doanh", "đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
                           "tạm ngừng kinh doanh của hộ kinh doanh", "chấm dứt hoạt động hộ kinh doanh",
                           "cấp lại Giấy chứng nhận đăng ký hộ kinh doanh"],
    "Hòa giải cơ sở": ["công nhận hòa giải viên", "công nhận tổ trưởng tổ hòa giải", "thôi làm hòa giải viên",
                       "thanh toán thù lao cho hòa giải viên"],
}
FIELD_NAMES = list(FIELDS)
MINISTRY = {"Hộ tịch": "BTP", "Chứng thực": "BTP", "Tư pháp": "BTP", "Hòa giải cơ sở": "BTP",
            "Đất đai": "BNNMT", "Tài nguyên nước": "BNNMT", "Môi trường": "BNNMT", "Nông nghiệp": "BNNMT",
            "Thủy lợi": "BNNMT", "Bảo trợ xã hội": "BYT", "Y tế": "BYT", "Người có công": "BNV",
            "Nội vụ": "BNV", "Thi đua khen thưởng": "BNV", "Lao động": "BNV", "Việc làm": "BNV",
            "Giáo dục và Đào tạo": "BGDĐT", "Văn hóa": "BVHTTDL", "Thể thao": "BVHTTDL",
            "Du lịch": "BVHTTDL", "Xây dựng": "BXD", "Giao thông": "BXD", "Tôn giáo": "BDTTG",
            "Dân tộc": "BDTTG", "Đăng ký kinh doanh": "BTC"}

QUALIFIERS = ["", "", "", "", " có yếu tố nước ngoài", " (thủ tục liên thông)", " lần đầu", " tại cấp xã",
              " đối với trường hợp bị mất, hư hỏng", " cho người cư trú ở nước ngoài",
              " theo quy trình rút gọn", " (cấp tỉnh)"]

LEGAL = [
    ("60/2014/QH13", "Luật Hộ tịch", "2014-11-20", "Quốc hội", ["Hộ tịch"]),
    ("123/2015/NĐ-CP", "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "2015-11-15", "Chính phủ", ["Hộ tịch"]),
    ("04/2020/TT-BTP", "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", "2020-05-28", "Bộ Tư pháp", ["Hộ tịch"]),
    ("23/2015/NĐ-CP", "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", "2015-02-16", "Chính phủ", ["Chứng thực"]),
    ("31/2024/QH15", "Luật Đất đai", "2024-01-18", "Quốc hội", ["Đất đai"]),
    ("102/2024/NĐ-CP", "Quy định chi tiết thi hành một số điều của Luật Đất đai", "2024-07-30", "Chính phủ", ["Đất đai"]),
    ("20/2021/NĐ-CP", "Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", "2021-03-15", "Chính phủ", ["Bảo trợ xã hội"]),
    ("131/2021/NĐ-CP", "Quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng", "2021-12-30", "Chính phủ", ["Người có công"]),
    ("43/2019/QH14", "Luật Giáo dục", "2019-06-14", "Quốc hội", ["Giáo dục và Đào tạo"]),
    ("15/2023/QH15", "Luật Khám bệnh, chữa bệnh", "2023-01-09", "Quốc hội", ["Y tế"]),
    ("09/2017/QH14", "Luật Du lịch", "2017-06-19", "Quốc hội", ["Du lịch"]),
    ("08/2017/QH14", "Luật Thủy lợi", "2017-06-19", "Quốc hội", ["Thủy lợi"]),
    ("50/2014/QH13", "Luật Xây dựng", "2014-06-18", "Quốc hội", ["Xây dựng"]),
    ("28/2023/QH15", "Luật Tài nguyên nước", "2023-11-27", "Quốc hội", ["Tài nguyên nước"]),
    ("72/2020/QH14", "Luật Bảo vệ môi trường", "2020-11-17", "Quốc hội", ["Môi trường"]),
    ("35/2013/QH13", "Luật Hòa giải ở cơ sở", "2013-06-20", "Quốc hội", ["Hòa giải cơ sở", "Tư pháp"]),
    ("06/2022/QH15", "Luật Thi đua, khen thưởng", "2022-06-15", "Quốc hội", ["Thi đua khen thưởng"]),
    ("98/2023/NĐ-CP", "Quy định chi tiết thi hành Luật Thi đua, khen thưởng", "2023-12-31", "Chính phủ", ["Thi đua khen thưởng"]),
    ("02/2016/QH14", "Luật Tín ngưỡng, tôn giáo", "2016-11-18", "Quốc hội", ["Tôn giáo"]),
    ("95/2023/NĐ-CP", "Quy định chi tiết và biện pháp thi hành Luật Tín ngưỡng, tôn giáo", "2023-12-29", "Chính phủ", ["Tôn giáo"]),
    ("45/2019/QH14", "Bộ luật Lao động", "2019-11-20", "Quốc hội", ["Lao động"]),
    ("74/2025/QH15", "Luật Việc làm", "2025-06-16", "Quốc hội", ["Việc làm"]),
    ("168/2025/NĐ-CP", "Về đăng ký doanh nghiệp", "2025-06-30", "Chính phủ", ["Đăng ký kinh doanh"]),
    ("61/2018/NĐ-CP", "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", "2018-04-23", "Chính phủ", []),
    ("107/2021/NĐ-CP", "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", "2021-12-06", "Chính phủ", []),
    ("45/2020/NĐ-CP", "Về thực hiện thủ tục hành chính trên môi trường điện tử", "2020-04-08", "Chính phủ", []),
    ("85/2019/TT-BTC", "Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương", "2019-11-29", "Bộ Tài chính", []),
]
LEGAL_GENERAL = [d for d in LEGAL if not d[4]]

DEADLINES = ["Ngay trong ngày làm việc", "03 ngày làm việc", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
             "07 ngày làm việc", "10 ngày làm việc (sau cắt giảm)", "15 ngày", "20 ngày làm việc",
             "30 ngày kể từ ngày nhận được đơn", "Không quá 45 ngày",
             "Ngay trong ngày; nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"]
FEES = ["Không", "Miễn phí", "Miễn lệ phí", "10.000 đồng/trường hợp", "50.000 đồng/hồ sơ",
        "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản",
        "100.000 đồng/giấy phép", "Lệ phí theo mức do HĐND tỉnh quy định", "8.000 đồng/bản sao",
        "Như nộp trực tiếp; thanh toán trực tuyến", "Như nộp trực tiếp; cước bưu chính do người yêu cầu trả"]
WAYS = ["Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính"]
WAY_DESC = {"Trực tiếp": "Nộp tại Trung tâm Phục vụ hành chính công xã",
            "Trực tuyến": "Nộp qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID",
            "Dịch vụ bưu chính": "Gửi qua Bưu điện văn hóa xã"}
SUBJECTS = ["Công dân Việt Nam", "Người nước ngoài", "Tổ chức", "Hộ gia đình", "Cá nhân",
            "Doanh nghiệp", "Hợp tác xã", "Cơ quan nhà nước", "Người Việt Nam định cư ở nước ngoài"]
TYPES = ["TTHC được luật giao quy định chi tiết", "TTHC không được luật giao quy định chi tiết",
         "TTHC do địa phương quy định"]
KW_GENERAL = ["nộp hồ sơ", "làm giấy tờ ở xã", "thủ tục xã", "giấy tờ", "xin giấy", "hồ sơ online",
              "nộp online", "làm thủ tục", "hỏi thủ tục", "mẫu tờ khai"]
PROC_STEPS = [
    "Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ hành chính công xã, qua dịch vụ bưu chính hoặc trực tuyến.",
    "Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.",
    "Hồ sơ hợp lệ được chuyển đến công chức chuyên môn để thẩm định, xác minh (nếu cần).",
    "Công chức chuyên môn trình Chủ tịch UBND xã xem xét, ký kết quả giải quyết.",
    "Trường hợp không đủ điều kiện giải quyết, cơ quan trả lời bằng văn bản và nêu rõ lý do.",
    "Trả kết quả tại Trung tâm Phục vụ hành chính công xã, qua dịch vụ bưu chính hoặc trên tài khoản dịch vụ công của người nộp.",
    "Người nhận kết quả kiểm tra nội dung, ký nhận vào sổ theo dõi.",
    "Cơ quan giải quyết cập nhật kết quả vào cơ sở dữ liệu chuyên ngành.",
]
PROC_DOCS = [
    "Tờ khai theo mẫu quy định (khai trực tiếp trên hệ thống nếu nộp trực tuyến).",
    "Đơn đề nghị của tổ chức, cá nhân.",
    "Giấy tờ tùy thân của người nộp hồ sơ hoặc thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.",
    "Văn bản ủy quyền có chứng thực (trường hợp ủy quyền nộp hồ sơ).",
    "Bản sao giấy tờ chứng minh nội dung đề nghị.",
    "Biên bản xác minh của thôn (nếu có).",
    "Giấy xác nhận của cơ quan có thẩm quyền về tình trạng của người đề nghị.",
    "Bản chính giấy tờ để đối chiếu (trường hợp nộp bản sao không có chứng thực).",
    "Sơ đồ vị trí, bản vẽ kèm theo (đối với lĩnh vực xây dựng, đất đai).",
]
PROC_REQS = [
    "Người đề nghị có nơi cư trú trên địa bàn xã.",
    "Hồ sơ khai đầy đủ, trung thực; người khai chịu trách nhiệm về tính chính xác của thông tin.",
    "Thuộc đối tượng được hưởng theo quy định của pháp luật.",
    "Không vi phạm quy định về bảo vệ công trình, hành lang an toàn.",
    "Việc đề nghị được thực hiện trong thời hạn luật định.",
    "Trường hợp ủy quyền, người được ủy quyền phải có văn bản ủy quyền hợp lệ.",
]
RESULTS = ["Quyết định của Chủ tịch UBND xã", "Giấy chứng nhận", "Văn bản trả lời",
           "Bản sao có chứng thực", "Biên bản hòa giải", "Giấy xác nhận", "Thông báo kết quả",
           "Giấy khen", "Bản điện tử kết quả giải quyết"]

HOTLINE_UNITS = [
    "UBND xã An Thịnh", "Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công xã",
    "Công an xã An Thịnh", "Trạm Y tế xã", "Phòng Kinh tế xã", "Phòng Văn hóa – Xã hội xã",
    "Ban Chỉ huy Quân sự xã", "Bưu điện văn hóa xã", "Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia",
    "Thanh tra tỉnh Ninh Bình", "Sở Nội vụ tỉnh Ninh Bình", "Tổng đài quốc gia bảo vệ trẻ em",
    "Ủy ban MTTQ Việt Nam xã", "Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã",
    "Điện lực khu vực An Thịnh", "Trường Trung học cơ sở An Thịnh",
]
HOTLINE_TOPICS = ["thủ tục hành chính", "dịch vụ công trực tuyến", "đất đai – xây dựng",
                  "bảo trợ xã hội", "hộ tịch – chứng thực", "phòng, chống tham nhũng",
                  "an ninh trật tự", "y tế – dịch bệnh", "phòng chống thiên tai", "giáo dục",
                  "môi trường", "thanh toán phí, lệ phí"]
SHORT_NUMBERS = ["1022", "111", "113", "114", "115", "18001096", "1800 1096", "1900 9095"]
AREA_CODES = ["0229", "0225", "0220", "0226", "0228"]

# --------------------------------------------------------------------------- helpers


def fold(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t if not unicodedata.combining(c))


def slugify(text: str, max_words: int = 9) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text).lower())[:max_words])


def q(s: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def all_days(first, last):
    out = []
    y, m, d = first
    while (y, m, d) <= last:
        out.append((y, m, d))
        d += 1
        if d > days_in_month(y, m):
            d, m = 1, m + 1
            if m > 12:
                m, y = 1, y + 1
    return out


DAYS = all_days(FIRST_DAY, LAST_DAY)


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid truecolour PNG filled with one colour plus a darker band."""
    rows = []
    for yy in range(height):
        c = rgb if yy < height * 2 // 3 else tuple(v // 2 for v in rgb)
        rows.append(b"\x00" + bytes(c) * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def tiny_pdf(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 50 750 Td ({text}) Tj ET".encode("ascii")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _ky(g, d):
    y, m, _ = d
    return g.r.choice([f"tháng {m}/{y}", f"quý {QUARTERS[(m - 1) // 3]} năm {y}",
                       f"{m} tháng đầu năm {y}", f"năm {y - 1}", "tuần qua"])


QUARTERS = ["I", "II", "III", "IV"]
SLOT_FUNCS = {
    "ky": _ky,
    "dv": lambda g, d: g.r.choice(["UBND xã", "xã An Thịnh", "Trung tâm Phục vụ hành chính công xã",
                                   "Bộ phận một cửa", "các phòng chuyên môn"]),
    "n": lambda g, d: f"{g.r.randint(120, 4800):,}".replace(",", "."),
    "ns": lambda g, d: str(g.r.randint(12, 900)),
    "nn": lambda g, d: str(g.r.randint(2, 15)),
    "pt": lambda g, d: str(g.r.randint(35, 98)),
    "pt2": lambda g, d: f"{g.r.randint(95, 99)},{g.r.randint(1, 9)}",
    "pts": lambda g, d: str(g.r.randint(2, 30)),
    "k": lambda g, d: f"{g.r.randint(1, 10):02d}",
    "tien": lambda g, d: str(g.r.randint(5, 480)),
    "Ncv": lambda g, d: f"{cap(g.r.choice(POSITIONS))} {g.person()[0]}",
    "ncv": lambda g, d: f"{g.r.choice(POSITIONS)} {g.person()[0]}",
    "cv": lambda g, d: g.r.choice(POSITIONS),
    "cd": lambda g, d: g.r.choice(TOPICS),
    "cd2": lambda g, d: g.r.choice(TOPICS),
    "Cd": lambda g, d: cap(g.r.choice(TOPICS)),
    "hd": lambda g, d: g.r.choice(ACTIONS),
    "tt": lambda g, d: g.proc_phrase(),
    "tt2": lambda g, d: g.proc_phrase(),
    "thon": lambda g, d: g.r.choice(VILLAGES),
    "xk": lambda g, d: g.r.choice(OTHER_WARDS),
    "nam": lambda g, d: str(d[0]),
    "thang": lambda g, d: str(d[1]),
    "ngay": lambda g, d: f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}/{d[0]}",
    "sdt": lambda g, d: g.phone(),
    "buoi": lambda g, d: g.r.choice(["sáng", "chiều", "tối"]),
    "thu": lambda g, d: g.r.choice(["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"]),
}


class Slots(dict):
    """Template values drawn on first use (format_map calls __missing__)."""

    def __init__(self, gen, date):
        super().__init__()
        self.gen, self.date = gen, date

    def __missing__(self, key):
        if key in ("nguoi", "Ong"):
            name, hon = self.gen.person()
            self["nguoi"], self["Ong"] = name, cap(hon)
            return self[key]
        v = self[key] = SLOT_FUNCS[key](self.gen, self.date)
        return v


# --------------------------------------------------------------------------- generator


class Generator:
    def __init__(self, size: str):
        self.size = size
        self.cfg = SIZES[size]
        self.r = random.Random(SEEDS[size])
        self.files: dict[str, bytes] = {}      # relative path -> bytes (insertion order kept)
        self.hugo_dates: dict[str, str] = {}   # article path -> ngay rewritten for Hugo
        self.procs: list[dict] = []
        self.articles: list[dict] = []

    # ---- small random pieces
    def person(self):
        r = self.r
        if r.random() < 0.5:
            return f"{r.choice(FAMILY)} {r.choice(MIDDLE_M)} {r.choice(GIVEN_M)}", "ông"
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE_F)} {r.choice(GIVEN_F)}", "bà"

    def phone(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.35:
            return f"{r.choice(AREA_CODES)}.3{r.randint(100, 999)}.{r.randint(100, 999)}"
        if k < 0.55:
            return f"09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if k < 0.70:
            return f"0{r.choice(['98', '97', '86', '35', '88'])}{r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}"
        if k < 0.80:
            return f"0{r.choice(['91', '94', '83', '70'])}{r.randint(1000000, 9999999)}"
        if k < 0.88:
            ac = r.choice(AREA_CODES)
            return f"(+84-{ac[1:]}) 3 {r.randint(100, 999)} {r.randint(100, 999)}"
        return r.choice(SHORT_NUMBERS)

    def slots(self, date):
        """Values for sentence templates; computed lazily per sentence."""
        return Slots(self, date)

    def proc_phrase(self) -> str:
        return self.r.choice(FIELDS[self.r.choice(FIELD_NAMES)])

    def sentence(self, date, pool=SENTENCES) -> str:
        return self.r.choice(pool).format_map(self.slots(date))

    def paragraph(self, date, lo=2, hi=5) -> str:
        return " ".join(self.sentence(date) for _ in range(self.r.randint(lo, hi)))

    # ---- static files
    def make_static(self):
        self.files["tep/anh/anh-minh-hoa-mot-cua.png"] = png(48, 32, (24, 96, 160))
        self.files["tep/anh/anh-chia-se-mac-dinh.png"] = png(60, 32, (190, 40, 40))
        self.files["tep/mau-don/huong-dan-nop-ho-so.pdf"] = tiny_pdf("Huong dan nop ho so truc tuyen")

    # ---- site.yml
    def make_site(self):
        lines = [
            "# Dữ liệu tổng hợp cho đo hiệu năng (bench/generate.py) — không phải dữ liệu thật",
            f"ten_don_vi: {q(UNIT)}",
            'ten_chuyen_muc: "Cải cách hành chính"',
            f"base_url: {q(BASE_URL)}",
            f"mo_ta: {q('Tin tức, thủ tục hành chính và đường dây nóng về cải cách hành chính của ' + UNIT + ', ' + PROVINCE + '.')}",
            f"dia_chi: {q('Trụ sở UBND xã An Thịnh, thôn Trung Hậu, xã An Thịnh, ' + PROVINCE)}",
            'dien_thoai: "0229.3866.215"',
            f"email: {q('ubnd@' + MAIL_DOMAIN)}",
            "anh_mac_dinh: tep/anh/anh-chia-se-mac-dinh.png",
            "so_bai_moi_trang: 10",
            "mui_gio: Asia/Ho_Chi_Minh",
            "du_lieu_mau: true",
            "chuyen_muc:",
        ]
        for ma, ten in CATEGORIES:
            lines += [f"  - ma: {ma}", f"    ten: {q(ten)}"]
        lines += ["chi_tieu:", "  bai_moi_thang: 8"]
        self.put("site.yml", "\n".join(lines) + "\n")

    def put(self, path: str, text: str):
        self.files[path] = unicodedata.normalize("NFC", text).encode("utf-8")

    # ---- procedures (metadata first, so articles can link to them)
    def plan_procedures(self):
        r = self.r
        n = self.cfg["procedures"]
        codes: set[str] = set()
        used_slugs: set[str] = set()
        n_trailing = 0
        for i in range(n):
            while True:
                if r.random() < 0.55:
                    code = f"1.0{r.randint(0, 99999):05d}"
                else:
                    code = f"2.00{r.randint(0, 9999):04d}"
                if i % 97 == 5:  # a handful with trailing zeros, 2.000720-style
                    code = code[:-2] + "00" if r.random() < 0.5 else code[:-1] + "0"
                if code not in codes and code not in ("1.000000", "2.000000"):
                    break
            codes.add(code)
            if code.endswith("0"):
                n_trailing += 1
            field = r.choice(FIELD_NAMES)
            base = r.choice(FIELDS[field])
            name = base + r.choice(QUALIFIERS)
            if base.startswith(("đăng ký", "thay đổi", "hòa giải")) and r.random() < 0.6:
                name = "Thủ tục " + name
            else:
                name = cap(name)
            slug = slugify(name, 10)
            s, k = slug, 2
            while s in used_slugs:
                s, k = f"{slug}-{k}", k + 1
            used_slugs.add(s)
            self.procs.append({"code": code, "field": field, "base": base, "name": name,
                               "path": f"thu-tuc/{s}.md"})
        self.n_trailing = n_trailing
        # statuses: ~87% absent, 5% moi_ban_hanh, 5% sua_doi, 2% bai_bo, 1% thay_the
        for p in self.procs:
            x = r.random()
            p["status"] = (None if x < 0.87 else "moi_ban_hanh" if x < 0.92 else "sua_doi" if x < 0.97
                           else "bai_bo" if x < 0.99 else "thay_the")
        in_force = [p["code"] for p in self.procs if p["status"] is None]
        for p in self.procs:
            if p["status"] == "thay_the":
                p["replaced_by"] = r.choice(in_force)

    def date_str(self, lo=(2024, 1, 1), hi=LAST_DAY) -> str:
        while True:
            y, m, d = self.r.choice(DAYS)
            if lo <= (y, m, d) <= hi:
                return f"{y:04d}-{m:02d}-{d:02d}"

    def write_procedures(self):
        r = self.r
        for idx, p in enumerate(self.procs):
            field = p["field"]
            fm = ["---", f"ma: {p['code']}", f"ten: {q(p['name'])}"]
            lv = field.upper() if r.random() < 0.15 else field
            fm.append(f"linh_vuc: {q(lv)}")
            lvl = r.random()
            if p["name"].endswith("(cấp tỉnh)"):
                fm.append('cap_thuc_hien: "Cấp tỉnh"')
            elif lvl < 0.7:
                fm.append('cap_thuc_hien: "Cấp xã"')
            elif lvl < 0.85:
                fm.append('cap_thuc_hien: "Cấp tỉnh"')
            else:
                fm += ["cap_thuc_hien:", '  - "Cấp tỉnh"', '  - "Cấp xã"']
            fm.append(f"loai_thu_tuc: {q(r.choice(TYPES))}")
            if r.random() < 0.8:
                fm.append(f"so_quyet_dinh: {q(f'{r.randint(100, 4999)}/QĐ-{MINISTRY[field]}')}")
            if r.random() < 0.6:
                fm += ["quyet_dinh_cong_bo:", f"  so_hieu: {q(f'{r.randint(100, 3999)}/QĐ-UBND')}",
                       f"  ngay: {self.date_str((2023, 1, 1))}"]
                if r.random() < 0.5:
                    fm.append(f"  link: {q(f'https://ninhbinh.gov.vn/van-ban/qd-{r.randint(100, 3999)}-ubnd')}")
            elif r.random() < 0.5:
                fm.append(f"quyet_dinh_cong_bo: {q(f'{r.randint(100, 3999)}/QĐ-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2025')}")
            fm.append(f"co_quan_thuc_hien: {q(r.choice([UNIT, 'Ủy ban nhân dân cấp xã', 'Trung tâm Phục vụ hành chính công xã']))}")
            fm.append(f"co_quan_tham_quyen: {q(r.choice(['Ủy ban nhân dân cấp xã', 'Chủ tịch Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân tỉnh']))}")
            fm.append(f"dia_chi_tiep_nhan: {q('Trung tâm Phục vụ hành chính công xã An Thịnh, thôn Trung Hậu, xã An Thịnh')}")
            fm.append(f"co_quan_phoi_hop: {q(r.choice(['Không có thông tin', 'Không có thông tin', 'Công an xã', 'Ủy ban MTTQ Việt Nam xã', 'Trưởng thôn nơi cư trú']))}")
            if r.random() < 0.5:
                fm.append(f"doi_tuong: {q(r.choice(SUBJECTS))}")
            else:
                fm.append("doi_tuong:")
                fm += [f"  - {q(s)}" for s in r.sample(SUBJECTS, r.randint(2, 4))]
            # cach_thuc table
            if r.random() < 0.9:
                fm.append("cach_thuc:")
                for way in r.sample(WAYS, r.randint(2, 3)):
                    fm.append(f"  - hinh_thuc: {q(way)}")
                    fm.append(f"    thoi_han: {q(r.choice(DEADLINES))}")
                    if r.random() < 0.7:
                        fm.append(f"    phi_le_phi: {q(r.choice(FEES))}")
                    else:
                        fm.append("    phi_le_phi:")
                        fm += [f"      - {q(f)}" for f in r.sample(FEES, 2)]
                    if r.random() < 0.4:
                        fm.append(f"    mo_ta: {q(WAY_DESC[way])}")
            else:
                fm.append(f"thoi_han: {q(r.choice(DEADLINES))}")
                fm.append(f"phi_le_phi: {q(r.choice(FEES))}")
            if r.random() < 0.5:
                fm.append(f"ket_qua: {q(r.choice(RESULTS))}")
            else:
                fm.append("ket_qua:")
                fm += [f"  - {q(s)}" for s in r.sample(RESULTS, 2)]
            # legal basis: mapping and string items
            own = [d for d in LEGAL if field in d[4]]
            pool = own + LEGAL_GENERAL
            fm.append("can_cu_phap_ly:")
            for d in r.sample(pool, min(len(pool), r.randint(1, 4))):
                if r.random() < 0.3:
                    kind = "Luật" if "QH" in d[0] else "Nghị định" if "NĐ-CP" in d[0] else "Thông tư"
                    fm.append(f"  - {q(f'{kind} số {d[0]}')}")
                else:
                    fm += [f"  - so_hieu: {q(d[0])}", f"    trich_yeu: {q(d[1])}"]
                    if r.random() < 0.8:
                        fm.append(f"    ngay_ban_hanh: {d[2]}")
                    fm.append(f"    co_quan_ban_hanh: {q(d[3])}")
            x = r.random()
            lvl = (None if x < 0.05 else "toan_trinh" if x < 0.40 else "mot_phan" if x < 0.78
                   else "thong_tin" if x < 0.90 else "khong")
            if lvl:
                fm.append(f"dvc_truc_tuyen: {lvl}")
            if lvl in ("toan_trinh", "mot_phan") or r.random() < 0.3:
                fm.append(f"link_dvc: {q('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=' + p['code'])}")
            if r.random() < 0.1:
                fm.append("phi_dia_gioi: true")
            if p["status"]:
                fm.append(f"trang_thai: {p['status']}")
            if p["status"] or r.random() < 0.2:
                fm.append(f"ngay_hieu_luc: {self.date_str((2024, 1, 1), (2027, 6, 30))}")
            if p["status"] == "thay_the":
                fm.append(f"thay_the_boi: {p['replaced_by']}")
            if p["status"] or r.random() < 0.15:
                fm.append(f"ngay_cap_nhat: {self.date_str((2025, 1, 1))}")
            base = p["base"]
            kws = [base, fold(base)]
            if base.startswith(("đăng ký", "cấp")):
                kws.append("làm " + base.split(" ", 2)[-1])
            kws += r.sample(KW_GENERAL, r.randint(0, 2))
            fm.append("tu_khoa:")
            fm += [f"  - {q(k)}" for k in kws]
            fm.append(f"mo_ta: {q(cap(base) + ' theo quy định; thẩm quyền giải quyết thuộc ' + r.choice(['UBND cấp xã nơi cư trú', 'Chủ tịch UBND xã', 'UBND tỉnh, tiếp nhận tại xã']) + '.')}")
            fm.append("---")
            body = ["## Trình tự thực hiện", ""]
            steps = PROC_STEPS[:2] + [PROC_STEPS[i] for i in sorted(r.sample(range(2, len(PROC_STEPS)), r.randint(1, 4)))]
            body += [f"{i}. {s}" for i, s in enumerate(steps, 1)]
            body += ["", "## Thành phần hồ sơ", ""]
            body += [f"- {s}" for s in r.sample(PROC_DOCS, r.randint(2, 6))]
            body += ["", f"Số lượng hồ sơ: **{r.choice(['01', '01', '02'])} bộ**.", ""]
            body += ["## Yêu cầu, điều kiện thực hiện", ""]
            if r.random() < 0.25:
                body.append("Không.")
            else:
                body += [f"- {s}" for s in r.sample(PROC_REQS, r.randint(1, 3))]
            if r.random() < 0.15:
                other = self.procs[r.randrange(len(self.procs))]
                rel = posixpath.relpath(other["path"], posixpath.dirname(p["path"]))
                body += ["", f"Xem thêm thủ tục [{other['name'].lower() if other['name'][:1] == 'T' else other['name']}]({rel})."]
            self.put(p["path"], "\n".join(fm) + "\n\n" + "\n".join(body) + "\n")

    # ---- articles
    def title(self, date) -> str:
        r = self.r
        y, m, _ = date
        qtr = ["I", "II", "III", "IV"][(m - 1) // 3]
        period = r.choice([f"quý {qtr} năm {y}", f"6 tháng đầu năm {y}", f"năm {y}", f"tháng {m}/{y}"])
        t = r.randrange(14)
        cd = r.choice(TOPICS)
        return [
            lambda: f"Xã An Thịnh {r.choice(ACTIONS)} {cd}",
            lambda: f"Hội nghị {r.choice(['sơ kết', 'tổng kết', 'triển khai'])} công tác cải cách hành chính {period}",
            lambda: f"Hướng dẫn {self.proc_phrase()} trực tuyến trên Cổng Dịch vụ công quốc gia",
            lambda: f"Bộ phận một cửa giải quyết {r.randint(300, 2500)} hồ sơ trong tháng {m}/{y}, {r.randint(96, 100)}% đúng hạn",
            lambda: f"Công bố danh mục thủ tục hành chính lĩnh vực {r.choice(FIELD_NAMES).lower()} thuộc thẩm quyền cấp xã",
            lambda: f"Kiểm tra công tác cải cách hành chính tại {r.choice(VILLAGES)}",
            lambda: f"Tuyên truyền {cd} đến từng hộ gia đình ở {r.choice(VILLAGES)}",
            lambda: f"Đối thoại với người dân về {cd}",
            lambda: f"Tập huấn {cd} cho cán bộ, công chức xã",
            lambda: f"Kế hoạch {r.choice(['tuyên truyền', 'kiểm tra', 'thực hiện'])} cải cách hành chính năm {y}",
            lambda: f"Khảo sát mức độ hài lòng của người dân {period}",
            lambda: f"Những điểm mới của thủ tục {self.proc_phrase()} từ ngày {r.randint(1, 28)}/{m}/{y}",
            lambda: f"Người dân {r.choice(VILLAGES)} hưởng lợi từ {cd}",
            lambda: f"Học tập kinh nghiệm về {cd} tại {r.choice(OTHER_WARDS)}",
        ][t]()

    def plan_articles(self):
        r = self.r
        used: set[str] = set()
        for i in range(self.cfg["articles"]):
            y, m, d = r.choice(DAYS)
            title = self.title((y, m, d))
            slug = slugify(title, 9)
            s, k = slug, 2
            while s in used:
                s, k = f"{slug}-{k}", k + 1
            used.add(s)
            path = f"tin-bai/{y:04d}/{y:04d}-{m:02d}-{d:02d}-{s}.md"
            self.articles.append({"date": (y, m, d), "title": title, "path": path})

    def link_sentence(self, art) -> str:
        r = self.r
        here = posixpath.dirname(art["path"])
        k = r.random()
        if k < 0.4:
            other = self.articles[r.randrange(len(self.articles))]
            rel = posixpath.relpath(other["path"], here)
            return r.choice([f"Xem thêm: [{other['title']}]({rel}).",
                             f"Trước đó, xã đã có bài [{other['title'].lower()}]({rel})."])
        if k < 0.75:
            p = self.procs[r.randrange(len(self.procs))]
            rel = posixpath.relpath(p["path"], here)
            return r.choice([f"Thông tin chi tiết về thủ tục xem tại [{p['base']}]({rel}).",
                             f"Thành phần hồ sơ, thời hạn và lệ phí của thủ tục [{p['base']}]({rel}) được công khai trên trang này."])
        if k < 0.85:
            rel = posixpath.relpath("trang/huong-dan-dich-vu-cong-truc-tuyen.md", here)
            return f"Các bước nộp hồ sơ được trình bày trong [hướng dẫn dịch vụ công trực tuyến]({rel})."
        name, url = r.choice(EXTERNAL_LINKS)
        if r.random() < 0.3:
            return f"Địa chỉ tra cứu: <{url}>."
        return f"Người dân có thể tra cứu thêm trên [{name}]({url})."

    def write_articles(self):
        r = self.r
        for idx, art in enumerate(self.articles):
            y, m, d = art["date"]
            date = art["date"]
            fm = ["---", f"tieu_de: {q(art['title'])}"]
            if r.random() < 0.45:
                hh, mm = r.randint(7, 17), r.choice([0, 0, 15, 30, 45, r.randint(1, 59)])
                fm.append(f"ngay: {y:04d}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}")
                self.hugo_dates[art["path"]] = f"{y:04d}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"
            else:
                fm.append(f"ngay: {y:04d}-{m:02d}-{d:02d}")
            cats = r.sample(CATEGORIES, 1 if r.random() < 0.6 else 2)
            if len(cats) == 1 and r.random() < 0.5:
                fm.append(f"chuyen_muc: {cats[0][0]}")
            else:
                fm.append("chuyen_muc:")
                fm += [f"  - {c[0]}" for c in cats]
            if r.random() < 0.7:
                fm.append(f"tom_tat: {q(self.paragraph(date, 1, 2))}")
            if r.random() < 0.01:
                fm.append("anh: tep/anh/anh-minh-hoa-mot-cua.png")
                art["image"] = True
            if r.random() < 0.5:
                fm.append(f"tac_gia: {q(self.person()[0])}")
            if r.random() < 0.3:
                fm.append(f"nguon: {q(r.choice(['Văn phòng HĐND và UBND xã', 'Trung tâm Phục vụ hành chính công xã', 'Đài truyền thanh xã', 'Phòng Văn hóa – Xã hội xã']))}")
            fm.append("tu_khoa:")
            fm += [f"  - {q(t)}" for t in r.sample(TAGS, r.randint(2, 4))]
            fm.append("---")

            target = r.randint(300, 700)  # the last blocks overshoot: bodies end up 300–900 words
            body: list[str] = []
            words = 0

            def add(block: str):
                nonlocal words
                body.append(block)
                words += len(block.split())

            add(self.paragraph(date, 2, 4))
            if art.get("image"):
                rel = posixpath.relpath("tep/anh/anh-minh-hoa-mot-cua.png", posixpath.dirname(art["path"]))
                add(f"![Bộ phận một cửa xã An Thịnh]({rel})")
            links = r.choice([0, 0, 1, 1, 2, 3])
            headings = r.sample(HEADINGS, 6)
            hi = 0
            while words < target:
                if hi < len(headings) and (r.random() < 0.55 or words > target * 0.4 and hi == 0):
                    add("## " + headings[hi])
                    hi += 1
                add(self.paragraph(date))
                x = r.random()
                if x < 0.30:
                    items = r.sample(BULLETS, r.randint(3, 6))
                    add("\n".join("- " + it.format_map(self.slots(date)) for it in items))
                elif x < 0.45:
                    items = r.sample(STEPS, r.randint(3, 6))
                    add("\n".join(f"{i}. {it.format_map(self.slots(date))}" for i, it in enumerate(items, 1)))
                if links and r.random() < 0.5:
                    add(self.link_sentence(art))
                    links -= 1
            for _ in range(links):
                add(self.link_sentence(art))
            self.put(art["path"], "\n".join(fm) + "\n\n" + "\n\n".join(body) + "\n")

    # ---- hotline pages
    def write_hotlines(self):
        r = self.r
        used: set[str] = set()
        for i in range(self.cfg["hotlines"]):
            if i == 0:
                title = "Đường dây nóng cải cách hành chính"
            else:
                title = f"Đường dây nóng tiếp nhận phản ánh về {r.choice(HOTLINE_TOPICS)}"
                if r.random() < 0.4:
                    title += f" tại {r.choice(VILLAGES)}"
            slug = slugify(title, 10)
            s, k = slug, 2
            while s in used:
                s, k = f"{slug}-{k}", k + 1
            used.add(s)
            fm = ["---", f"tieu_de: {q(title)}",
                  f"mo_ta: {q('Số điện thoại, email tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp về ' + r.choice(HOTLINE_TOPICS) + '.')}",
                  "danh_sach:"]
            for unit in r.sample(HOTLINE_UNITS, r.randint(5, 15)):
                fm.append(f"  - don_vi: {q(unit)}")
                if r.random() < 0.6:
                    name, _ = self.person()
                    fm.append(f"    ho_ten: {q(name)}")
                if r.random() < 0.6:
                    fm.append(f"    chuc_vu: {q(cap(r.choice(POSITIONS)))}")
                has_phone = r.random() < 0.9
                if has_phone:
                    fm.append(f"    dien_thoai: {q(self.phone())}")
                if not has_phone or r.random() < 0.5:
                    fm.append(f"    email: {q(slugify(unit, 4).replace('-', '') + '@' + MAIL_DOMAIN)}")
                if r.random() < 0.4:
                    fm.append(f"    dia_chi: {q('Trụ sở ' + unit + ', ' + r.choice(VILLAGES))}")
                if r.random() < 0.5:
                    fm.append(f"    thoi_gian: {q(r.choice(['Trong giờ hành chính', 'Sáng 7h30–11h30, chiều 13h30–17h00', '24/7', 'Từ thứ Hai đến sáng thứ Bảy']))}")
                fm.append(f"    noi_dung: {q('Tiếp nhận phản ánh, kiến nghị về ' + r.choice(HOTLINE_TOPICS) + '.')}")
            fm.append("---")
            body = [self.paragraph(LAST_DAY, 2, 3),
                    "Khi phản ánh, xin cho biết **họ tên, số điện thoại** và nội dung cụ thể. "
                    "Thông tin về người phản ánh được giữ bí mật."]
            self.put(f"duong-day-nong/{s}.md", "\n".join(fm) + "\n\n" + "\n\n".join(body) + "\n")

    # ---- other pages
    def write_pages(self):
        d = LAST_DAY
        g = ["---", 'tieu_de: "Hướng dẫn nộp hồ sơ dịch vụ công trực tuyến"', "thu_tu: 1",
             "ten_menu: Hướng dẫn nộp trực tuyến", "---", "",
             self.paragraph(d, 3, 4), "", "## Chuẩn bị tài khoản", "",
             "\n".join("- " + b for b in BULLETS[3:6]), "", "## Các bước nộp hồ sơ", "",
             "\n".join(f"{i}. {s}" for i, s in enumerate(STEPS[:6], 1)), "",
             "## Hỗ trợ", "", self.paragraph(d, 2, 3),
             " Xem [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn)."]
        self.put("trang/huong-dan-dich-vu-cong-truc-tuyen.md", "\n".join(g) + "\n")
        b = ["---", 'tieu_de: "Giới thiệu Trung tâm Phục vụ hành chính công xã (Bộ phận một cửa)"', "thu_tu: 2",
             "ten_menu: Bộ phận một cửa", "duong_dan: bo-phan-mot-cua", "---", "",
             self.paragraph(d, 3, 4), "", "## Địa chỉ", "",
             "Tầng 1, trụ sở UBND xã An Thịnh, thôn Trung Hậu, xã An Thịnh, " + PROVINCE + ".", "",
             "## Thời gian làm việc", "",
             "- Thứ Hai đến thứ Sáu: sáng 7h30 – 11h30, chiều 13h30 – 17h00.\n- Thứ Bảy: sáng 7h30 – 11h30.", "",
             "## Các quầy", "",
             "1. Hộ tịch – chứng thực.\n2. Đất đai – xây dựng – môi trường.\n3. Văn hóa – xã hội.\n"
             "4. Kinh tế – đăng ký hộ kinh doanh.\n5. Hỗ trợ nộp hồ sơ trực tuyến.", "",
             "Tài liệu: [hướng dẫn nộp hồ sơ (PDF)](../tep/mau-don/huong-dan-nop-ho-so.pdf)."]
        self.put("trang/gioi-thieu-bo-phan-mot-cua.md", "\n".join(b) + "\n")

    def run(self):
        self.make_static()
        self.make_site()
        self.plan_procedures()
        self.plan_articles()
        self.write_procedures()
        self.write_articles()
        self.write_hotlines()
        self.write_pages()


# --------------------------------------------------------------------------- Hugo site

HUGO_CONFIG = """\
# Hugo twin of the cchc benchmark site (bench/generate.py). Hugo 0.111.
baseURL = "{base}"
languageCode = "vi"
title = "Cải cách hành chính – {unit}"
paginate = 10
rssLimit = 20
timeZone = "Asia/Ho_Chi_Minh"
enableRobotsTXT = true
disableKinds = []

[taxonomies]
  chuyen_muc = "chuyen_muc"
  tu_khoa = "tu_khoa"
  linh_vuc = "linh_vuc"

[frontmatter]
  date = ["ngay", ":default"]
  lastmod = ["ngay_cap_nhat", "ngay", ":default"]

[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ with .Params.tieu_de }}{{ . }} – {{ end }}{{ .Site.Data.site.ten_chuyen_muc }}{{ end }}</title>
{{ with .Params.tom_tat }}<meta name="description" content="{{ . }}">{{ else }}<meta name="description" content="{{ .Site.Data.site.mo_ta }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
<meta property="og:title" content="{{ with .Params.tieu_de }}{{ . }}{{ else }}{{ with .Params.ten }}{{ . }}{{ else }}{{ $.Site.Title }}{{ end }}{{ end }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ with .Params.anh }}<meta property="og:image" content="{{ . | absURL }}">{{ else }}<meta property="og:image" content="{{ .Site.Data.site.anh_mac_dinh | absURL }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header>
  <p class="unit">{{ .Site.Data.site.ten_don_vi }}</p>
  <p class="section"><a href="{{ "" | relURL }}">{{ .Site.Data.site.ten_chuyen_muc }}</a></p>
  {{ if .Site.Data.site.du_lieu_mau }}<p class="sample">Dữ liệu mẫu</p>{{ end }}
  <nav>
    <ul>
      <li><a href="{{ "tin-bai/" | relURL }}">Tin bài</a></li>
      <li><a href="{{ "thu-tuc/" | relURL }}">Thủ tục hành chính</a></li>
      <li><a href="{{ "duong-day-nong/" | relURL }}">Đường dây nóng</a></li>
      {{ range (.Site.GetPage "/trang").RegularPages.ByParam "thu_tu" }}
      <li><a href="{{ .RelPermalink }}">{{ with .Params.ten_menu }}{{ . }}{{ else }}{{ .Params.tieu_de }}{{ end }}</a></li>
      {{ end }}
    </ul>
    <ul class="categories">
      {{ range .Site.Data.site.chuyen_muc }}<li><a href="{{ printf "chuyen_muc/%s/" .ma | relURL }}">{{ .ten }}</a></li>{{ end }}
    </ul>
  </nav>
</header>
<main>
{{ block "main" . }}{{ end }}
</main>
<footer>
  <p>{{ .Site.Data.site.ten_don_vi }}</p>
  {{ with .Site.Data.site.dia_chi }}<p>Địa chỉ: {{ . }}</p>{{ end }}
  {{ with .Site.Data.site.dien_thoai }}<p>Điện thoại: <a href="tel:{{ replaceRE "[^0-9+]" "" . }}">{{ . }}</a></p>{{ end }}
  {{ with .Site.Data.site.email }}<p>Email: <a href="mailto:{{ . }}">{{ . }}</a></p>{{ end }}
  <p><a href="{{ "index.xml" | relURL }}">RSS</a></p>
</footer>
</body>
</html>
""",
    "index.html": """\
{{ define "main" }}
<h1>{{ .Site.Data.site.ten_chuyen_muc }}</h1>
<p>{{ .Site.Data.site.mo_ta }}</p>
<h2>Tin mới</h2>
{{ range first 10 (where .Site.RegularPages "Section" "tin-bai").ByDate.Reverse }}{{ partial "article-card.html" . }}{{ end }}
<h2>Thủ tục mới cập nhật</h2>
<ul>
{{ range first 10 (where (where .Site.RegularPages "Section" "thu-tuc") "Params.ngay_cap_nhat" "!=" nil).ByLastmod.Reverse }}
<li><a href="{{ .RelPermalink }}">{{ .Params.ten }}</a> ({{ .Params.ma }})</li>
{{ end }}
</ul>
<h2>Lĩnh vực</h2>
<ul>{{ range .Site.Taxonomies.linh_vuc.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "partials/article-card.html": """\
<article class="card">
  <h3><a href="{{ .RelPermalink }}">{{ .Params.tieu_de }}</a></h3>
  <p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006" }}</time>
  {{ partial "categories.html" . }}</p>
  {{ with .Params.anh }}<img src="{{ . | relURL }}" alt="">{{ end }}
  <p>{{ with .Params.tom_tat }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 300 }}{{ end }}</p>
</article>
""",
    "partials/categories.html": """\
{{ $page := . }}{{ $cats := .Params.chuyen_muc }}{{ if not (reflect.IsSlice $cats) }}{{ $cats = slice $cats }}{{ end }}
{{ range $cats }}{{ $ma := . }}{{ range $.Site.Data.site.chuyen_muc }}{{ if eq .ma $ma }}<a class="cat" href="{{ printf "chuyen_muc/%s/" .ma | relURL }}">{{ .ten }}</a> {{ end }}{{ end }}{{ end }}
""",
    "partials/pagination.html": """\
{{ $p := .Paginator }}{{ if gt $p.TotalPages 1 }}
<nav class="pagination" aria-label="Phân trang"><p>Trang {{ $p.PageNumber }} / {{ $p.TotalPages }}</p><ul>
{{ if $p.HasPrev }}<li><a href="{{ $p.Prev.URL }}" rel="prev">Trang trước</a></li>{{ end }}
{{ $lo := int (math.Max 1 (sub $p.PageNumber 2)) }}{{ $hi := int (math.Min $p.TotalPages (add $p.PageNumber 2)) }}
{{ if gt $lo 1 }}<li><a href="{{ $p.First.URL }}">1</a></li>{{ end }}
{{ range seq $lo $hi }}{{ if eq . $p.PageNumber }}<li aria-current="page">{{ . }}</li>{{ else }}<li><a href="{{ (index $p.Pagers (sub . 1)).URL }}">{{ . }}</a></li>{{ end }}{{ end }}
{{ if lt $hi $p.TotalPages }}<li><a href="{{ $p.Last.URL }}">{{ $p.TotalPages }}</a></li>{{ end }}
{{ if $p.HasNext }}<li><a href="{{ $p.Next.URL }}" rel="next">Trang sau</a></li>{{ end }}
</ul></nav>{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
<h1>{{ with .Params.tieu_de }}{{ . }}{{ else }}{{ .Title }}{{ end }}</h1>
{{ range (.Paginate .RegularPagesRecursive.ByDate.Reverse).Pages }}{{ partial "article-card.html" . }}{{ end }}
{{ partial "pagination.html" . }}
{{ end }}
""",
    "duong-day-nong/list.html": """\
{{ define "main" }}
<h1>Đường dây nóng</h1>
<ul>{{ range .RegularPages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Params.tieu_de }}</a></li>{{ end }}</ul>
{{ end }}
""",
    "thu-tuc/list.html": """\
{{ define "main" }}
<h1>Thủ tục hành chính</h1>
<table>
<thead><tr><th>Mã</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Dịch vụ công trực tuyến</th></tr></thead>
<tbody>
{{ range (.Paginate (.RegularPages.ByParam "ten")).Pages }}
<tr><td>{{ .Params.ma }}</td><td><a href="{{ .RelPermalink }}">{{ .Params.ten }}</a>{{ with .Params.trang_thai }} <span class="badge">{{ partial "status.html" . }}</span>{{ end }}</td>
<td>{{ .Params.linh_vuc }}</td><td>{{ partial "online.html" .Params.dvc_truc_tuyen }}</td></tr>
{{ end }}
</tbody>
</table>
{{ partial "pagination.html" . }}
{{ end }}
""",
    "partials/status.html": """\
{{ if eq . "moi_ban_hanh" }}Mới ban hành{{ else if eq . "sua_doi" }}Sửa đổi, bổ sung{{ else if eq . "thay_the" }}Bị thay thế{{ else if eq . "bai_bo" }}Bãi bỏ{{ else }}Đang có hiệu lực{{ end }}""",
    "partials/online.html": """\
{{ if eq . "toan_trinh" }}Toàn trình{{ else if eq . "mot_phan" }}Một phần{{ else if eq . "thong_tin" }}Cung cấp thông tin{{ else if eq . "khong" }}Không{{ end }}""",
    "partials/value.html": """\
{{ if reflect.IsSlice . }}<ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ else }}{{ . }}{{ end }}""",
    "_default/single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Params.tieu_de }}</h1>
{{ if .Params.ngay }}<p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006 15:04" }}</time>
{{ partial "categories.html" . }}{{ with .Params.tac_gia }} · {{ . }}{{ end }}</p>{{ end }}
{{ with .Params.anh }}<img src="{{ . | relURL }}" alt="{{ $.Params.tieu_de }}">{{ end }}
{{ with .Params.tom_tat }}<p class="lead">{{ . }}</p>{{ end }}
{{ .Content }}
{{ with .Params.nguon }}<p>Nguồn: {{ . }}</p>{{ end }}
{{ with .Params.tu_khoa }}<p>Từ khóa: {{ range . }}<a href="{{ printf "tu_khoa/%s/" (urlize .) | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}
</article>
{{ if eq .Section "tin-bai" }}
<nav><ul>
{{ with .NextInSection }}<li><a href="{{ .RelPermalink }}">{{ .Params.tieu_de }}</a></li>{{ end }}
{{ with .PrevInSection }}<li><a href="{{ .RelPermalink }}">{{ .Params.tieu_de }}</a></li>{{ end }}
</ul></nav>
{{ end }}
{{ end }}
""",
    "thu-tuc/single.html": """\
{{ define "title" }}{{ .Params.ten }} – {{ .Site.Data.site.ten_chuyen_muc }}{{ end }}
{{ define "main" }}
{{ $p := .Params }}
<article>
<h1>{{ $p.ten }}</h1>
{{ with $p.trang_thai }}<p class="notice">{{ partial "status.html" . }}{{ with $p.ngay_hieu_luc }} – hiệu lực từ {{ (time .).Format "02/01/2006" }}{{ end }}</p>{{ end }}
{{ with $p.thay_the_boi }}{{ $code := . }}{{ range first 1 (where (where $.Site.RegularPages "Section" "thu-tuc") "Params.ma" $code) }}<p>Được thay thế bởi <a href="{{ .RelPermalink }}">{{ .Params.ten }}</a></p>{{ end }}{{ end }}
<table class="fields">
<tr><th>Mã thủ tục</th><td>{{ $p.ma }}</td></tr>
<tr><th>Lĩnh vực</th><td>{{ range $.GetTerms "linh_vuc" }}<a href="{{ .RelPermalink }}">{{ $p.linh_vuc }}</a>{{ end }}</td></tr>
{{ with $p.cap_thuc_hien }}<tr><th>Cấp thực hiện</th><td>{{ partial "value.html" . }}</td></tr>{{ end }}
{{ with $p.loai_thu_tuc }}<tr><th>Loại thủ tục</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.so_quyet_dinh }}<tr><th>Số quyết định</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.quyet_dinh_cong_bo }}<tr><th>Quyết định công bố</th><td>{{ if reflect.IsMap . }}{{ with .link }}<a href="{{ . }}">{{ end }}{{ .so_hieu }}{{ with .link }}</a>{{ end }}{{ with .ngay }} ngày {{ (time .).Format "02/01/2006" }}{{ end }}{{ else }}{{ . }}{{ end }}</td></tr>{{ end }}
{{ with $p.co_quan_thuc_hien }}<tr><th>Cơ quan thực hiện</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.co_quan_tham_quyen }}<tr><th>Cơ quan có thẩm quyền</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.dia_chi_tiep_nhan }}<tr><th>Địa chỉ tiếp nhận hồ sơ</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.co_quan_phoi_hop }}{{ if ne . "Không có thông tin" }}<tr><th>Cơ quan phối hợp</th><td>{{ . }}</td></tr>{{ end }}{{ end }}
{{ with $p.doi_tuong }}<tr><th>Đối tượng thực hiện</th><td>{{ partial "value.html" . }}</td></tr>{{ end }}
{{ with $p.thoi_han }}<tr><th>Thời hạn giải quyết</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.phi_le_phi }}<tr><th>Phí, lệ phí</th><td>{{ partial "value.html" . }}</td></tr>{{ end }}
{{ with $p.ket_qua }}<tr><th>Kết quả thực hiện</th><td>{{ partial "value.html" . }}</td></tr>{{ end }}
{{ with $p.dvc_truc_tuyen }}<tr><th>Dịch vụ công trực tuyến</th><td>{{ partial "online.html" . }}{{ with $p.link_dvc }} – <a href="{{ . }}">Nộp hồ sơ trực tuyến</a>{{ end }}</td></tr>{{ end }}
{{ if $p.phi_dia_gioi }}<tr><th>Tiếp nhận phi địa giới</th><td>Có</td></tr>{{ end }}
</table>
{{ with $p.cach_thuc }}
<h2>Cách thức thực hiện</h2>
<table class="ways">
<thead><tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th><th>Phí, lệ phí</th><th>Mô tả</th></tr></thead>
<tbody>{{ range . }}<tr><td>{{ .hinh_thuc }}</td><td>{{ .thoi_han }}</td><td>{{ with .phi_le_phi }}{{ partial "value.html" . }}{{ end }}</td><td>{{ .mo_ta }}</td></tr>{{ end }}</tbody>
</table>
{{ end }}
{{ .Content }}
{{ with $p.can_cu_phap_ly }}
<h2>Căn cứ pháp lý</h2>
<table class="legal">
<thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th></tr></thead>
<tbody>{{ range . }}{{ if reflect.IsMap . }}<tr><td>{{ .so_hieu }}</td><td>{{ .trich_yeu }}</td><td>{{ with .ngay_ban_hanh }}{{ (time .).Format "02/01/2006" }}{{ end }}</td><td>{{ .co_quan_ban_hanh }}</td></tr>{{ else }}<tr><td colspan="4">{{ . }}</td></tr>{{ end }}{{ end }}</tbody>
</table>
{{ end }}
{{ with $p.mo_ta }}<h2>Mô tả</h2><p>{{ . }}</p>{{ end }}
{{ with $p.ngay_cap_nhat }}<p class="meta">Cập nhật: {{ (time .).Format "02/01/2006" }}</p>{{ end }}
</article>
{{ end }}
""",
    "duong-day-nong/single.html": """\
{{ define "main" }}
<h1>{{ .Params.tieu_de }}</h1>
{{ with .Params.mo_ta }}<p class="lead">{{ . }}</p>{{ end }}
{{ .Content }}
<ul class="hotline">
{{ range .Params.danh_sach }}
<li>
  <h2>{{ .don_vi }}</h2>
  {{ with .ho_ten }}<p>{{ . }}</p>{{ end }}
  {{ with .chuc_vu }}<p>{{ . }}</p>{{ end }}
  {{ with .dien_thoai }}{{ $digits := replaceRE "[^0-9]" "" . }}{{ if hasPrefix . "(+84" }}{{ $digits = printf "+%s" $digits }}{{ end }}<p>Điện thoại: <a href="tel:{{ $digits }}">{{ . }}</a></p>{{ end }}
  {{ with .email }}<p>Email: <a href="mailto:{{ . }}">{{ . }}</a></p>{{ end }}
  {{ with .dia_chi }}<p>Địa chỉ: {{ . }}</p>{{ end }}
  {{ with .thoi_gian }}<p>Thời gian: {{ . }}</p>{{ end }}
  {{ with .noi_dung }}<p>{{ . }}</p>{{ end }}
</li>
{{ end }}
</ul>
{{ end }}
""",
    "_default/taxonomy.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/term.html": """\
{{ define "main" }}
{{ $name := .Title }}{{ if eq .Data.Plural "chuyen_muc" }}{{ range .Site.Data.site.chuyen_muc }}{{ if eq (urlize .ma) (urlize $.Data.Term) }}{{ $name = .ten }}{{ end }}{{ end }}{{ end }}
<h1>{{ $name }}</h1>
{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}
{{ if eq .Section "thu-tuc" }}<p><a href="{{ .RelPermalink }}">{{ .Params.ten }}</a> ({{ .Params.ma }})</p>{{ else }}{{ partial "article-card.html" . }}{{ end }}
{{ end }}
{{ partial "pagination.html" . }}
{{ end }}
""",
    "_default/rss.xml": """\
{{- $pages := .RegularPages -}}
{{- if .IsHome }}{{ $pages = where .Site.RegularPages "Section" "tin-bai" }}{{ else if eq .Kind "term" }}{{ $pages = .Pages }}{{ end -}}
{{- $pages = $pages.ByDate.Reverse -}}
{{- $limit := .Site.Config.Services.RSS.Limit -}}
{{- if ge $limit 1 }}{{ $pages = $pages | first $limit }}{{ end -}}
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{{ with .Params.tieu_de }}{{ . }}{{ else }}{{ .Title }}{{ end }} – {{ .Site.Data.site.ten_chuyen_muc }}</title>
<link>{{ .Permalink }}</link>
<description>{{ .Site.Data.site.mo_ta }}</description>
<language>vi</language>
{{ with .OutputFormats.Get "RSS" }}<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}
{{ range $pages }}
<item>
<title>{{ with .Params.tieu_de }}{{ . }}{{ else }}{{ .Params.ten }}{{ end }}</title>
<link>{{ .Permalink }}</link>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
<guid>{{ .Permalink }}</guid>
<description>{{ with .Params.tom_tat }}{{ . }}{{ else }}{{ with .Params.mo_ta }}{{ . }}{{ else }}{{ .Summary | html }}{{ end }}{{ end }}</description>
</item>
{{ end }}
</channel>
</rss>
""",
    "_default/_markup/render-link.html": """\
{{- $dest := .Destination -}}
{{- if and (strings.HasSuffix (index (split $dest "#") 0) ".md") (not (strings.Contains $dest ":")) -}}
{{- $target := path.Join .Page.File.Dir (index (split $dest "#") 0) -}}
{{- with .Page.GetPage (printf "/%s" $target) }}{{ $dest = .RelPermalink }}{{ end -}}
{{- else if and (strings.Contains $dest "tep/") (not (strings.Contains $dest ":")) -}}
{{- $dest = (index (split $dest "tep/") 1) | printf "tep/%s" | relURL -}}
{{- end -}}
<a href="{{ $dest | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- /**/ -}}
""",
    "_default/_markup/render-image.html": """\
{{- $src := .Destination -}}
{{- if and (strings.Contains $src "tep/") (not (strings.Contains $src ":")) }}{{ $src = (index (split $src "tep/") 1) | printf "tep/%s" | relURL }}{{ end -}}
<img src="{{ $src | safeURL }}" alt="{{ .Text }}">
{{- /**/ -}}
""",
}

HUGO_CSS = "body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem}\n"


MARKER = b"bench/generate.py"


def write_tree(root: Path, files: dict[str, bytes], marker_file: str):
    """Recreates `root`; refuses to delete a non-empty folder this script did not write."""
    if root.exists():
        marker = root / marker_file
        if any(root.iterdir()) and not (marker.is_file() and MARKER in marker.read_bytes()[:200]):
            sys.exit(f"generate.py: {root} exists and was not written by this script; not deleting it")
        shutil.rmtree(root)
    dirs = sorted({posixpath.dirname(p) for p in files})
    for d in dirs:
        (root / d).mkdir(parents=True, exist_ok=True)
    for rel, data in files.items():
        (root / rel).write_bytes(data)


def hugo_files(gen: Generator) -> dict[str, bytes]:
    """The same content arranged as a Hugo site."""
    out: dict[str, bytes] = {}
    out["config.toml"] = HUGO_CONFIG.format(base=BASE_URL, unit=UNIT).encode("utf-8")
    for rel, text in HUGO_LAYOUTS.items():
        out["layouts/" + rel] = text.encode("utf-8")
    out["static/style.css"] = HUGO_CSS.encode("utf-8")
    for rel, data in gen.files.items():
        if rel == "site.yml":
            out["data/site.yml"] = data
        elif rel.startswith("tep/"):
            out["static/" + rel] = data
        elif rel in gen.hugo_dates:
            # Hugo 0.111 cannot parse "YYYY-MM-DD HH:MM" (no seconds) and would silently
            # give the page a zero date; append ":00". The only difference from the cchc copy.
            d = gen.hugo_dates[rel]
            out["content/" + rel] = data.replace(f"\nngay: {d}\n".encode(), f"\nngay: {d}:00\n".encode(), 1)
        else:
            out["content/" + rel] = data
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Generate a synthetic cchc content folder for benchmarks.")
    ap.add_argument("--size", choices=sorted(SIZES), required=True)
    ap.add_argument("--out", required=True, help="content folder to (re)create")
    ap.add_argument("--hugo", help="also write the same content as a Hugo site here")
    args = ap.parse_args(argv)

    gen = Generator(args.size)
    gen.run()
    write_tree(Path(args.out), gen.files, "site.yml")
    md = [v for k, v in gen.files.items() if k.endswith(".md")]
    mb = sum(len(v) for v in md) / 1e6
    print(f"{args.out}: {len(gen.articles)} tin bài, {len(gen.procs)} thủ tục "
          f"({gen.n_trailing} mã tận cùng bằng 0), {gen.cfg['hotlines']} trang đường dây nóng, "
          f"2 trang; {len(md)} tệp Markdown, {mb:.1f} MB", file=sys.stderr)
    if args.hugo:
        hf = hugo_files(gen)
        write_tree(Path(args.hugo), hf, "config.toml")
        print(f"{args.hugo}: Hugo site, {len(hf)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
