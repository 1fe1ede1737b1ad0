package vn.kehoach.document;

/**
 * The paragraph styles of an official document. The DOCX writer defines each as a Word style
 * (so the clerk can restyle in Word); the PDF writer applies the same values directly.
 * Sizes in points, indents in millimetres, line spacing as a multiple of single.
 */
public enum ParaStyle {
    NORMAL("Normal", "Normal", 14, false, false, Align.LEFT, 0, 0, 0, 1.0, false),
    GOVERNING_BODY("KHGoverningBody", "KH Governing Body", 13, false, false, Align.CENTER, 0, 0, 0, 1.0, false),
    ISSUING_BODY("KHIssuingBody", "KH Issuing Body", 13, true, false, Align.CENTER, 0, 0, 0, 1.0, false),
    NUMBER("KHNumber", "KH Number", 13, false, false, Align.CENTER, 0, 6, 0, 1.0, false),
    NATIONAL_TITLE("KHNationalTitle", "KH National Title", 12, true, false, Align.CENTER, 0, 0, 0, 1.0, false),
    MOTTO("KHMotto", "KH Motto", 13, true, false, Align.CENTER, 0, 0, 0, 1.0, false),
    PLACE_DATE("KHPlaceDate", "KH Place Date", 14, false, true, Align.CENTER, 0, 6, 0, 1.0, false),
    /** An empty paragraph whose bottom border, narrowed by indents, draws a short solid line. */
    RULE("KHRule", "KH Rule", 1, false, false, Align.CENTER, 0, 0, 0, 1.0, false),
    KIND("KHKind", "KH Kind", 14, true, false, Align.CENTER, 0, 24, 0, 1.0, true),
    ABSTRACT("KHAbstract", "KH Abstract", 14, true, false, Align.CENTER, 0, 0, 0, 1.0, true),
    LEGAL_BASIS("KHLegalBasis", "KH Legal Basis", 14, false, true, Align.JUSTIFY, 12.7, 6, 0, 1.15, false),
    BODY("KHBody", "KH Body", 14, false, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, false),
    PART("KHPart", "KH Part", 14, true, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, true),
    ITEM("KHItem", "KH Item", 14, true, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, true),
    ITEM_TEXT("KHItemText", "KH Item Text", 14, false, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, false),
    POINT("KHPoint", "KH Point", 14, false, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, false),
    BULLET("KHBullet", "KH Bullet", 14, false, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, false),
    SUB_BULLET("KHSubBullet", "KH Sub Bullet", 14, false, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, false),
    CLOSING("KHClosing", "KH Closing", 14, false, false, Align.JUSTIFY, 12.7, 6, 0, 1.15, true),
    RECIPIENTS_HEADING("KHRecipientsHeading", "KH Recipients Heading", 12, true, true, Align.LEFT, 0, 0, 0, 1.0, true),
    RECIPIENT("KHRecipient", "KH Recipient", 11, false, false, Align.LEFT, 0, 0, 0, 1.0, false),
    AUTHORITY("KHAuthority", "KH Authority", 14, true, false, Align.CENTER, 0, 0, 0, 1.0, true),
    SIGNATURE_SPACE("KHSignatureSpace", "KH Signature Space", 14, false, false, Align.CENTER, 0, 0, 0, 1.0, true),
    SIGNER("KHSigner", "KH Signer", 14, true, false, Align.CENTER, 0, 0, 0, 1.0, false),
    APPENDIX_LABEL("KHAppendix", "KH Appendix", 14, true, false, Align.CENTER, 0, 0, 0, 1.0, true),
    APPENDIX_TITLE("KHAppendixTitle", "KH Appendix Title", 14, true, false, Align.CENTER, 0, 0, 0, 1.0, true),
    APPENDIX_NOTE("KHAppendixNote", "KH Appendix Note", 14, false, true, Align.CENTER, 0, 0, 12, 1.0, true),
    TABLE_HEADER("KHTableHeader", "KH Table Header", 13, true, false, Align.CENTER, 0, 3, 3, 1.0, false),
    TABLE_TEXT("KHTableText", "KH Table Text", 13, false, false, Align.LEFT, 0, 3, 3, 1.0, false),
    TABLE_CENTER("KHTableCenter", "KH Table Center", 13, false, false, Align.CENTER, 0, 3, 3, 1.0, false),
    /** Amounts of money in a table. */
    TABLE_RIGHT("KHTableRight", "KH Table Right", 13, false, false, Align.RIGHT, 0, 3, 3, 1.0, false),
    INFO("KHInfo", "KH Info", 14, false, false, Align.LEFT, 0, 3, 3, 1.0, false),
    PAGE_NUMBER("KHPageNumber", "KH Page Number", 13, false, false, Align.CENTER, 0, 0, 0, 1.0, false),
    /** An empty paragraph that keeps the signature grid clear of the closing sentence. */
    SPACER("KHSpacer", "KH Spacer", 6, false, false, Align.LEFT, 0, 0, 0, 1.0, true),
    SECTION_BREAK("KHSectionBreak", "KH Section Break", 1, false, false, Align.LEFT, 0, 0, 0, 1.0, false);

    /** Horizontal alignment of a paragraph. */
    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    private final String styleId;
    private final String styleName;
    private final double size;
    private final boolean bold;
    private final boolean italic;
    private final Align align;
    private final double firstLineIndentMm;
    private final double spaceBeforePt;
    private final double spaceAfterPt;
    private final double lineSpacing;
    private final boolean keepWithNext;

    ParaStyle(String styleId, String styleName, double size, boolean bold, boolean italic, Align align,
              double firstLineIndentMm, double spaceBeforePt, double spaceAfterPt, double lineSpacing,
              boolean keepWithNext) {
        this.styleId = styleId;
        this.styleName = styleName;
        this.size = size;
        this.bold = bold;
        this.italic = italic;
        this.align = align;
        this.firstLineIndentMm = firstLineIndentMm;
        this.spaceBeforePt = spaceBeforePt;
        this.spaceAfterPt = spaceAfterPt;
        this.lineSpacing = lineSpacing;
        this.keepWithNext = keepWithNext;
    }

    public String styleId() { return styleId; }
    public String styleName() { return styleName; }
    public double size() { return size; }
    public boolean bold() { return bold; }
    public boolean italic() { return italic; }
    public Align align() { return align; }
    public double firstLineIndentMm() { return firstLineIndentMm; }
    public double spaceBeforePt() { return spaceBeforePt; }
    public double spaceAfterPt() { return spaceAfterPt; }
    public double lineSpacing() { return lineSpacing; }
    public boolean keepWithNext() { return keepWithNext; }
}
