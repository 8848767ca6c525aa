import Testing

@testable import CCHCCore

@Suite struct VietnameseTextTests {
  @Test(arguments: [
    ("Đăng ký khai sinh", "dang ky khai sinh"),
    ("ĐẤT ĐAI", "dat dai"),
    ("Hoà giải", "hoa giai"),
    ("Chứng thực bản sao", "chung thuc ban sao"),
    ("D\u{0323}ie\u{0302}\u{0301}p", "diep"),
  ])
  func foldsDiacriticsAndStroke(input: String, expected: String) {
    #expect(VietnameseText.fold(input) == expected)
  }

  @Test func nfdAndNfcFoldAlike() {
    let nfd = "Đăng ký".decomposedStringWithCanonicalMapping
    #expect(VietnameseText.fold(nfd) == VietnameseText.fold("Đăng ký"))
    #expect(VietnameseText.nfc(nfd) == "Đăng ký")
  }

  @Test(arguments: [
    ("Thủ tục Đăng ký khai sinh!", "thu-tuc-dang-ky-khai-sinh"),
    ("  Hội nghị -- CCHC  2026 ", "hoi-nghi-cchc-2026"),
    ("Đường dây nóng", "duong-day-nong"),
  ])
  func slugs(input: String, expected: String) {
    #expect(VietnameseText.slug(input) == expected)
  }

  @Test func sentenceCasesOnlyShoutedText() {
    #expect(VietnameseText.sentenceCaseIfShouting("HỘ TỊCH") == "Hộ tịch")
    #expect(VietnameseText.sentenceCaseIfShouting("Hộ tịch") == "Hộ tịch")
    #expect(VietnameseText.sentenceCaseIfShouting("Đất đai") == "Đất đai")
  }

  @Test func vietnameseAlphabeticalOrder() {
    let words = [
      "Đất đai", "Dân tộc", "Chứng thực", "Ăn uống", "An toàn", "Ân xá", "Bảo trợ xã hội", "Hộ tịch", "Hồ sơ", "Y tế", "Ưu đãi", "Uống",
    ]
    let sorted = words.sorted(by: VietnameseCollation.precedes)
    #expect(
      sorted == [
        "An toàn", "Ăn uống", "Ân xá", "Bảo trợ xã hội", "Chứng thực", "Dân tộc", "Đất đai", "Hồ sơ", "Hộ tịch", "Uống", "Ưu đãi", "Y tế",
      ])
  }

  @Test func tonesOrderAfterLetters() {
    // ngang, huyền, hỏi, ngã, sắc, nặng
    let words = ["má", "ma", "mạ", "mà", "mã", "mả"]
    #expect(words.sorted(by: VietnameseCollation.precedes) == ["ma", "mà", "mả", "mã", "má", "mạ"])
  }

  @Test func suggestionFindsNearestKey() {
    #expect(Suggestion.nearest(to: "tieu_dee", among: ["tieu_de", "ngay", "tom_tat"]) == "tieu_de")
    #expect(Suggestion.nearest(to: "xyz_abc_def", among: ["tieu_de", "ngay"]) == nil)
  }
}

@Suite struct PhoneNumberTests {
  @Test(arguments: [
    ("0225.3822.468", "tel:02253822468"),
    ("0912 345 678", "tel:0912345678"),
    ("1022", "tel:1022"),
    ("(+84-28) 38 653 050", "tel:+842838653050"),
    ("18001096", "tel:18001096"),
  ])
  func dialableDigits(written: String, tel: String) {
    #expect(PhoneNumber(written)?.telURL == tel)
  }

  @Test func rejectsText() {
    #expect(PhoneNumber("gọi tổng đài") == nil)
    #expect(PhoneNumber("12") == nil)
  }
}
