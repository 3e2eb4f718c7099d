package com.solvent.app.portfolio;

/**
 * A portfolio file (or a stress-library file, read the same way) that cannot be used, with where and why: the file, the line and column, the
 * path of the offending field or object (e.g. {@code accounts[1].positions[0].size}) and the reason.
 * The message reads like a compiler diagnostic, {@code file:line:column: path: reason}, so that
 * editors and terminals can jump to the spot.
 */
public final class PortfolioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String reason;

    /**
     * @param file    file name as given by the user
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param path    JSON path of the field or object at fault; empty for the whole file
     * @param reason  what is wrong, in the user's terms
     */
    public PortfolioException(String file, int line, int column, String path, String reason) {
        super(format(file, line, column, path, reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = reason;
    }

    private static String format(String file, int line, int column, String path, String reason) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(':').append(line).append(':').append(column);
        }
        message.append(": ");
        if (!path.isEmpty()) {
            message.append(path).append(": ");
        }
        return message.append(reason).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
