package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/** The two forms of the national platform's file: the same columns and rows in each. */
public enum NationalFormat implements Labelled {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** UTF-8 with a byte-order mark (so Excel reads the Chinese), commas, fields quoted as RFC 4180 says. */
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    NationalFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    @Override
    public String labelKey() {
        return "national.format." + name();
    }
}
