package vn.cchc.rollup.read;

/** The Vietnamese messages an analyst sees when a file cannot be read, in one place. */
final class ReadFailures {

    static final String CORRUPT_EXCEL = "Tệp Excel bị hỏng hoặc không đầy đủ";
    static final String PASSWORD_PROTECTED = "Tệp được bảo vệ bằng mật khẩu";
    static final String ZIP_BOMB = "Tệp Excel có dữ liệu nén bất thường (nghi ngờ tệp độc hại), không đọc";
    static final String NOT_XLSX = "Tệp không đúng định dạng Excel .xlsx";
    static final String NOT_XLS = "Tệp không đúng định dạng Excel .xls";
    static final String OLD_EXCEL = "Tệp Excel định dạng quá cũ (Excel 95 trở về trước); hãy lưu lại dưới dạng .xlsx";
    static final String CORRUPT_CSV = "Tệp CSV bị lỗi định dạng (dấu ngoặc kép không đóng)";
    static final String CORRUPT_WORD = "Tệp Word bị hỏng hoặc không đầy đủ";
    static final String ZIP_BOMB_WORD = "Tệp Word có dữ liệu nén bất thường (nghi ngờ tệp độc hại), không đọc";
    static final String NOT_DOCX = "Tệp không đúng định dạng Word .docx";
    static final String OLD_WORD = "Không đọc được bảng trong tệp Word .doc (Word 97–2003 hoặc cũ hơn): "
            + "hãy mở bằng Word, lưu lại dưới dạng .docx rồi gửi lại";
    static final String CANNOT_OPEN = "Không mở được tệp";

    private ReadFailures() {
    }

    static UnreadableFileException of(String message, Throwable cause) {
        return new UnreadableFileException(message, cause);
    }

    /**
     * POI refuses suspicious archives with an IOException saying "Zip bomb detected"; when the
     * refusal happens under a StAX parser it arrives only as text in an XMLStreamException.
     */
    static boolean isZipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}
