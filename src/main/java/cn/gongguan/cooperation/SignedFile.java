package cn.gongguan.cooperation;

import cn.gongguan.platform.InvalidInputException;

/**
 * A file a user uploads: a signed agreement or a bulletin's attachment, a PDF or an image (PNG, JPEG) of at most
 * {@value #MAX_BYTES} bytes. The type is told from the file's first bytes, not its name, so a renamed file of another
 * kind is refused.
 */
public record SignedFile(String name, byte[] bytes) {

    /** 5 MB: a scanned agreement of a few pages; the database refuses more too. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The content types a file may have, as the upload offers them. */
    public static final String[] ACCEPTED = {"application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg",
            ".jpeg"};

    /** The file's content type, refused at the field for an empty, too large or unsupported file. */
    String checkedType(String field) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(field, "cooperation.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(field, "cooperation.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith('%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        throw new InvalidInputException(field, "cooperation.file.type");
    }

    /** The name as stored: the last path segment, cut to the column's length. */
    String storedName() {
        String plain = name == null || name.isBlank() ? "file" : name.substring(
                Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        int most = CooperationLimits.FILE_NAME.maxLength();
        return plain.codePointCount(0, plain.length()) <= most ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, most));
    }

    private boolean startsWith(int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
