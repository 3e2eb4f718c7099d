package com.solvent.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: CRLF line ends, a field quoted when it holds a
 * comma, a quote, a CR or LF (or starts or ends with a space a spreadsheet would trim), a quote
 * inside doubled. Fields starting with {@code = + - @} that are not numbers are prefixed with
 * an apostrophe, so an account label cannot run as a formula in a spreadsheet (CSV injection).
 */
public final class Csv {
    private Csv() {
    }

    /** The rows, the first usually the header, as one CSV text ending with CRLF. */
    public static String format(List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder(64 * rows.size());
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** One field, quoted and guarded as needed; null is an empty field. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        if ("=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ';
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target} all or nothing: into a temporary file
     * beside it, then moved over it, so a reader never sees half a file and a failed write
     * leaves the old file as it was.
     */
    public static void writeAtomically(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named after the target; nothing else to do.
                }
            }
        }
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
