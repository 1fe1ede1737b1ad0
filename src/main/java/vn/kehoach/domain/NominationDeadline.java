package vn.kehoach.domain;

/** "UBND cấp xã … gửi về cơ quan thường trực cấp huyện trước ngày 05/01 hằng năm". */
public record NominationDeadline(Long id, Level fromLevel, String toBody, int month, int day, String description) {
    public NominationDeadline {
        toBody = Text.clean(toBody);
        description = Text.cleanOrNull(description);
    }
}
